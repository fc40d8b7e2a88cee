package io.cartograph.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cartograph.core.Json;
import io.cartograph.core.secrets.MasterPassword;
import io.cartograph.core.secrets.SecretStore;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceException;
import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.policy.bundle.BundleException;
import io.cartograph.policy.bundle.ProxyBundles;
import io.cartograph.policy.simulate.DryRun;
import io.cartograph.policy.simulate.RequestFile;
import io.cartograph.policy.simulate.SecretValues;
import io.cartograph.policy.simulate.SimulatedRequest;
import io.cartograph.policy.simulate.Trace;
import io.cartograph.policy.simulate.TraceStep;

/**
 * {@code cartograph cli policy simulate PATH --request FILE.json [--workspace DIR] [--json]}: the dry
 * run of one request through a proxy (a bundle, or a proxy of the workspace by name), with the
 * workspace's key value maps, products and applications. Secret values come from the secret store
 * when CARTOGRAPH_MASTER_PASSWORD is set and are shown as (secret). Exit 0 when the request
 * reaches the backend, 1 when a policy faults.
 */
final class PolicySimulateCommand implements CliCommand {

	@Override
	public String name() {
		return "policy simulate";
	}

	@Override
	public String summary() {
		return "Dry-run a request through an API proxy's flows and print the trace; exit 1 when it faults";
	}

	@Override
	public String operands() {
		return "PATH";
	}

	@Override
	public List<CliOption> options() {
		return List.of(CliOption.required("--request", "FILE", "the request as JSON: verb, path, headers, query, clientIp, apiKey, token, validTokens"),
				CliOption.optional("--workspace", "DIR", "take key value maps, products and applications (and proxies by name) from this workspace"),
				CliOption.flag("--json", "print the trace as JSON"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		if (arguments.operands().size() != 1) {
			throw new UsageException("policy simulate needs exactly one PATH: a bundle (.zip or folder) or a proxy name of the workspace");
		}
		RequestFile request;
		try {
			request = RequestFile.fromJson(Files.readString(arguments.path("--request")));
		} catch (IOException e) {
			throw new UsageException("cannot read the request file " + arguments.value("--request") + ": " + e.getMessage());
		}
		String operand = arguments.operands().get(0);
		Path path = path(operand);
		if (arguments.optionalValue("--workspace").isEmpty()) {
			if (!Files.exists(path)) {
				throw new UsageException(operand + ": no such bundle (a proxy name needs --workspace)");
			}
			return report(DryRun.run(bundle(path), null, request.request(), SecretValues.none(), request.validTokens()), arguments, out);
		}
		try (Workspace workspace = Workspace.open(arguments.path("--workspace"))) {
			ApiManagement apim = workspace.model().apiManagement();
			ApiProxy proxy = Files.exists(path) ? bundle(path) : proxyNamed(workspace, operand);
			Optional<char[]> password = MasterPassword.fromEnvironment();
			if (password.isEmpty()) {
				err.println("note: " + MasterPassword.VARIABLE + " is not set: key value map entries and application keys are unknown");
				return report(DryRun.run(proxy, apim, request.request(), SecretValues.none(), request.validTokens()), arguments, out);
			}
			try (SecretStore store = SecretStore.openDefault(password.get())) {
				SecretValues secrets = reference -> store.get(reference).map(String::new);
				return report(DryRun.run(proxy, apim, request.request(), secrets, request.validTokens()), arguments, out);
			}
		}
	}

	private static int report(Trace trace, Arguments arguments, PrintStream out) {
		if (arguments.has("--json")) {
			out.println(Json.write(json(trace)));
		} else {
			out.print(trace.describe());
		}
		return trace.fault().isPresent() ? 1 : 0;
	}

	private static Map<String, Object> json(Trace trace) {
		List<Object> steps = new ArrayList<>();
		for (TraceStep step : trace.steps()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("endpoint", step.endpoint());
			entry.put("flow", step.flow());
			entry.put("phase", step.phase());
			entry.put("policy", step.policy());
			entry.put("policyType", step.policyType());
			entry.put("ran", step.ran());
			entry.put("reason", step.reason());
			entry.put("effects", step.effects());
			steps.add(entry);
		}
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("steps", steps);
		report.put("fault", trace.fault().map(f -> {
			Map<String, Object> fault = new LinkedHashMap<>();
			fault.put("status", f.status());
			fault.put("reason", f.reason());
			fault.put("policy", f.policy());
			return (Object) fault;
		}).orElse(null));
		SimulatedRequest backend = trace.backendRequest();
		if (backend != null) {
			Map<String, Object> request = new LinkedHashMap<>();
			request.put("verb", backend.verb());
			request.put("url", backend.path());
			request.put("headers", backend.headers());
			request.put("query", backend.query());
			report.put("backendRequest", request);
		} else {
			report.put("backendRequest", null);
		}
		return report;
	}

	private static ApiProxy bundle(Path path) {
		try {
			return ProxyBundles.read(path).proxy();
		} catch (BundleException | IOException e) {
			throw new WorkspaceException("Cannot read the bundle " + path + ": " + e.getMessage(), e);
		}
	}

	static ApiProxy proxyNamed(Workspace workspace, String name) {
		List<ApiProxy> proxies = workspace.model().apiManagement().getProxies();
		return proxies.stream().filter(p -> name.equals(p.getName())).findFirst()
				.orElseThrow(() -> new WorkspaceException("No API proxy named '" + name + "' in the workspace"
						+ (proxies.isEmpty() ? " (it has none)" : "; it has " + String.join(", ", proxies.stream().map(ApiProxy::getName).toList()))));
	}

	static Path path(String operand) throws UsageException {
		try {
			return Path.of(operand).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			throw new UsageException("'" + operand + "' is not a valid path");
		}
	}
}
