package io.cartograph.policy.bundle;

/**
 * Nothing of the bundle could be read: it is not a proxy bundle, or the archive is unsafe (a path
 * escaping the root, too many entries, too big, a compression ratio typical of a zip bomb).
 */
public final class BundleException extends Exception {

	private static final long serialVersionUID = 1L;

	public BundleException(String message) {
		super(message);
	}
}
