package io.cartograph.policy.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.Policy;
import io.cartograph.model.landscape.ProxyBundleFormat;
import io.cartograph.model.landscape.ProxyEndpoint;

class ApigeeBundleTest {

	@TempDir
	Path temp;

	@Test
	void readsTheApigeeLayout() throws Exception {
		BundleImport read = ProxyBundles.read(Fixtures.copy("apigee", temp));
		ApiProxy proxy = read.proxy();
		assertEquals(List.of(), read.problems());
		assertEquals(ProxyBundleFormat.APIGEE, proxy.getBundleFormat());
		assertEquals("inventory", proxy.getName());
		assertEquals("Inventory", proxy.getTitle());
		assertEquals("3", proxy.getVersion());
		assertEquals("/inventory", proxy.getBasePath());
		ProxyEndpoint endpoint = proxy.getProxyEndpoints().get(0);
		assertEquals("secure", endpoint.getVirtualHost());
		assertEquals(List.of("Verify-Token", "Check-IP"),
				endpoint.getPreFlow().getRequestSteps().stream().map(s -> s.getPolicy().getName()).toList());
		assertEquals("(proxy.pathsuffix MatchesPath \"/stock/*\") and (request.verb = \"GET\")",
				endpoint.getConditionalFlows().get(0).getCondition());
		assertEquals("request.queryparam.audit = \"true\"", endpoint.getConditionalFlows().get(0).getRequestSteps().get(0).getCondition());
		assertEquals("JS-Mask", endpoint.getConditionalFlows().get(0).getResponseSteps().get(0).getPolicy().getName());
		assertEquals("https://stock.example.com/v2", proxy.getTargetEndpoints().get(0).getUrl());
		assertEquals(List.of("OAuthV2", "AccessControl", "AssignMessage", "ServiceCallout", "Javascript"),
				proxy.getPolicies().stream().map(Policy::getType).toList());
		assertEquals("resources/jsc/mask.js", proxy.getResources().get(0).getPath());
	}

	@Test
	void roundTripsAsFolderAndZipWithIdenticalFiles() throws Exception {
		Path folder = Fixtures.copy("apigee", temp);
		ApiProxy first = ProxyBundles.read(folder).proxy();
		Path zip = temp.resolve("inventory.zip");
		ProxyBundles.write(first, zip);
		ApiProxy fromZip = ProxyBundles.read(zip).proxy();
		assertEquals(ModelText.of(first), ModelText.of(fromZip));
		Path out = temp.resolve("copy");
		ProxyBundles.write(fromZip, out);
		Map<String, byte[]> original = Fixtures.files(folder);
		Map<String, byte[]> written = Fixtures.files(out);
		assertEquals(original.keySet(), written.keySet());
		original.forEach((path, bytes) -> assertArrayEquals(bytes, written.get(path), path));
	}

	@Test
	void anEditedStepListIsWrittenInApigeeVocabulary() throws Exception {
		ApiProxy proxy = ProxyBundles.read(Fixtures.copy("apigee", temp)).proxy();
		ProxyEndpoint endpoint = proxy.getProxyEndpoints().get(0);
		endpoint.getPreFlow().getRequestSteps().move(0, 1);
		endpoint.getPreFlow().getRequestSteps().get(0).setCondition("client.ip != \"127.0.0.1\"");
		endpoint.setBasePath("/inventory/v2");
		proxy.setBasePath("/inventory/v2"); // the proxy shows its first endpoint's base path
		Path out = temp.resolve("edited");
		ProxyBundles.write(proxy, out);
		BundleImport back = ProxyBundles.read(out);
		assertEquals(List.of(), back.problems());
		assertEquals(ModelText.withoutKeptXml(proxy), ModelText.withoutKeptXml(back.proxy()));
		String xml = Files.readString(out.resolve("apiproxy/proxies/default.xml"));
		assertTrue(xml.contains("<Name>Check-IP</Name>"), xml);
		assertTrue(xml.contains("<BasePath>/inventory/v2</BasePath>"), xml);
		assertTrue(xml.contains("<RouteRule name=\"default\">"), xml);
		assertTrue(xml.indexOf("Check-IP") < xml.indexOf("Verify-Token"), xml);
	}
}
