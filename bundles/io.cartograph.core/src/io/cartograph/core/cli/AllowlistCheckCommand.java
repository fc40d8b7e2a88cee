package io.cartograph.core.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cartograph.core.Json;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.model.landscape.AllowlistKind;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.IpAllowlist;
import io.cartograph.model.landscape.IpAllowlistEntry;
import io.cartograph.policy.ip.AllowlistAnalysis;
import io.cartograph.policy.ip.AllowlistDrift;
import io.cartograph.policy.ip.AllowlistFinding;
import io.cartograph.policy.ip.Cidr;

/**
 * {@code cartograph cli allowlist check --workspace DIR [--list NAME] [--address IP] [--json]}:
 * the workspace's IP allowlists checked (invalid entries, host bits, duplicates, nested and too
 * broad ranges), the drift between each WAF list and the proxies' AccessControl policies, and,
 * with {@code --address}, which entries allow that address. Exit 1 when an entry is invalid or
 * the address is allowed by no list checked; 0 otherwise.
 */
final class AllowlistCheckCommand implements CliCommand {

	@Override
	public String name() {
		return "allowlist check";
	}

	@Override
	public String summary() {
		return "Check the IP allowlists (overlaps, duplicates, broad ranges, WAF drift) or whether an address is allowed";
	}

	@Override
	public List<CliOption> options() {
		return List.of(CliOption.required("--workspace", "DIR", "the workspace"),
				CliOption.optional("--list", "NAME", "only this allowlist"),
				CliOption.optional("--address", "IP", "say which entries allow this address"),
				CliOption.flag("--json", "print the result as JSON"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		Cidr address = null;
		if (arguments.optionalValue("--address").isPresent()) {
			try {
				address = Cidr.address(arguments.value("--address"));
			} catch (IllegalArgumentException e) {
				throw new UsageException("--address: " + e.getMessage());
			}
		}
		try (Workspace workspace = Workspace.open(arguments.path("--workspace"))) {
			LandscapeModel model = workspace.model();
			List<IpAllowlist> lists = lists(model, arguments.optionalValue("--list").orElse(null));
			AllowlistAnalysis analysis = AllowlistAnalysis.of(model.apiManagement().getLintSettings());
			List<Object> report = new ArrayList<>();
			boolean invalid = false;
			boolean allowed = false;
			for (IpAllowlist list : lists) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("list", list.getName());
				entry.put("kind", list.getKind().getName());
				List<Object> findings = new ArrayList<>();
				for (AllowlistFinding finding : analysis.analyse(list)) {
					invalid |= finding.kind() == AllowlistFinding.Kind.INVALID;
					findings.add(Map.of("kind", finding.kind().name(), "entry", String.valueOf(finding.entry().getCidr()),
							"message", finding.message()));
				}
				entry.put("findings", findings);
				if (address != null) {
					List<IpAllowlistEntry> allowing = AllowlistAnalysis.allowing(list, address);
					allowed |= !allowing.isEmpty();
					entry.put("allowedBy", allowing.stream().map(IpAllowlistEntry::getCidr).toList());
				}
				if (list.getKind() == AllowlistKind.WAF) {
					entry.put("drift", drift(model, list));
				}
				report.add(entry);
			}
			if (arguments.has("--json")) {
				out.println(Json.write(report));
			} else {
				print(report, out);
			}
			return invalid || address != null && !allowed ? 1 : 0;
		}
	}

	private static List<IpAllowlist> lists(LandscapeModel model, String name) throws UsageException {
		List<IpAllowlist> all = model.onboarding().getIpAllowlists();
		if (name == null) {
			return all;
		}
		List<IpAllowlist> named = all.stream().filter(list -> name.equals(list.getName())).toList();
		if (named.isEmpty()) {
			throw new UsageException("no IP allowlist is named '" + name + "'");
		}
		return named;
	}

	/** Per proxy with AccessControl policies: what it allows that the WAF list does not cover, and back. */
	private static List<Object> drift(LandscapeModel model, IpAllowlist waf) {
		List<Cidr> wafRanges = AllowlistAnalysis.ranges(waf);
		List<Object> drift = new ArrayList<>();
		for (ApiProxy proxy : model.apiManagement().getProxies()) {
			List<Cidr> allowed = AllowlistDrift.allowedBy(proxy);
			if (!allowed.isEmpty()) {
				AllowlistDrift result = AllowlistDrift.between(allowed, wafRanges);
				drift.add(Map.of("proxy", proxy.getName(), "onlyInProxy", strings(result.onlyInProxy()), "onlyInWaf",
						strings(result.onlyInWaf())));
			}
		}
		return drift;
	}

	private static List<String> strings(List<Cidr> ranges) {
		return ranges.stream().map(Cidr::toString).toList();
	}

	@SuppressWarnings("unchecked")
	private static void print(List<Object> report, PrintStream out) {
		for (Object each : report) {
			Map<String, Object> list = (Map<String, Object>) each;
			out.println(list.get("list") + " (" + list.get("kind") + ")");
			List<Map<String, Object>> findings = (List<Map<String, Object>>) list.get("findings");
			if (findings.isEmpty()) {
				out.println("  no findings");
			}
			findings.forEach(finding -> out.println("  " + finding.get("kind") + ": " + finding.get("message")));
			if (list.containsKey("allowedBy")) {
				List<String> allowing = (List<String>) list.get("allowedBy");
				out.println(allowing.isEmpty() ? "  the address is not allowed" : "  the address is allowed by " + String.join(", ", allowing));
			}
			for (Object proxyDrift : (List<Object>) list.getOrDefault("drift", List.of())) {
				Map<String, Object> drift = (Map<String, Object>) proxyDrift;
				out.println("  drift with proxy " + drift.get("proxy") + ": only in the proxy " + drift.get("onlyInProxy")
						+ ", only in the WAF " + drift.get("onlyInWaf"));
			}
		}
	}
}
