package io.cartograph.ui.policy.bundles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.cartograph.core.apim.ProxyImport;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.policy.bundle.BundleException;
import io.cartograph.policy.bundle.BundleImport;
import io.cartograph.policy.bundle.ProxyBundles;
import io.cartograph.policy.xml.XmlProblem;

/**
 * What the two menu entries do, apart from asking for files: reading bundles (all or none, in a
 * job), putting their proxies into the model (one undoable command), writing a proxy's bundle.
 */
final class ProxyBundleTransfer {

	/** The bundles read, with the problems of single files (their content is kept in the model). */
	record Read(List<ApiProxy> proxies, List<String> problems) {
	}

	private ProxyBundleTransfer() {
	}

	/** @throws BundleException naming the bundle that cannot be read at all (nothing is imported then) */
	static Read read(List<Path> bundles) throws BundleException, IOException {
		List<ApiProxy> proxies = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Path bundle : bundles) {
			BundleImport read;
			try {
				read = ProxyBundles.read(bundle);
			} catch (BundleException e) {
				throw new BundleException(bundle.getFileName() + ": " + e.getMessage());
			}
			proxies.add(read.proxy());
			for (XmlProblem problem : read.problems()) {
				problems.add(bundle.getFileName() + ": " + problem.describe());
			}
		}
		return new Read(proxies, problems);
	}

	/** Executes the import on the model's command stack; false when the model refused it. */
	static boolean apply(LandscapeModel model, ProxyImport plan) {
		model.commandStack().execute(plan.command());
		return model.commandStack().getMostRecentCommand() == plan.command();
	}

	static void write(ApiProxy proxy, Path zip) throws IOException {
		ProxyBundles.write(proxy, zip);
	}
}
