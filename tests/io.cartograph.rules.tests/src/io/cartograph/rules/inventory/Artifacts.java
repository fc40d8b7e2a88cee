package io.cartograph.rules.inventory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.cartograph.store.RawArtifact;

/** Raw artifacts as the Cloud Integration connector stores them, built for tests. */
final class Artifacts {

	static final Instant FETCHED = Instant.parse("2026-11-20T08:00:00Z");

	private final List<RawArtifact> artifacts = new ArrayList<>();

	Artifacts flow(String id, String version, String name, String sender, String receiver) {
		artifacts.add(new RawArtifact(CloudIntegrationArtifacts.DESIGNTIME, id, version, "{\"__metadata\":{\"type\":"
				+ "\"com.sap.hci.api.IntegrationDesigntimeArtifact\"},\"Id\":" + quote(id) + ",\"Version\":" + quote(version)
				+ ",\"PackageId\":\"com.example.o2c\",\"Name\":" + quote(name) + ",\"Sender\":" + quote(sender)
				+ ",\"Receiver\":" + quote(receiver) + ",\"ArtifactContent\":null}", FETCHED));
		return this;
	}

	Artifacts deployed(String id, String version, String status) {
		artifacts.add(new RawArtifact(CloudIntegrationArtifacts.RUNTIME, id, version, "{\"Id\":" + quote(id)
				+ ",\"Version\":" + quote(version) + ",\"Type\":\"INTEGRATION_FLOW\",\"Status\":" + quote(status)
				+ ",\"DeployedBy\":\"anna\",\"DeployedOn\":\"/Date(1763625600000)/\"}", FETCHED));
		return this;
	}

	/** Parameters as key, value pairs. */
	Artifacts parameters(String id, String version, String... keysAndValues) {
		StringBuilder json = new StringBuilder("[");
		for (int i = 0; i < keysAndValues.length; i += 2) {
			json.append(i == 0 ? "" : ",").append("{\"ParameterKey\":").append(quote(keysAndValues[i]))
					.append(",\"ParameterValue\":").append(quote(keysAndValues[i + 1])).append(",\"DataType\":\"xsd:string\"}");
		}
		artifacts.add(new RawArtifact(CloudIntegrationArtifacts.CONFIGURATIONS, id, version, json.append(']').toString(), FETCHED));
		return this;
	}

	Artifacts endpoint(String flowId, String protocol, String url) {
		String id = flowId + "$endpointAddress=" + flowId.toLowerCase();
		artifacts.add(new RawArtifact(CloudIntegrationArtifacts.SERVICE_ENDPOINT, id, "1.0", "{\"Id\":" + quote(id)
				+ ",\"Protocol\":" + quote(protocol) + ",\"EntryPoints\":{\"results\":[{\"Url\":" + quote(url)
				+ ",\"Type\":\"PROD\"}]}}", FETCHED));
		return this;
	}

	Artifacts content(String id, String version, String counts) {
		artifacts.add(new RawArtifact(CloudIntegrationArtifacts.CONTENT, id, version, counts, FETCHED));
		return this;
	}

	Artifacts packageOf(String id) {
		artifacts.add(new RawArtifact("IntegrationPackage", id, "1.0", "{\"Id\":" + quote(id) + "}", FETCHED));
		return this;
	}

	List<RawArtifact> list() {
		return List.copyOf(artifacts);
	}

	private static String quote(String text) {
		return text == null ? "null" : "\"" + text.replace("\"", "\\\"") + "\"";
	}
}
