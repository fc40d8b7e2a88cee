package io.cartograph.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;


import org.eclipse.emf.common.command.Command;

import io.cartograph.core.apim.ProxyImport;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceException;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.policy.bundle.BundleException;
import io.cartograph.policy.bundle.BundleImport;
import io.cartograph.policy.bundle.ProxyBundles;
import io.cartograph.policy.xml.XmlProblem;

/**
 * {@code cartograph cli policy import --workspace DIR BUNDLE...}: reads SAP or Apigee proxy bundles
 * and adds them to the workspace, replacing a proxy of the same name (it keeps the old one's UUID
 * and the products that list it). All bundles go in as one undoable command, or none when one
 * cannot be read. Problems in single files are printed; their content is kept in the model.
 */
final class PolicyImportCommand implements CliCommand {

	@Override
	public String name() {
		return "policy import";
	}

	@Override
	public String summary() {
		return "Import API proxy bundles (SAP or Apigee, zip or folder) into the workspace, replacing proxies of the same name";
	}

	@Override
	public String operands() {
		return "BUNDLE...";
	}

	@Override
	public List<CliOption> options() {
		return List.of(CliOption.required("--workspace", "DIR", "the workspace"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		if (arguments.operands().isEmpty()) {
			throw new UsageException("policy import needs at least one bundle (a .zip or a folder)");
		}
		List<ApiProxy> proxies = new ArrayList<>();
		for (String operand : arguments.operands()) {
			Path path = PolicySimulateCommand.path(operand);
			try {
				BundleImport bundle = ProxyBundles.read(path);
				for (XmlProblem problem : bundle.problems()) {
					err.println("warning: " + operand + ": " + problem.describe());
				}
				proxies.add(bundle.proxy());
			} catch (BundleException | IOException e) {
				err.println("cartograph: " + operand + ": cannot read the bundle: " + e.getMessage() + "; nothing imported");
				return 1;
			}
		}
		try (Workspace workspace = Workspace.open(arguments.path("--workspace"))) {
			LandscapeModel model = workspace.model();
			ProxyImport plan = ProxyImport.of(model, proxies);
			Command command = plan.command();
			if (!command.canExecute()) {
				throw new WorkspaceException("The proxies cannot be added to the workspace model");
			}
			model.commandStack().execute(command);
			try {
				model.save();
			} catch (IOException e) {
				throw new WorkspaceException("The proxies were imported but the workspace could not be saved: " + e.getMessage(), e);
			}
			out.println("Imported " + proxies.size() + " API prox" + (proxies.size() == 1 ? "y" : "ies") + " ("
					+ plan.summary() + "): "
					+ String.join(", ", proxies.stream().map(ApiProxy::getName).toList()) + ". Saved.");
			return 0;
		}
	}
}
