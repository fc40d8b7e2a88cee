package io.cartograph.connect.sandbox;

import java.io.IOException;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonGenerator;

import io.cartograph.connect.sandbox.SandboxLandscape.Flow;
import io.cartograph.connect.sandbox.SandboxLandscape.Package;

/** Writes the sandbox's configuration entities as Cloud Integration's OData v2 JSON does. */
final class SandboxEntities {

	private SandboxEntities() {
	}

	static void writePackage(JsonGenerator out, Package p, String base) throws IOException {
		String uri = base + "IntegrationPackages('" + p.id() + "')";
		out.writeStartObject();
		metadata(out, uri, "com.sap.hci.api.IntegrationPackage");
		out.writeStringField("Id", p.id());
		out.writeStringField("Name", p.name());
		out.writeStringField("ResourceId", Integer.toHexString(p.id().hashCode()));
		out.writeStringField("Description", "Sandbox package for " + p.name() + " (generated data).");
		out.writeStringField("ShortText", p.name() + " integrations");
		out.writeStringField("Version", p.version());
		out.writeStringField("Vendor", "Cartograph Sandbox");
		out.writeBooleanField("PartnerContent", false);
		out.writeBooleanField("UpdateAvailable", false);
		out.writeStringField("Mode", "EDIT_ALLOWED");
		out.writeStringField("SupportedPlatform", "SAP Cloud Integration");
		out.writeStringField("CreatedBy", p.createdBy());
		out.writeStringField("CreationDate", date(p.createdAt()));
		out.writeStringField("ModifiedBy", p.modifiedBy());
		out.writeStringField("ModifiedDate", date(p.modifiedAt()));
		out.writeStringField("Products", "SAP S/4HANA");
		out.writeStringField("Keywords", p.code());
		deferred(out, "IntegrationDesigntimeArtifacts", uri);
		out.writeEndObject();
	}

	static void writeDesigntime(JsonGenerator out, Flow f, String base) throws IOException {
		String uri = base + "IntegrationDesigntimeArtifacts(Id='" + f.id() + "',Version='" + f.version() + "')";
		out.writeStartObject();
		metadata(out, uri, "com.sap.hci.api.IntegrationDesigntimeArtifact");
		out.writeStringField("Id", f.id());
		out.writeStringField("Version", f.version());
		out.writeStringField("PackageId", f.packageId());
		out.writeStringField("Name", f.name());
		out.writeStringField("Description", f.name() + " (" + f.senderAdapter() + " to " + f.receiverAdapter() + ")");
		out.writeStringField("Sender", f.sender());
		out.writeStringField("Receiver", f.receiver());
		out.writeStringField("CreatedBy", f.createdBy());
		out.writeStringField("CreatedAt", Long.toString(f.createdAt().toEpochMilli()));
		out.writeStringField("ModifiedBy", f.modifiedBy());
		out.writeStringField("ModifiedAt", Long.toString(f.modifiedAt().toEpochMilli()));
		out.writeNullField("ArtifactContent");
		deferred(out, "Configurations", uri);
		deferred(out, "Resources", uri);
		out.writeEndObject();
	}

	/** Externalized parameters: where the flow's adapters point. */
	static void writeConfiguration(JsonGenerator out, Flow f, int index, String base) throws IOException {
		String[][] parameters = {
				{ "Sender_Adapter", f.senderAdapter(), "xsd:string" },
				{ "Receiver_Adapter", f.receiverAdapter(), "xsd:string" },
				{ "Receiver_Address", f.address(), "xsd:string" },
				{ "Receiver_Credential", f.receiver().toLowerCase() + "_technical_user", "xsd:string" },
				{ "Receiver_Authentication", authentication(f), "xsd:string" },
				{ "Timeout_ms", "60000", "xsd:integer" } };
		String[] p = parameters[index];
		out.writeStartObject();
		metadata(out, base + "Configurations('" + p[0] + "')", "com.sap.hci.api.Configuration");
		out.writeStringField("ParameterKey", p[0]);
		out.writeStringField("ParameterValue", p[1]);
		out.writeStringField("DataType", p[2]);
		out.writeEndObject();
	}

