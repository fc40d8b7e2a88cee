package io.cartograph.connect.sandbox;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;

import io.cartograph.connect.sandbox.SandboxLandscape.Flow;
import io.cartograph.connect.sandbox.SandboxLandscape.Package;

/**
 * The OData v2 entity sets of the sandbox: server-driven paging ({@code __next} with
 * {@code $skiptoken}, at most {@link SandboxOptions#pageSize()} entries a page), {@code $top},
 * {@code $skip}, {@code $inlinecount} and LogStart filters on message processing logs.
 */
final class SandboxApi {

	private static final JsonFactory JSON = new JsonFactory();
	private static final Pattern PACKAGE_FLOWS = Pattern.compile("IntegrationPackages\\('(.+)'\\)/IntegrationDesigntimeArtifacts");
	private static final Pattern FLOW_CONFIGURATIONS = Pattern
			.compile("IntegrationDesigntimeArtifacts\\(Id='(.+)',Version='(.*)'\\)/Configurations");
	private static final Pattern FLOW_CONTENT = Pattern
			.compile("IntegrationDesigntimeArtifacts\\(Id='(.+)',Version='(.*)'\\)/\\$value");
	private static final Pattern LOG_START = Pattern
			.compile("LogStart (ge|gt|le|lt) datetime'([0-9T:.-]+)'");

	/** Rows of an entity set, written by index. */
	private interface Rows {
		long size();

		void write(JsonGenerator out, long index) throws IOException;
	}

	private final SandboxOptions options;
	private final SandboxLandscape landscape;
	private final SandboxMessages messages;
	private final SandboxTenant tenant;

	SandboxApi(SandboxOptions options, SandboxLandscape landscape, SandboxTenant tenant) {
		this.options = options;
		this.landscape = landscape;
		this.messages = new SandboxMessages(options, landscape);
		this.tenant = tenant;
	}

	void serve(HttpExchange exchange, String set, String base) throws IOException {
		Map<String, String> query = parseQuery(exchange.getRequestURI().getRawQuery());
		Rows rows;
		Matcher m;
		if ((m = FLOW_CONTENT.matcher(set)).matches()) {
			Flow f = landscape.findFlow(m.group(1).replace("''", "'"));
			if (f == null) {
				error(exchange, 404, "Integration flow " + m.group(1) + " does not exist in the sandbox");
				return;
			}
			exchange.getResponseHeaders().set("Content-Type", "application/zip");
			exchange.sendResponseHeaders(200, 0);
			SandboxContent.write(f, exchange.getResponseBody());
			return;
		}
		if (set.equals("IntegrationPackages")) {
			rows = list(landscape.packages, (out, p) -> SandboxEntities.writePackage(out, p, base));
		} else if ((m = PACKAGE_FLOWS.matcher(set)).matches()) {
			Package p = landscape.findPackage(m.group(1).replace("''", "'"));
			if (p == null) {
				error(exchange, 404, "Integration package " + m.group(1) + " does not exist in the sandbox");
				return;
			}
			rows = list(p.flows(), (out, f) -> SandboxEntities.writeDesigntime(out, f, base));
		} else if ((m = FLOW_CONFIGURATIONS.matcher(set)).matches()) {
			Flow f = landscape.findFlow(m.group(1).replace("''", "'"));
			if (f == null) {
				error(exchange, 404, "Integration flow " + m.group(1) + " does not exist in the sandbox");
				return;
			}
			rows = rows(SandboxEntities.CONFIGURATIONS, (out, i) -> SandboxEntities.writeConfiguration(out, f, (int) i, base));
		} else if (set.equals("IntegrationRuntimeArtifacts")) {
			rows = list(landscape.deployed, (out, f) -> SandboxEntities.writeRuntime(out, f, base));
		} else if (set.equals("ServiceEndpoints")) {
			List<Flow> exposed = landscape.deployed.stream().filter(SandboxEntities::hasEndpoint).toList();
			String host = tenant.url().toString().replaceAll("/$", "");
			rows = list(exposed, (out, f) -> SandboxEntities.writeServiceEndpoint(out, f, base, host));
		} else if (set.equals("MessageProcessingLogs")) {
			String order = query.getOrDefault("$orderby", "LogStart").strip();
			if (!order.equals("LogStart") && !order.equals("LogStart asc")) {
				error(exchange, 400, "The sandbox sorts message processing logs by LogStart ascending only");
				return;
			}
			long[] range = messageRange(query.get("$filter"));
			if (range == null) {
				error(exchange, 400, "The sandbox filters message processing logs by LogStart only, e.g. "
						+ "LogStart ge datetime'2024-05-01T00:00:00'");
				return;
			}
			rows = rows(range[1] - range[0], (out, i) -> messages.write(out, range[0] + i, base));
		} else {
			error(exchange, 404, "Resource not found for the segment '" + set + "' (sandbox tenant)");
			return;
		}
		page(exchange, set, query, rows, base);
	}

