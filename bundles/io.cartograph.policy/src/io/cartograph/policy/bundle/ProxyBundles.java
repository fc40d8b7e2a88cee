package io.cartograph.policy.bundle;

import java.io.IOException;
import java.nio.file.Path;

import io.cartograph.model.landscape.ApiProxy;

/**
 * Import and export of API proxy bundles: SAP API Management ({@code APIProxy/...}) and Apigee
 * ({@code apiproxy/...}), as a zip or a folder. Policies, resources and the parts of endpoints and
 * descriptors the model does not take apart are kept verbatim, so a bundle goes out as it came in.
 */
public final class ProxyBundles {

	private ProxyBundles() {
	}

	/**
	 * Reads a .zip or a folder in SAP (APIProxy/...) or Apigee (apiproxy/...) layout. Malformed XML in
	 * one file is a located XmlProblem and the rest still loads; throws BundleException only when
	 * nothing can be read (not a bundle, unsafe archive: path escape, too big, too many entries,
	 * suspicious compression ratio).
	 */
	public static BundleImport read(Path zipOrFolder) throws IOException, BundleException {
		return read(zipOrFolder, ArchiveLimits.DEFAULT);
	}

	static BundleImport read(Path zipOrFolder, ArchiveLimits limits) throws IOException, BundleException {
		BundleFiles files = BundleFiles.read(zipOrFolder, limits);
		return ProxyReader.read(files, String.valueOf(zipOrFolder.getFileName()));
	}

	/**
	 * Writes the proxy in its bundleFormat; target ending in .zip -> a zip, else a folder (holding
	 * APIProxy/ or apiproxy/). Reading it back gives the same model (round trip); unknown elements and
	 * files are written back verbatim. The target is replaced only once the new bundle is complete.
	 */
	public static void write(ApiProxy proxy, Path target) throws IOException {
		BundleOutput.write(ProxyWriter.files(proxy), target);
	}
}
