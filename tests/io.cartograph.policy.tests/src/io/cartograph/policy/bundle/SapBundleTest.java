package io.cartograph.policy.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.Flow;
import io.cartograph.model.landscape.FlowKind;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.Policy;
import io.cartograph.model.landscape.ProxyBundleFormat;
import io.cartograph.model.landscape.ProxyEndpoint;
import io.cartograph.model.landscape.ProxyResource;
import io.cartograph.model.landscape.Step;
import io.cartograph.model.landscape.TargetEndpoint;

class SapBundleTest {

	@TempDir
	Path temp;

	@Test
	void readsTheSapLayoutIntoTheModel() throws Exception {
		BundleImport read = ProxyBundles.read(Fixtures.copy("sap", temp));
		ApiProxy proxy = read.proxy();
		assertEquals(List.of(), read.problems());
		assertEquals(ProxyBundleFormat.SAP, proxy.getBundleFormat());
		assertEquals("SalesOrders", proxy.getName());
		assertEquals("Sales Orders", proxy.getTitle());
		assertEquals("2", proxy.getVersion());
		assertEquals("/v1/salesorders", proxy.getBasePath());
		assertTrue(proxy.getDescriptor().contains("<customAttribute name=\"team\">orders</customAttribute>"));

		ProxyEndpoint endpoint = proxy.getProxyEndpoints().get(0);
		assertEquals("default", endpoint.getName());
		assertEquals("default", endpoint.getVirtualHost());
		List<Step> pre = endpoint.getPreFlow().getRequestSteps();
		assertEquals(List.of("allowOffice", "checkKey", "readCredentials", "encodeCredentials", "spike"),
				pre.stream().map(step -> step.getPolicy().getName()).toList());
		assertEquals(List.of(1, 2, 3, 4, 5), pre.stream().map(Step::getSequence).toList());
		assertNull(pre.get(0).getCondition());
		Flow change = endpoint.getConditionalFlows().get(0);
		assertEquals(FlowKind.CONDITIONAL, change.getKind());
		assertEquals("changeOrder", change.getName());
		assertEquals("proxy.pathsuffix MatchesPath \"/Orders/**\" AND request.verb != \"GET\"", change.getCondition());
		assertEquals("request.verb = \"POST\" OR request.verb = \"PUT\" OR request.verb = \"DELETE\"",
				change.getRequestSteps().get(0).getCondition());
		assertEquals("quota", endpoint.getPostFlow().getResponseSteps().get(0).getPolicy().getName());
		assertEquals("response.status.code = 200", endpoint.getPostFlow().getResponseSteps().get(0).getCondition());

		TargetEndpoint target = proxy.getTargetEndpoints().get(0);
		assertEquals("http://s4backend:443/sap/opu/odata/sap/API_SALES_ORDER_SRV", target.getUrl());
		assertTrue(target.getXml().contains("<provider_id>S4Backend</provider_id>"), "the provider name stays in the XML");

		assertEquals(List.of("VerifyAPIKey", "KeyValueMapOperations", "BasicAuthentication", "AssignMessage", "AccessControl",
				"ServiceCallout", "AssignMessage", "OAuthV2", "Quota", "SpikeArrest", "RaiseFault", "ExtractVariables",
				"Javascript", "FutureThing"), proxy.getPolicies().stream().map(Policy::getType).toList());
		assertEquals(List.of("Documentation/Orders_en.html", "FileResource/checkBody.js"),
				proxy.getResources().stream().map(ProxyResource::getPath).toList());
		assertFalse(proxy.getResources().get(1).isBinary());
		assertTrue(proxy.getResources().get(0).getContent().contains("Grüße"));
	}

	@Test
	void everyPolicyIsKeptVerbatimIncludingUnknownTypesAndElements() throws Exception {
		Path folder = Fixtures.copy("sap", temp);
		ApiProxy proxy = ProxyBundles.read(folder).proxy();
		for (Policy policy : proxy.getPolicies()) {
			String file = Files.readString(folder.resolve("APIProxy/Policy/" + policy.getName() + ".xml"));
			assertEquals(file, policy.getXml(), policy.getName());
		}
		Policy future = proxy.getPolicies().stream().filter(p -> p.getName().equals("future")).findFirst().orElseThrow();
		assertTrue(future.getXml().contains("<![CDATA[ raw <text> ]]>"));
	}

