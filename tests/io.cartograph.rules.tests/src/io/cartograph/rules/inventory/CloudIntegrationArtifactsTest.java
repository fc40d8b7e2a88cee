package io.cartograph.rules.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cartograph.model.landscape.ComplexityClass;
import io.cartograph.store.ArtifactActivity;
import io.cartograph.store.RawArtifact;

class CloudIntegrationArtifactsTest {

	@Test
	void aDeployedFlowTakesItsRuntimeStatusAndTypeAndItsDesigntimeNameVersionAndParties() {
		List<RawArtifact> raw = new Artifacts().packageOf("com.example.o2c")
				.flow("O2C_Order", "1.0.3", "Replicate orders", "S4HANA", "Salesforce").deployed("O2C_Order", "1.0.2", "STARTED")
				.list();

		HarvestedInterface flow = only(CloudIntegrationArtifacts.read(raw, List.of()));

		assertEquals("O2C_Order", flow.externalId());
		assertEquals("Replicate orders", flow.name());
		assertEquals("1.0.3", flow.version(), "the design-time version");
		assertEquals("STARTED", flow.status());
		assertEquals("Integration Flow", flow.type());
		assertEquals("S4HANA", flow.originalSender());
		assertEquals("Salesforce", flow.originalReceiver());
		assertNull(flow.lastTraffic());
		assertNull(flow.complexity(), "the content is not read, so complexity stays unknown");
	}

	@Test
	void aFlowThatIsNotDeployedSaysSo() {
		HarvestedInterface flow = only(CloudIntegrationArtifacts.read(new Artifacts().flow("A", "1", "A flow", "X", "Y").list(), List.of()));

		assertEquals(CloudIntegrationArtifacts.NOT_DEPLOYED, flow.status());
		assertEquals("Integration Flow", flow.type());
	}

	@Test
	void emptySenderAndReceiverFallBackToTheMessagesMostFrequentParties() {
		Instant t = Instant.parse("2026-11-19T10:00:00Z");
		List<ArtifactActivity> activity = List.of(new ArtifactActivity("A", "Ariba", "S4HANA", t, 3),
				new ArtifactActivity("A", "Coupa", null, t.plusSeconds(60), 10), new ArtifactActivity("A", null, null, t.plusSeconds(7200), 1),
				new ArtifactActivity("B", "Other", "Other", t.plusSeconds(99_999), 50));

		HarvestedInterface flow = only(CloudIntegrationArtifacts.read(new Artifacts().flow("A", "1", "A", " ", null).list(), activity));

		assertEquals("Coupa", flow.originalSender(), "10 messages beat 3");
		assertEquals("S4HANA", flow.originalReceiver(), "the only reported receiver");
		assertEquals(t.plusSeconds(7200), flow.lastTraffic(), "the latest LogStart of the artifact's own messages");
	}

	@Test
	void adaptersComeFromEndpointsAndParametersAndAuthenticationFromAuthParameters() {
		List<RawArtifact> raw = new Artifacts().flow("A", "1", "A", "X", "Y")
				.endpoint("A", "SOAP", "https://tenant.example.com/cxf/idoc/a")
				.parameters("A", "1", "Receiver_Adapter", "odata", "Receiver_Address", "https://s4.example.com/sap/opu/odata",
						"Archive_Host", "sftp://files.example.com:22/in", "Receiver_Authentication", "OAuth2ClientCredentials",
						"Sender_AuthType", "Client Certificate", "Receiver_Credential", "s4_user", "Other_Auth", "None",
						"Timeout_ms", "60000")
				.list();

		HarvestedInterface flow = only(CloudIntegrationArtifacts.read(raw, List.of()));

		assertEquals(List.of("IDoc", "OData", "SFTP"), flow.adapters());
		assertEquals(List.of("OAuth2 Client Credentials", "Client Certificate"), flow.authenticationMethods());
	}

	@Test
	void restAndSoapEndpointsAreHttpsAndSoapSenders() {
		List<RawArtifact> raw = new Artifacts().flow("A", "1", "A", "X", "Y").flow("B", "1", "B", "X", "Y")
				.endpoint("A", "REST", "https://tenant.example.com/http/a").endpoint("B", "SOAP", "https://tenant.example.com/cxf/b")
				.list();

		List<HarvestedInterface> flows = CloudIntegrationArtifacts.read(raw, List.of());

		assertEquals(List.of("HTTPS"), flows.get(0).adapters());
		assertEquals(List.of("SOAP"), flows.get(1).adapters());
	}

	@Test
	void aPayloadThatIsNotJsonStillGivesAnInterfaceNamedByItsId() {
		RawArtifact broken = new RawArtifact(CloudIntegrationArtifacts.DESIGNTIME, "Z", "2", "{not json", Artifacts.FETCHED);

		HarvestedInterface flow = only(CloudIntegrationArtifacts.read(List.of(broken), List.of()));

		assertEquals("Z", flow.name());
		assertEquals("2", flow.version());
	}

	@Test
	void theContentsCountsGiveTheComplexityClass() {
		List<RawArtifact> raw = new Artifacts().flow("A", "1", "A", "X", "Y").flow("B", "1", "B", "X", "Y")
				.flow("C", "1", "C", "X", "Y").flow("D", "1", "D", "X", "Y")
				.content("A", "1", "{\"BpmnElements\":3,\"Mappings\":0,\"Xslt\":0}")
				.content("B", "1", "{\"BpmnElements\":3,\"Mappings\":0,\"Xslt\":1}")
				.content("C", "1", "{\"BpmnElements\":31,\"Mappings\":2,\"Xslt\":0}")
				.content("D", "1", "{\"BpmnElements\":\"many\"}").list();

		List<HarvestedInterface> flows = CloudIntegrationArtifacts.read(raw, List.of());

		assertEquals(ComplexityClass.LOW, flows.get(0).complexity());
		assertEquals(ComplexityClass.MEDIUM, flows.get(1).complexity(), "an XSLT makes a small flow medium");
		assertEquals(ComplexityClass.VERY_HIGH, flows.get(2).complexity());
		assertNull(flows.get(3).complexity(), "counts that are not numbers say nothing");
	}

	@Test
	void runtimeTypesReadAsWords() {
		assertEquals("Value Mapping", CloudIntegrationArtifacts.typeName("VALUE_MAPPING"));
		assertEquals("Integration Flow", CloudIntegrationArtifacts.typeName(null));
	}

	private static HarvestedInterface only(List<HarvestedInterface> flows) {
		assertEquals(1, flows.size(), flows.toString());
		return flows.get(0);
	}
}