	private void page(HttpExchange exchange, String set, Map<String, String> query, Rows rows, String base)
			throws IOException {
		long size = rows.size();
		long skip = number(query.get("$skip"), 0);
		long end = query.containsKey("$top") ? Math.min(size, skip + number(query.get("$top"), 0)) : size;
		long from = query.containsKey("$skiptoken") ? number(query.get("$skiptoken"), skip) : skip;
		long to = Math.min(end, from + options.pageSize());
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.getResponseHeaders().set("DataServiceVersion", "2.0");
		exchange.sendResponseHeaders(200, 0);
		try (JsonGenerator out = JSON.createGenerator(exchange.getResponseBody(), JsonEncoding.UTF8)) {
			out.writeStartObject();
			out.writeObjectFieldStart("d");
			if ("allpages".equals(query.get("$inlinecount"))) {
				out.writeStringField("__count", Long.toString(size));
			}
			out.writeArrayFieldStart("results");
			for (long i = from; i < to; i++) {
				rows.write(out, i);
			}
			out.writeEndArray();
			if (to < end) {
				Map<String, String> next = new LinkedHashMap<>(query);
				next.put("$skiptoken", Long.toString(to));
				out.writeStringField("__next", base + set + "?" + queryString(next));
			}
			out.writeEndObject();
			out.writeEndObject();
		}
	}

	/** [first, end) indices of the messages the filter selects, or null for a filter the sandbox lacks. */
	private long[] messageRange(String filter) {
		long first = 0;
		long end = messages.count();
		if (filter == null || filter.isBlank()) {
			return new long[] { first, end };
		}
		for (String term : filter.split(" and ")) {
			Matcher m = LOG_START.matcher(term.strip());
			if (!m.matches()) {
				return null;
			}
			long millis;
			try {
				millis = LocalDateTime.parse(m.group(2)).toInstant(ZoneOffset.UTC).toEpochMilli();
			} catch (DateTimeParseException e) {
				return null;
			}
			switch (m.group(1)) {
			case "ge" -> first = Math.max(first, messages.firstAtOrAfter(millis, false));
			case "gt" -> first = Math.max(first, messages.firstAtOrAfter(millis, true));
			case "lt" -> end = Math.min(end, messages.firstAtOrAfter(millis, false));
			default -> end = Math.min(end, messages.firstAtOrAfter(millis, true));
			}
		}
		return new long[] { first, Math.max(first, end) };
	}

	private interface Writer<T> {
		void write(JsonGenerator out, T value) throws IOException;
	}

	private interface IndexWriter {
		void write(JsonGenerator out, long index) throws IOException;
	}

	private static <T> Rows list(List<T> values, Writer<T> writer) {
		return rows(values.size(), (out, i) -> writer.write(out, values.get((int) i)));
	}

	private static Rows rows(long size, IndexWriter writer) {
		return new Rows() {
			@Override
			public long size() {
				return size;
			}

			@Override
			public void write(JsonGenerator out, long index) throws IOException {
				writer.write(out, index);
			}
		};
	}

	private static void error(HttpExchange exchange, int status, String message) throws IOException {
		SandboxTenant.send(exchange, status, "application/json",
				"{\"error\":{\"code\":\"" + status + "\",\"message\":{\"lang\":\"en\",\"value\":\""
						+ message.replace("\"", "'") + "\"}}}");
	}

	private static long number(String text, long fallback) {
		try {
			return text == null ? fallback : Math.max(0, Long.parseLong(text.strip()));
		} catch (NumberFormatException e) {
			return fallback;
		}
	}

	static Map<String, String> parseQuery(String raw) {
		Map<String, String> result = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return result;
		}
		for (String part : raw.split("&")) {
			int eq = part.indexOf('=');
			String name = decode(eq < 0 ? part : part.substring(0, eq));
			result.put(name, eq < 0 ? "" : decode(part.substring(eq + 1)));
		}
		return result;
	}

	static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	private static String queryString(Map<String, String> query) {
		List<String> parts = new ArrayList<>();
		query.forEach((name, value) -> parts.add(name + "="
				+ java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")));
		return String.join("&", parts);
	}
}