	@Test
	void anUnchangedProxyGoesOutByteForByteAsFolderAndAsZip() throws Exception {
		Path folder = Fixtures.copy("sap", temp);
		ApiProxy first = ProxyBundles.read(folder).proxy();
		Path outFolder = temp.resolve("out/SalesOrders");
		ProxyBundles.write(first, outFolder);
		Map<String, byte[]> original = Fixtures.files(folder);
		Map<String, byte[]> written = Fixtures.files(outFolder);
		assertEquals(original.keySet(), written.keySet());
		original.forEach((path, bytes) -> assertArrayEquals(bytes, written.get(path), path));
		assertEquals(ModelText.of(first), ModelText.of(ProxyBundles.read(outFolder).proxy()));

		Path zip = temp.resolve("out/SalesOrders.zip");
		ProxyBundles.write(first, zip);
		BundleImport again = ProxyBundles.read(zip);
		assertEquals(List.of(), again.problems());
		assertEquals(ModelText.of(first), ModelText.of(again.proxy()));
	}

	@Test
	void editedFlowsAreWrittenIntoTheKeptXmlAndReadBackTheSame() throws Exception {
		ApiProxy proxy = ProxyBundles.read(Fixtures.copy("sap", temp)).proxy();
		ProxyEndpoint endpoint = proxy.getProxyEndpoints().get(0);
		org.eclipse.emf.common.util.EList<Step> pre = endpoint.getPreFlow().getRequestSteps();
		pre.move(0, 1); // checkKey before allowOffice
		pre.get(0).setSequence(1);
		pre.get(1).setSequence(2);
		Policy token = proxy.getPolicies().stream().filter(p -> p.getName().equals("verifyToken")).findFirst().orElseThrow();
		Step step = LandscapeFactory.eINSTANCE.createStep();
		step.setPolicy(token);
		step.setCondition("request.header.Authorization != null");
		step.setSequence(1);
		endpoint.getConditionalFlows().get(1).getResponseSteps().add(step);
		endpoint.getConditionalFlows().get(0).setCondition("request.verb = \"POST\"");
		Flow added = LandscapeFactory.eINSTANCE.createFlow();
		added.setKind(FlowKind.CONDITIONAL);
		added.setName("health");
		added.setCondition("proxy.pathsuffix = \"/health\"");
		endpoint.getConditionalFlows().add(added);
		proxy.setTitle("Sales Orders v2");

		Path out = temp.resolve("edited");
		ProxyBundles.write(proxy, out);
		BundleImport back = ProxyBundles.read(out);
		assertEquals(List.of(), back.problems());
		assertEquals(ModelText.withoutKeptXml(proxy), ModelText.withoutKeptXml(back.proxy()));
		Path again = temp.resolve("again");
		ProxyBundles.write(back.proxy(), again);
		assertEquals(ModelText.of(back.proxy()), ModelText.of(ProxyBundles.read(again).proxy()), "stable once written");
		String xml = Files.readString(out.resolve("APIProxy/APIProxyEndPoint/default.xml"));
		assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<ProxyEndPoint default=\"true\""), xml);
		assertTrue(xml.endsWith("</ProxyEndPoint>\n"), "the kept file's start and end stay");
		assertTrue(xml.contains("<unknownFlowElement keep=\"yes\">still here</unknownFlowElement>"), xml);
		assertTrue(xml.contains("<readOnly>true</readOnly>"), "elements of a flow the model does not know stay");
		assertTrue(xml.contains("<routeRules>"));
		String descriptor = Files.readString(out.resolve("APIProxy/SalesOrders.xml"), StandardCharsets.UTF_8);
		assertTrue(descriptor.contains("<title>Sales Orders v2</title>"));
		assertTrue(descriptor.contains("<customAttribute name=\"team\">orders</customAttribute>"));
		assertTrue(descriptor.contains("<apiResourceName>Orders</apiResourceName>"));
	}

	@Test
	void aNewPolicyAndAResourceAreListedAndWritten() throws Exception {
		ApiProxy proxy = ProxyBundles.read(Fixtures.copy("sap", temp)).proxy();
		Policy policy = LandscapeFactory.eINSTANCE.createPolicy();
		policy.setName("cors");
		policy.setType("AssignMessage");
		policy.setXml("<AssignMessage xmlns=\"http://www.sap.com/apimgmt\"/>\n");
		proxy.getPolicies().add(policy);
		ProxyResource binary = LandscapeFactory.eINSTANCE.createProxyResource();
		binary.setPath("FileResource/logo.bin");
		binary.setBinary(true);
		binary.setContent(java.util.Base64.getEncoder().encodeToString(new byte[] { 0, (byte) 0xff, 1, 2 }));
		proxy.getResources().add(binary);
		Path out = temp.resolve("added.zip");
		ProxyBundles.write(proxy, out);
		ApiProxy back = ProxyBundles.read(out).proxy();
		assertEquals(ModelText.withoutKeptXml(proxy), ModelText.withoutKeptXml(back));
		assertEquals("cors", back.getPolicies().get(back.getPolicies().size() - 1).getName());
		assertTrue(back.getDescriptor().contains("<policy type=\"AssignMessage\">cors</policy>"), back.getDescriptor());
	}
}
