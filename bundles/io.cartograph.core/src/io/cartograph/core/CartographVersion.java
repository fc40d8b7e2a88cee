package io.cartograph.core;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The version of this Cartograph build, as shown to users and written into workspaces. */
public final class CartographVersion {

	/** Used when running outside OSGi (plain unit tests, tools), where no bundle version exists. */
	public static final String DEVELOPMENT = "0.1.0-dev";

	private static final String CURRENT = lookUp();

	private CartographVersion() {
	}

	/** For example {@code 0.1.0.v20261121-1500}: the version of the io.cartograph.core bundle. */
	public static String current() {
		return CURRENT;
	}

	private static String lookUp() {
		try {
			Bundle bundle = FrameworkUtil.getBundle(CartographVersion.class);
			if (bundle != null) {
				return bundle.getVersion().toString();
			}
		} catch (LinkageError e) {
			// The OSGi API is not even on the class path: plain Java.
		}
		return DEVELOPMENT;
	}
}
