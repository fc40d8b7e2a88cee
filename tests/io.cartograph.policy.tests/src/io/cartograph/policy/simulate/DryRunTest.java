package io.cartograph.policy.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.ApiProduct;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.DeveloperApplication;
import io.cartograph.model.landscape.KeyValueEntry;
import io.cartograph.model.landscape.KeyValueMap;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.SecretReference;
import io.cartograph.model.landscape.TargetEndpoint;
import io.cartograph.policy.bundle.ProxyBundles;
import io.cartograph.policy.bundle.Fixtures;

class DryRunTest {

	private static final LandscapeFactory MODEL = LandscapeFactory.eINSTANCE;

	@TempDir
	Path temp;

	private ApiProxy orders;
	private final ApiManagement workspace = MODEL.createApiManagement();
	private final Map<String, String> secretStore = new HashMap<>();
	private final SecretValues secrets = reference -> Optional.ofNullable(secretStore.get(reference.getUuid()));
	private DeveloperApplication shop;
	private ApiProduct product;

	@BeforeEach
	void workspace() throws Exception {
		orders = ProxyBundles.read(Fixtures.copy("sap", temp)).proxy();
		workspace.getProxies().add(orders);
		product = MODEL.createApiProduct();
		product.setName("SalesProduct");
		product.getProxies().add(orders);
		workspace.getProducts().add(product);
		shop = MODEL.createDeveloperApplication();
		shop.setName("WebShop");
		shop.setApiKey(secret("key-webshop-123"));
		shop.getProducts().add(product);
		workspace.getApplications().add(shop);
		KeyValueMap credentials = MODEL.createKeyValueMap();
		credentials.setName("S4Credentials");
		credentials.getEntries().add(entry("username", "TECH_USER"));
		credentials.getEntries().add(entry("password", "s3cr3t-pass"));
		workspace.getKeyValueMaps().add(credentials);
		// the target's first step removes the Authorization header; take it out to see the Basic header reach the backend
		orders.getTargetEndpoints().get(0).getPreFlow().getRequestSteps().remove(0);
	}

	private SecretReference secret(String value) {
		SecretReference reference = MODEL.createSecretReference();
		reference.setUuid(java.util.UUID.randomUUID().toString());
		secretStore.put(reference.getUuid(), value);
		return reference;
	}

	private KeyValueEntry entry(String name, String value) {
		KeyValueEntry entry = MODEL.createKeyValueEntry();
		entry.setName(name);
		entry.setValue(secret(value));
		return entry;
	}

	private static SimulatedRequest request(String verb, String path, String apiKey, String ip) {
		return new SimulatedRequest(verb, path, apiKey == null ? Map.of() : Map.of("APIKey", apiKey), Map.of(), ip, null);
	}

	private static TraceStep step(Trace trace, String policy) {
		return trace.steps().stream().filter(s -> s.policy().equals(policy)).findFirst().orElseThrow(() -> new AssertionError(policy + " not in " + trace.describe()));
	}

	@Test
	void aGoodKeyFromTheOfficeReachesTheBackendWithBasicCredentialsHidden() {
		Trace trace = DryRun.run(orders, workspace, request("POST", "/v1/salesorders/Orders/42", "key-webshop-123", "10.20.30.7"), secrets);
		assertEquals(Optional.empty(), trace.fault(), trace.describe());
		SimulatedRequest backend = trace.backendRequest();
		assertEquals("POST", backend.verb());
		assertEquals("http://s4backend:443/sap/opu/odata/sap/API_SALES_ORDER_SRV/Orders/42", backend.path());
		assertEquals("(secret)", backend.headers().get("Authorization"));
		assertEquals("(secret)", backend.headers().get("APIKey"), "the client's key is a credential too");
		assertTrue(step(trace, "allowOffice").effects().get(0).contains("matches 10.20.30.0/24: ALLOW"));
		assertEquals(List.of("key belongs to application WebShop"), step(trace, "checkKey").effects());
		assertEquals("private.s4.username = (secret) (from S4Credentials/username)", step(trace, "readCredentials").effects().get(0));
		assertEquals(List.of("request.header.Authorization = (secret)"), step(trace, "encodeCredentials").effects());
		assertTrue(step(trace, "fetchCsrf").effects().get(0).startsWith("would call http://s4backend:443/"), trace.describe());
		assertEquals("condition true: request.verb = \"POST\" OR request.verb = \"PUT\" OR request.verb = \"DELETE\"", step(trace, "fetchCsrf").reason());
		assertEquals(List.of("not simulated: Javascript"), step(trace, "checkBody").effects());
		assertEquals(List.of("not simulated: FutureThing"), step(trace, "future").effects());
		assertTrue(step(trace, "quota").ran(), "the response PostFlow runs with status 200");
		String text = trace.describe();
		System.out.println(text); // the example in docs/policy-dry-run.md
		assertFalse(text.contains("s3cr3t-pass") || text.contains("TECH_USER") || text.contains("VEVDSF9VU0VS")
				|| text.contains("key-webshop-123"), text);
		assertTrue(text.contains("BACKEND POST http://s4backend:443/"), text);
	}

