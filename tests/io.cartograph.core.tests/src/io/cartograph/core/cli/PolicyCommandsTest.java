package io.cartograph.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cartograph.core.workspace.Workspace;
import io.cartograph.model.landscape.ApiProduct;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.tests.support.TestWorkspaces;

/** policy import, export and simulate as a user runs them, on a small SAP bundle written here. */
class PolicyCommandsTest {

	@TempDir
	Path folder;

	private Path workspace;
	private Path bundle;

	@BeforeEach
	void setUp() throws IOException {
		workspace = folder.resolve("ws");
		Workspace.create(workspace, "Policies").close();
		bundle = folder.resolve("Stock");
		TestWorkspaces.write(bundle.resolve("APIProxy/Stock.xml"), """
				<APIProxy xmlns="http://www.sap.com/apimgmt"><name>Stock</name><title>Stock</title>
				<proxyEndPoints><proxyEndPoint><proxyEndPointName>default</proxyEndPointName></proxyEndPoint></proxyEndPoints>
				<targetEndPoints><targetEndPoint>default</targetEndPoint></targetEndPoints>
				<policies><policy type="AccessControl">office</policy><policy type="AssignMessage">tag</policy></policies></APIProxy>
				""");
		TestWorkspaces.write(bundle.resolve("APIProxy/APIProxyEndPoint/default.xml"), """
				<ProxyEndPoint xmlns="http://www.sap.com/apimgmt"><name>default</name><base_path>/stock</base_path>
				<preFlow><name>PreFlow</name><request><isRequest>true</isRequest><steps>
				<step><policy_name>office</policy_name><condition></condition><sequence>1</sequence></step>
				<step><policy_name>tag</policy_name><condition>request.verb = "GET"</condition><sequence>2</sequence></step>
				</steps></request></preFlow></ProxyEndPoint>
				""");
		TestWorkspaces.write(bundle.resolve("APIProxy/APITargetEndPoint/default.xml"), """
				<TargetEndPoint xmlns="http://www.sap.com/apimgmt"><name>default</name><url>https://stock.example.com</url></TargetEndPoint>
				""");
		TestWorkspaces.write(bundle.resolve("APIProxy/Policy/office.xml"), """
				<AccessControl xmlns="http://www.sap.com/apimgmt"><IPRules noRuleMatchAction="DENY"><MatchRule action="ALLOW">
				<SourceAddress mask="16">192.168.0.0</SourceAddress></MatchRule></IPRules></AccessControl>
				""");
		TestWorkspaces.write(bundle.resolve("APIProxy/Policy/tag.xml"), """
				<AssignMessage xmlns="http://www.sap.com/apimgmt"><Set><Headers><Header name="X-Via">cartograph</Header></Headers></Set></AssignMessage>
				""");
	}

	@Test
	void importReplacesByNameKeepsProductsAndExportWritesItBack() throws IOException {
		CliRun first = CliRun.of("policy", "import", "--workspace", workspace.toString(), bundle.toString());
		assertEquals(0, first.exitCode(), first.err());
		assertTrue(first.out().contains("Imported 1 API proxy (1 new, 0 replaced): Stock. Saved."), first.out());
		try (Workspace open = Workspace.open(workspace)) {
			ApiProduct product = LandscapeFactory.eINSTANCE.createApiProduct();
			product.setUuid("product-1");
			product.setName("Stock product");
			product.getProxies().add(open.model().apiManagement().getProxies().get(0));
			open.model().apiManagement().getProducts().add(product);
			open.model().save();
		}
		CliRun again = CliRun.of("policy", "import", "--workspace", workspace.toString(), bundle.toString());
		assertEquals(0, again.exitCode(), again.err());
		assertTrue(again.out().contains("(0 new, 1 replaced)"), again.out());
		try (Workspace open = Workspace.open(workspace)) {
			ApiProxy proxy = open.model().apiManagement().getProxies().get(0);
			assertEquals(1, open.model().apiManagement().getProxies().size());
			assertEquals(proxy, open.model().apiManagement().getProducts().get(0).getProxies().get(0), "the product lists the new proxy");
			assertEquals("/stock", proxy.getBasePath());
		}
		Path zip = folder.resolve("out/Stock.zip");
		CliRun export = CliRun.of("policy", "export", "--workspace", workspace.toString(), "--proxy", "Stock", "--out", zip.toString());
		assertEquals(0, export.exitCode(), export.err());
		assertTrue(Files.size(zip) > 0);
		CliRun missing = CliRun.of("policy", "export", "--workspace", workspace.toString(), "--proxy", "Nope", "--out", zip.toString());
		assertEquals(1, missing.exitCode());
		assertTrue(missing.err().contains("No API proxy named 'Nope' in the workspace; it has Stock"), missing.err());
	}

	@Test
	void simulatePrintsTheTraceAndExitsByOutcome() throws IOException {
		Path allowed = TestWorkspaces.write(folder.resolve("allowed.json"), """
				{"verb": "GET", "path": "/stock/items", "clientIp": "192.168.4.2", "headers": {"Accept": "application/json"}}""");
		CliRun ok = CliRun.of("policy", "simulate", bundle.toString(), "--request", allowed.toString());
		assertEquals(0, ok.exitCode(), ok.err() + ok.out());
		assertTrue(ok.out().contains("RAN     ProxyEndpoint default PreFlow request: office (AccessControl)"), ok.out());
		assertTrue(ok.out().contains("BACKEND GET https://stock.example.com/items"), ok.out());
		assertTrue(ok.out().contains("X-Via: cartograph"), ok.out());

		Path blocked = TestWorkspaces.write(folder.resolve("blocked.json"), """
				{"verb": "POST", "path": "/stock/items", "clientIp": "10.1.1.1"}""");
		CliRun denied = CliRun.of("policy", "simulate", bundle.toString(), "--request", blocked.toString(), "--json");
		assertEquals(1, denied.exitCode(), denied.err());
		JsonNode trace = new ObjectMapper().readTree(denied.out());
		assertEquals(403, trace.get("fault").get("status").asInt());
		assertEquals("office", trace.get("fault").get("policy").asText());
		assertTrue(trace.get("backendRequest").isNull());

		CliRun imported = CliRun.of("policy", "import", "--workspace", workspace.toString(), bundle.toString());
		assertEquals(0, imported.exitCode(), imported.err());
		CliRun byName = CliRun.of("policy", "simulate", "Stock", "--workspace", workspace.toString(), "--request", allowed.toString());
		assertEquals(0, byName.exitCode(), byName.err() + byName.out());

		Path broken = TestWorkspaces.write(folder.resolve("broken.json"), "{not json");
		assertEquals(2, CliRun.of("policy", "simulate", bundle.toString(), "--request", broken.toString()).exitCode());
		assertEquals(2, CliRun.of("policy", "simulate", "--request", allowed.toString()).exitCode());
	}
}