	static final int CONFIGURATIONS = 6;

	private static final String[] HTTP_AUTHENTICATION = { "OAuth2 Client Credentials", "Basic", "Client Certificate" };

	/** As the receiver channel would have it; for HTTP-like adapters it varies by flow, always the same for a flow. */
	static String authentication(Flow f) {
		return switch (f.receiverAdapter()) {
		case "SFTP" -> "Public Key";
		case "Mail", "IDoc", "AS2" -> "Basic";
		case "SuccessFactors" -> "OAuth2 SAML Bearer";
		case "Ariba" -> "OAuth2 Client Credentials";
		default -> HTTP_AUTHENTICATION[Math.floorMod(f.id().hashCode(), HTTP_AUTHENTICATION.length)];
		};
	}

	static void writeRuntime(JsonGenerator out, Flow f, String base) throws IOException {
		String uri = base + "IntegrationRuntimeArtifacts('" + f.id() + "')";
		out.writeStartObject();
		metadata(out, uri, "com.sap.hci.api.IntegrationRuntimeArtifact");
		out.writeStringField("Id", f.id());
		out.writeStringField("Version", f.version());
		out.writeStringField("Name", f.name());
		out.writeStringField("Type", "INTEGRATION_FLOW");
		out.writeStringField("DeployedBy", f.deployedBy());
		out.writeStringField("DeployedOn", date(f.deployedOn()));
		out.writeStringField("Status", f.runtimeStatus());
		deferred(out, "ErrorInformation", uri);
		out.writeEndObject();
	}

	/** Sender-side endpoints (HTTPS, SOAP, IDoc adapters) that callers use. */
	static boolean hasEndpoint(Flow f) {
		return f.deployed() && ("HTTPS".equals(f.senderAdapter()) || "SOAP".equals(f.senderAdapter())
				|| "IDoc".equals(f.senderAdapter()));
	}

	static void writeServiceEndpoint(JsonGenerator out, Flow f, String base, String host) throws IOException {
		String id = f.id() + "$endpointAddress=" + f.id().toLowerCase();
		out.writeStartObject();
		metadata(out, base + "ServiceEndpoints('" + id + "')", "com.sap.hci.api.ServiceEndpoint");
		out.writeStringField("Name", f.name());
		out.writeStringField("Id", id);
		out.writeStringField("Title", f.name());
		out.writeStringField("Version", f.version());
		out.writeStringField("Summary", f.sender() + " calls this endpoint");
		out.writeStringField("Description", "");
		out.writeStringField("LastUpdated", date(f.deployedOn()));
		String protocol = "HTTPS".equals(f.senderAdapter()) ? "REST" : "SOAP";
		out.writeStringField("Protocol", protocol);
		out.writeObjectFieldStart("EntryPoints");
		out.writeArrayFieldStart("results");
		out.writeStartObject();
		out.writeStringField("Name", f.id());
		String path = "IDoc".equals(f.senderAdapter()) ? "/cxf/idoc/" : "HTTPS".equals(f.senderAdapter()) ? "/http/" : "/cxf/";
		out.writeStringField("Url", host + path + f.id().toLowerCase());
		out.writeStringField("Type", "PROD");
		out.writeStringField("AdditionalInformation", "");
		out.writeEndObject();
		out.writeEndArray();
		out.writeEndObject();
		out.writeEndObject();
	}

	private static void metadata(JsonGenerator out, String uri, String type) throws IOException {
		out.writeObjectFieldStart("__metadata");
		out.writeStringField("id", uri);
		out.writeStringField("uri", uri);
		out.writeStringField("type", type);
		out.writeEndObject();
	}

	private static void deferred(JsonGenerator out, String name, String uri) throws IOException {
		out.writeObjectFieldStart(name);
		out.writeObjectFieldStart("__deferred");
		out.writeStringField("uri", uri + "/" + name);
		out.writeEndObject();
		out.writeEndObject();
	}

	private static String date(Instant instant) {
		return "/Date(" + instant.toEpochMilli() + ")/";
	}
}