	@Test
	void aConditionalFlowWhoseConditionFailsIsNotEnteredAndAFalseStepConditionSkips() {
		Trace trace = DryRun.run(orders, workspace, request("GET", "/v1/salesorders/Orders", "key-webshop-123", "10.20.30.7"), secrets);
		assertTrue(trace.steps().stream().noneMatch(s -> s.policy().equals("fetchCsrf")), "changeOrder is for changes only");
		assertTrue(trace.fault().isEmpty(), trace.describe());
		TraceStep javascript = step(trace, "checkBody");
		assertFalse(javascript.ran());
		assertEquals("condition false: request.verb = \"POST\"", javascript.reason());
	}

	@Test
	void anUnknownKeyOrAnApplicationWithoutTheProductGets401() {
		Trace unknown = DryRun.run(orders, workspace, request("GET", "/v1/salesorders/Orders", "stolen", "10.20.30.7"), secrets);
		assertEquals(401, unknown.fault().orElseThrow().status());
		assertEquals("checkKey", unknown.fault().get().policy());
		assertNull(unknown.backendRequest());
		assertFalse(unknown.describe().contains("stolen"), "the key is not echoed");

		shop.getProducts().clear();
		Trace notSubscribed = DryRun.run(orders, workspace, request("GET", "/v1/salesorders/Orders", "key-webshop-123", "10.20.30.7"), secrets);
		assertEquals(401, notSubscribed.fault().orElseThrow().status());
		assertTrue(notSubscribed.fault().get().reason().contains("none of its products includes proxy SalesOrders"));

		Trace none = DryRun.run(orders, workspace, request("GET", "/v1/salesorders/Orders", null, "10.20.30.7"), secrets);
		assertEquals("no API key in request.header.APIKey", none.fault().orElseThrow().reason());
	}

	@Test
	void anAddressOutsideTheAllowlistGets403AndIpv6InsideTheRangePasses() {
		Trace blocked = DryRun.run(orders, workspace, request("GET", "/v1/salesorders/Orders", "key-webshop-123", "10.20.31.7"), secrets);
		assertEquals(new Fault(403, "client IP 10.20.31.7 is blocked", "allowOffice"), blocked.fault().orElseThrow());
		assertEquals(1, blocked.steps().size(), "nothing runs after the fault");
		Trace v6 = DryRun.run(orders, workspace, request("GET", "/v1/salesorders/Orders", "key-webshop-123", "2001:db8:1:0:ffff::1"), secrets);
		assertTrue(v6.fault().isEmpty(), v6.describe());
		Trace v6out = DryRun.run(orders, workspace, request("GET", "/v1/salesorders/Orders", "key-webshop-123", "2001:db8:2::1"), secrets);
		assertEquals(403, v6out.fault().orElseThrow().status());
	}

	@Test
	void aRaiseFaultInTheMatchingFlowStopsWithItsStatus() {
		Trace trace = DryRun.run(orders, workspace, request("GET", "/v1/salesorders/Customers", "key-webshop-123", "10.20.30.7"), secrets);
		assertEquals(new Fault(404, "Not Found", "notFound"), trace.fault().orElseThrow());
		assertEquals("unknownResource", step(trace, "notFound").flow());
	}

	@Test
	void apigeeTokensHeadersAndCallouts() throws Exception {
		ApiProxy inventory = ProxyBundles.read(Fixtures.copy("apigee", temp)).proxy();
		SimulatedRequest request = RequestFile.fromJson("""
				{"verb": "get", "path": "/inventory/stock/7", "query": {"audit": "true"}, "clientIp": "198.51.100.4",
				 "token": "tok-1", "validTokens": ["tok-1"]}""").request();
		Trace trace = DryRun.run(inventory, null, request, SecretValues.none(), Set.of("tok-1"));
		assertTrue(trace.fault().isEmpty(), trace.describe());
		assertEquals("cartograph", trace.backendRequest().headers().get("X-Source"));
		assertEquals("api", trace.backendRequest().query().get("channel"));
		assertEquals("https://stock.example.com/v2/stock/7", trace.backendRequest().path());
		assertEquals("(secret)", trace.backendRequest().headers().get("Authorization"), "the token is not echoed");
		assertEquals("would call https://audit.example.com/log (not called)", step(trace, "Callout-Audit").effects().get(0));
		assertEquals("response", step(trace, "JS-Mask").phase());

		Trace badToken = DryRun.run(inventory, null, request, SecretValues.none(), Set.of("other"));
		assertEquals(new Fault(401, "the access token is not valid (not in validTokens)", "Verify-Token"), badToken.fault().orElseThrow());

		SimulatedRequest blocked = new SimulatedRequest("GET", "/inventory/stock/7", Map.of("Authorization", "Bearer tok-1"), Map.of(), "203.0.113.9", null);
		assertEquals(403, DryRun.run(inventory, null, blocked, SecretValues.none(), Set.of("tok-1")).fault().orElseThrow().status());
	}

