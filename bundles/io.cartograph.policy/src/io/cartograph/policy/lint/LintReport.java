package io.cartograph.policy.lint;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The findings of one or more bundles as text, JSON or SARIF 2.1.0. Each bundle is named by the
 * path it was read from; a finding's file is inside the bundle, so the report joins the two.
 */
public final class LintReport {

	/** One linted bundle: where it was read from and what was found. */
	public record Linted(String bundle, List<Finding> findings) {
	}

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private LintReport() {
	}

	/** One line per finding ({@code bundle/file:line:col: severity RULE: message}), then a summary line. */
	public static String text(List<Linted> linted) {
		StringBuilder text = new StringBuilder();
		for (Linted bundle : linted) {
			for (Finding finding : bundle.findings()) {
				text.append(join(bundle.bundle(), finding.file())).append(place(finding)).append(": ")
						.append(finding.severity().name().toLowerCase(Locale.ROOT)).append(' ').append(finding.ruleId())
						.append(": ").append(finding.message()).append('\n');
			}
		}
		text.append(summary(linted)).append('\n');
		return text.toString();
	}

	/** {@code 2 errors, 1 warning, 0 infos in 3 bundles} */
	public static String summary(List<Linted> linted) {
		return count(linted, Severity.ERROR) + " errors, " + count(linted, Severity.WARNING) + " warnings, "
				+ count(linted, Severity.INFO) + " infos in " + linted.size() + (linted.size() == 1 ? " bundle" : " bundles");
	}

	public static long count(List<Linted> linted, Severity severity) {
		return linted.stream().flatMap(bundle -> bundle.findings().stream()).filter(f -> f.severity() == severity).count();
	}

	public static String json(List<Linted> linted) {
		List<Object> bundles = new ArrayList<>();
		for (Linted bundle : linted) {
			List<Object> findings = new ArrayList<>();
			for (Finding finding : bundle.findings()) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("ruleId", finding.ruleId());
				entry.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
				entry.put("file", finding.file());
				entry.put("line", finding.line());
				entry.put("column", finding.column());
				entry.put("message", finding.message());
				findings.add(entry);
			}
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("bundle", bundle.bundle());
			entry.put("findings", findings);
			bundles.add(entry);
		}
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("bundles", bundles);
		report.put("errors", count(linted, Severity.ERROR));
		report.put("warnings", count(linted, Severity.WARNING));
		report.put("infos", count(linted, Severity.INFO));
		return write(report);
	}

	/** SARIF 2.1.0: every rule in the driver, one result per finding with its artifact and region. */
	public static String sarif(List<Linted> linted, String version) {
		List<Object> rules = new ArrayList<>();
		for (LintRule rule : LintRules.all()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", rule.id());
			entry.put("shortDescription", Map.of("text", rule.title()));
			entry.put("defaultConfiguration", Map.of("level", level(rule.defaultSeverity())));
			entry.put("help", Map.of("text", "See docs/policy-lint.md, rule " + rule.id() + "."));
			if (!rule.apigeelintIds().isEmpty()) {
				entry.put("properties", Map.of("apigeelint", rule.apigeelintIds()));
			}
			rules.add(entry);
		}
		List<Object> results = new ArrayList<>();
		for (Linted bundle : linted) {
			for (Finding finding : bundle.findings()) {
				Map<String, Object> physical = new LinkedHashMap<>();
				physical.put("artifactLocation", Map.of("uri", uri(join(bundle.bundle(), finding.file()))));
				if (finding.line() > 0) {
					Map<String, Object> region = new LinkedHashMap<>();
					region.put("startLine", finding.line());
					if (finding.column() > 0) {
						region.put("startColumn", finding.column());
					}
					physical.put("region", region);
				}
				Map<String, Object> result = new LinkedHashMap<>();
				result.put("ruleId", finding.ruleId());
				result.put("ruleIndex", LintRules.all().indexOf(LintRules.of(finding.ruleId()).orElse(null)));
				result.put("level", level(finding.severity()));
				result.put("message", Map.of("text", finding.message()));
				result.put("locations", List.of(Map.of("physicalLocation", physical)));
				results.add(result);
			}
		}
		Map<String, Object> driver = new LinkedHashMap<>();
		driver.put("name", "Cartograph policy lint");
		driver.put("version", version);
		driver.put("rules", rules);
		Map<String, Object> run = new LinkedHashMap<>();
		run.put("tool", Map.of("driver", driver));
		run.put("results", results);
		Map<String, Object> sarif = new LinkedHashMap<>();
		sarif.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
		sarif.put("version", "2.1.0");
		sarif.put("runs", List.of(run));
		return write(sarif);
	}

	/** A URI reference for the file: forward slashes, spaces and other specials percent-encoded. */
	static String uri(String path) {
		try {
			return new URI(null, null, path.replace('\\', '/'), null).toASCIIString();
		} catch (URISyntaxException e) {
			return path.replace('\\', '/');
		}
	}

	private static String level(Severity severity) {
		return switch (severity) {
		case ERROR -> "error";
		case WARNING -> "warning";
		case INFO -> "note";
		};
	}

	private static String place(Finding finding) {
		return finding.line() > 0 ? ":" + finding.line() + (finding.column() > 0 ? ":" + finding.column() : "") : "";
	}

	private static String join(String bundle, String file) {
		if (bundle == null || bundle.isEmpty()) {
			return file;
		}
		return bundle.endsWith("/") ? bundle + file : bundle + "/" + file;
	}

	private static String write(Object value) {
		try {
			return JSON.writeValueAsString(value);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("Cannot write the report: " + e.getMessage(), e);
		}
	}
}
