package io.cartograph.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceException;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.policy.bundle.ProxyBundles;

/**
 * {@code cartograph cli policy export --workspace DIR --proxy NAME --out PATH}: writes a proxy of the
 * workspace as a bundle in the layout it was imported from (SAP or Apigee); a PATH ending in .zip
 * gives a zip, anything else a folder. The target is replaced only once the bundle is complete.
 */
final class PolicyExportCommand implements CliCommand {

	@Override
	public String name() {
		return "policy export";
	}

	@Override
	public String summary() {
		return "Export an API proxy of the workspace as a bundle (zip or folder) in its SAP or Apigee layout";
	}

	@Override
	public List<CliOption> options() {
		return List.of(CliOption.required("--workspace", "DIR", "the workspace"),
				CliOption.required("--proxy", "NAME", "the proxy to export"),
				CliOption.required("--out", "PATH", "where to write it: a .zip file or a folder"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		try (Workspace workspace = Workspace.open(arguments.path("--workspace"))) {
			ApiProxy proxy = PolicySimulateCommand.proxyNamed(workspace, arguments.value("--proxy"));
			ProxyBundles.write(proxy, arguments.path("--out"));
			out.println("Exported " + proxy.getName() + " (" + proxy.getBundleFormat() + " layout) to " + arguments.path("--out"));
			return 0;
		} catch (IOException e) {
			throw new WorkspaceException("Cannot write the bundle: " + e.getMessage(), e);
		}
	}
}