	@Test
	void routeRulesChooseTheTargetAndANullRouteReachesNoBackend() throws Exception {
		ApiProxy inventory = ProxyBundles.read(Fixtures.copy("apigee", temp)).proxy();
		TargetEndpoint archive = MODEL.createTargetEndpoint();
		archive.setName("archive");
		archive.setUrl("https://archive.example.com");
		inventory.getTargetEndpoints().add(archive);
		var endpoint = inventory.getProxyEndpoints().get(0);
		endpoint.setXml(endpoint.getXml().replace("<RouteRule name=\"default\">", """
				<RouteRule name="old">
				        <Condition>request.queryparam.year LesserThan 2020</Condition>
				        <TargetEndpoint>archive</TargetEndpoint>
				    </RouteRule>
				    <RouteRule name="ping">
				        <Condition>request.verb = "HEAD"</Condition>
				    </RouteRule>
				    <RouteRule name="default">"""));
		SimulatedRequest old = new SimulatedRequest("GET", "/inventory/stock/1", Map.of("Authorization", "Bearer t"),
				Map.of("year", "2019"), "198.51.100.1", null);
		Trace archived = DryRun.run(inventory, null, old, SecretValues.none(), Set.of("t"));
		assertEquals("https://archive.example.com/stock/1", archived.backendRequest().path(), archived.describe());
		assertEquals(List.of("to target endpoint archive"), step(archived, "old").effects());
		assertEquals("condition true: request.queryparam.year LesserThan 2020", step(archived, "old").reason());

		SimulatedRequest ping = new SimulatedRequest("HEAD", "/inventory/stock/1", Map.of("Authorization", "Bearer t"), Map.of(), "198.51.100.1", null);
		Trace nullRoute = DryRun.run(inventory, null, ping, SecretValues.none(), Set.of("t"));
		assertTrue(nullRoute.fault().isEmpty(), nullRoute.describe());
		assertNull(nullRoute.backendRequest(), "a rule without target sends nothing to a backend");
		assertTrue(step(nullRoute, "ping").effects().get(0).startsWith("no target"), nullRoute.describe());
		assertTrue(nullRoute.steps().stream().noneMatch(s -> s.policy().equals("Set-Source")), "the target flows do not run");
	}

	@Test
	void continueOnErrorTurnsTheFaultIntoANote() {
		var checkKey = orders.getPolicies().stream().filter(p -> p.getName().equals("checkKey")).findFirst().orElseThrow();
		checkKey.setXml(checkKey.getXml().replace("continueOnError='false'", "continueOnError='true'"));
		Trace trace = DryRun.run(orders, workspace, request("GET", "/v1/salesorders/Orders", "wrong", "10.20.30.7"), secrets);
		assertTrue(trace.fault().isEmpty(), trace.describe());
		assertNotNull(trace.backendRequest());
		assertEquals(List.of("fault 401 (the API key in request.header.APIKey belongs to no application of the workspace) ignored: continueOnError=\"true\""),
				step(trace, "checkKey").effects());
	}

	@Test
	void assignMessageRemovesTheAuthorizationHeaderAndExtractVariablesTakesThePath() throws Exception {
		ApiProxy fresh = ProxyBundles.read(Fixtures.copy("sap", temp.resolve("fresh"))).proxy();
		product.getProxies().add(fresh);
		fresh.getProxyEndpoints().get(0).getConditionalFlows().get(0).setCondition("request.verb = \"POST\"");
		Trace trace = DryRun.run(fresh, workspace, request("POST", "/v1/salesorders/Orders('4711')", "key-webshop-123", "10.20.30.7"), secrets);
		assertTrue(trace.fault().isEmpty(), trace.describe());
		assertEquals(List.of("header Authorization removed"), step(trace, "removeAuthorization").effects());
		assertNull(trace.backendRequest().headers().get("Authorization"), "removed in the target PreFlow");
		assertEquals(List.of("order.orderId = 4711"), step(trace, "orderId").effects());
		assertEquals(List.of("header x-csrf-token = ", "csrf.fetched = true"), step(trace, "setCsrf").effects());
	}

	@Test
	void theRequestFileGivesKeyTokenAndValidTokens() throws Exception {
		RequestFile file = RequestFile.fromJson("""
				{"verb": "post", "path": "/v1/x", "headers": {"Accept": "json"}, "query": {"a": "1"}, "clientIp": "::1",
				 "apiKey": "k", "token": "t", "validTokens": ["t", "u"], "body": "{}"}""");
		SimulatedRequest request = file.request();
		assertEquals("POST", request.verb());
		assertEquals(Map.of("Accept", "json", "APIKey", "k", "Authorization", "Bearer t"), request.headers());
		assertEquals(Map.of("a", "1"), request.query());
		assertEquals("::1", request.clientIp());
		assertEquals("{}", request.body());
		assertEquals(Set.of("t", "u"), file.validTokens());
	}
}
