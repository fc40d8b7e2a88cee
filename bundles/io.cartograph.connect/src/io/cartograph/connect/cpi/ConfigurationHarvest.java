package io.cartograph.connect.cpi;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.cartograph.connect.ConnectorContext;
import io.cartograph.connect.ConnectorException;
import io.cartograph.connect.ConnectorException.Failure;
import io.cartograph.connect.HarvestSink;
import io.cartograph.connect.HarvestSink.Level;
import io.cartograph.connect.TaskProgress;
import io.cartograph.connect.cpi.CloudIntegrationConnector.Counts;
import io.cartograph.connect.http.ApiClient;
import io.cartograph.connect.http.ODataPages;
import io.cartograph.connect.http.Query;

/**
 * CONFIGURATION: packages, their integration flows (design time) with externalized parameters,
 * what is deployed (runtime) and the service endpoints. Each entity goes to the sink as it
 * arrives; only the package and flow ids are kept to make the per-package calls.
 */
final class ConfigurationHarvest {

	static final String PACKAGE = "IntegrationPackage";
	static final String DESIGNTIME = "IntegrationDesigntimeArtifact";
	static final String CONFIGURATIONS = "IntegrationDesigntimeArtifactConfigurations";
	/** What INVENTORY needs from a flow's content: element, mapping and XSLT counts (see {@link FlowContent}). */
	static final String CONTENT = "IntegrationDesigntimeArtifactContent";
	static final String RUNTIME = "IntegrationRuntimeArtifact";
	static final String SERVICE_ENDPOINT = "ServiceEndpoint";

	private static final JsonFactory JSON = new JsonFactory();

	private final ApiClient client;
	private final ConnectorContext context;
	private final HarvestSink sink;
	private final TaskProgress progress;
	private final Counts counts;

	ConfigurationHarvest(ApiClient client, ConnectorContext context, HarvestSink sink, TaskProgress progress,
			Counts counts) {
		this.client = client;
		this.context = context;
		this.sink = sink;
		this.progress = progress;
		this.counts = counts;
	}

	void run() {
		sink.log(Level.INFO, "Reading the configuration of " + client.base());
		List<String> packages = new ArrayList<>();
		read("api/v1/IntegrationPackages", entry -> {
			packages.add(entry.field("Id"));
			artifact(PACKAGE, entry.field("Id"), entry.field("Version"), entry.json());
		});
		sink.log(Level.INFO, packages.size() + " integration packages");
		progress.begin("CONFIGURATION", packages.size() + 2);

		int flows = 0;
		int parameterSets = 0;
		int contents = 0;
		for (String id : packages) {
			progress.subTask("Package " + id);
			List<String[]> packageFlows = new ArrayList<>();
			read("api/v1/IntegrationPackages('" + key(id) + "')/IntegrationDesigntimeArtifacts", entry -> {
				packageFlows.add(new String[] { entry.field("Id"), entry.field("Version") });
				artifact(DESIGNTIME, entry.field("Id"), entry.field("Version"), entry.json());
			});
			for (String[] flow : packageFlows) {
				if (configurations(flow[0], flow[1])) {
					parameterSets++;
				}
				if (content(flow[0], flow[1])) {
					contents++;
				}
			}
			flows += packageFlows.size();
			progress.worked(1);
		}
		sink.log(Level.INFO, flows + " integration flows (design time), " + parameterSets + " with their parameter sets, "
				+ contents + " with their content counted");

		progress.subTask("Deployed artifacts");
		long deployed = read("api/v1/IntegrationRuntimeArtifacts",
				entry -> artifact(RUNTIME, entry.field("Id"), entry.field("Version"), entry.json()));
		sink.log(Level.INFO, deployed + " deployed artifacts");
		progress.worked(1);

		progress.subTask("Service endpoints");
		try {
			long endpoints = read("api/v1/ServiceEndpoints?$expand=EntryPoints",
					entry -> artifact(SERVICE_ENDPOINT, entry.field("Id"), entry.field("Version"), entry.json()));
			sink.log(Level.INFO, endpoints + " service endpoints");
		} catch (ConnectorException e) {
			optionalFailed(e, "service endpoints");
		}
		progress.worked(1);
	}

	/**
	 * Externalized parameters of one flow: addresses and other adapter settings live here.
	 *
	 * @return whether they were read (they are optional)
	 */
	private boolean configurations(String flowId, String version) {
		String path = "api/v1/IntegrationDesigntimeArtifacts(Id='" + key(flowId) + "',Version='"
				+ key(version == null ? "active" : version) + "')/Configurations";
		StringWriter text = new StringWriter();
		try (JsonGenerator out = JSON.createGenerator(text)) {
			out.writeStartArray();
			read(path, entry -> out.writeRawValue(entry.json()));
			out.writeEndArray();
		} catch (ConnectorException e) {
			optionalFailed(e, "the parameters of " + flowId);
			return false;
		} catch (java.io.IOException e) {
			throw new IllegalStateException(e); // writing to a StringWriter
		}
		artifact(CONFIGURATIONS, flowId, version, text.toString());
		return true;
	}

	/**
	 * Downloads a flow's content (zip) and keeps only its counts; the zip itself is not stored.
	 *
	 * @return whether the counts were stored (content is optional; an unreadable zip is skipped)
	 */
	private boolean content(String flowId, String version) {
		String path = "api/v1/IntegrationDesigntimeArtifacts(Id='" + key(flowId) + "',Version='"
				+ key(version == null ? "active" : version) + "')/$value";
		FlowContent content;
		try {
			content = client.download(path, FlowContent::read);
		} catch (ConnectorException e) {
			optionalFailed(e, "the content of " + flowId);
			return false;
		}
		if (content.problem() != null) {
			sink.log(Level.WARNING, "Skipped the content of " + flowId + ": " + content.problem());
			return false;
		}
		artifact(CONTENT, flowId, version, content.json());
		return true;
	}

	/** Some tenants (older Neo releases, restricted roles) lack an entity set; the run goes on. */
	private void optionalFailed(ConnectorException e, String what) {
		if (e.failure() == Failure.NOT_FOUND || e.failure() == Failure.FORBIDDEN) {
			sink.log(Level.WARNING, "Skipped " + what + ": " + e.getMessage());
		} else {
			throw e;
		}
	}

	private interface EntryConsumer {
		void accept(Entry entry) throws java.io.IOException;
	}

	private long read(String url, EntryConsumer consumer) {
		return ODataPages.readAll(client, url, 0, context.cancellation(), parser -> consumer.accept(Entry.read(parser)),
				(entries, total) -> {
				});
	}

	private void artifact(String kind, String id, String version, String json) {
		if (id == null) {
			throw new ConnectorException(Failure.MALFORMED_RESPONSE,
					"A " + kind + " in the answer of " + client.base() + " has no Id.");
		}
		sink.artifact(kind, id, version, json);
		counts.artifacts++;
	}

	/** Quotes in OData key literals are doubled; the result is percent-encoded for the path. */
	static String key(String value) {
		return Query.encode(value.replace("'", "''"));
	}
}
