package io.cartograph.server;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The version the health endpoint reports: the bundle's, or "dev" outside OSGi. */
final class ServerVersion {

	private ServerVersion() {
	}

	static String current() {
		try {
			Bundle bundle = FrameworkUtil.getBundle(ServerVersion.class);
			return bundle == null ? "dev" : bundle.getVersion().toString();
		} catch (NoClassDefFoundError e) {
			return "dev";
		}
	}
}
