package io.cartograph.core.sample;

import static io.cartograph.model.landscape.LandscapePackage.Literals.API_PRODUCT;
import static io.cartograph.model.landscape.LandscapePackage.Literals.API_PROVIDER;
import static io.cartograph.model.landscape.LandscapePackage.Literals.API_PROXY;
import static io.cartograph.model.landscape.LandscapePackage.Literals.DEVELOPER_APPLICATION;
import static io.cartograph.model.landscape.LandscapePackage.Literals.FLOW;
import static io.cartograph.model.landscape.LandscapePackage.Literals.KEY_VALUE_ENTRY;
import static io.cartograph.model.landscape.LandscapePackage.Literals.KEY_VALUE_MAP;
import static io.cartograph.model.landscape.LandscapePackage.Literals.POLICY;
import static io.cartograph.model.landscape.LandscapePackage.Literals.PROXY_ENDPOINT;
import static io.cartograph.model.landscape.LandscapePackage.Literals.STEP;
import static io.cartograph.model.landscape.LandscapePackage.Literals.TARGET_ENDPOINT;

import java.util.List;

import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.ApiProduct;
import io.cartograph.model.landscape.ApiProvider;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.DeveloperApplication;
import io.cartograph.model.landscape.Flow;
import io.cartograph.model.landscape.FlowKind;
import io.cartograph.model.landscape.KeyValueEntry;
import io.cartograph.model.landscape.KeyValueMap;
import io.cartograph.model.landscape.Policy;
import io.cartograph.model.landscape.ProxyEndpoint;
import io.cartograph.model.landscape.Step;
import io.cartograph.model.landscape.TargetEndpoint;

/**
 * One on-premise API provider (S/4HANA behind the Cloud Connector) and one API proxy in front of
 * its sales order OData service: API key check, IP allowlist, backend credentials from an
 * encrypted key value map, basic authentication towards the backend, and a CSRF token fetched
 * before writes. Credentials appear only as key value map references.
 */
final class SampleApiManagement {

	/** The mutating verbs of the sample's OData service. */
	private static final String WRITES = "request.verb = \"POST\" OR request.verb = \"PUT\" OR request.verb = \"PATCH\""
			+ " OR request.verb = \"DELETE\"";

	private SampleApiManagement() {
	}

	static void fill(Sample sample) {
		ApiManagement apim = sample.model.apiManagement();
		ApiProvider provider = sample.create(API_PROVIDER, ApiProvider.class);
		provider.setName("S4HANA_OnPremise");
		provider.setDescription("S/4HANA production, reached through the Cloud Connector");
		provider.setVirtualHost("s4p-virtual");
		provider.setPort(443);
		provider.setLocationId("ACME_PRD");
		provider.setCatalogPathPrefix("/sap/opu/odata");
		provider.setServiceCollectionUrl("/sap/opu/odata/IWFND/CATALOGSERVICE;v=2/ServiceCollection");
		apim.getProviders().add(provider);

		KeyValueMap credentials = sample.create(KEY_VALUE_MAP, KeyValueMap.class);
		credentials.setName("s4-backend");
		credentials.setScope("ENV");
		credentials.setEncrypted(true);
		credentials.getEntries().add(entry(sample, "user", "technical user of the sales order API"));
		credentials.getEntries().add(entry(sample, "password", "password of the technical user"));
		apim.getKeyValueMaps().add(credentials);

		ApiProxy proxy = sample.create(API_PROXY, ApiProxy.class);
		proxy.setName("SalesOrder_API");
		proxy.setTitle("Sales orders (S/4HANA)");
		proxy.setVersion("v1");
		proxy.setBasePath("/s4/salesorder/v1");
		proxy.setProvider(provider);
		proxy.setService("API_SALES_ORDER_SRV");
		Policy verifyKey = policy(sample, proxy, "VerifyKey", "VerifyAPIKey", SamplePolicies.VERIFY_API_KEY);
		Policy allowlist = policy(sample, proxy, "AllowCallers", "AccessControl", SamplePolicies.ACCESS_CONTROL);
		Policy readCredentials = policy(sample, proxy, "ReadBackendCredentials", "KeyValueMapOperations", SamplePolicies.KEY_VALUE_MAP);
		Policy backendAuth = policy(sample, proxy, "BackendBasicAuth", "BasicAuthentication", SamplePolicies.BASIC_AUTHENTICATION);
		Policy fetchToken = policy(sample, proxy, "FetchCsrfToken", "ServiceCallout", SamplePolicies.SERVICE_CALLOUT);
		Policy setToken = policy(sample, proxy, "SetCsrfToken", "AssignMessage", SamplePolicies.SET_CSRF_TOKEN);
		Policy stripHeaders = policy(sample, proxy, "RemoveBackendHeaders", "AssignMessage", SamplePolicies.REMOVE_HEADERS);

		ProxyEndpoint endpoint = sample.create(PROXY_ENDPOINT, ProxyEndpoint.class);
		endpoint.setName("default");
		endpoint.setBasePath(proxy.getBasePath());
		endpoint.setVirtualHost("default");
		endpoint.setPreFlow(flow(sample, "PreFlow", FlowKind.PRE_FLOW, null, List.of(verifyKey, allowlist), List.of()));
		endpoint.getConditionalFlows().add(flow(sample, "Writes", FlowKind.CONDITIONAL, WRITES, List.of(), List.of()));
		endpoint.setPostFlow(flow(sample, "PostFlow", FlowKind.POST_FLOW, null, List.of(), List.of(stripHeaders)));
		proxy.getProxyEndpoints().add(endpoint);

		TargetEndpoint target = sample.create(TARGET_ENDPOINT, TargetEndpoint.class);
		target.setName("default");
		target.setProvider(provider);
		target.setUrl("https://s4p-virtual:443/sap/opu/odata/sap/API_SALES_ORDER_SRV");
		target.setPreFlow(flow(sample, "PreFlow", FlowKind.PRE_FLOW, null, List.of(readCredentials, backendAuth), List.of()));
		// Only writes need the CSRF token; reads would pay an extra backend call for nothing.
		Flow writes = flow(sample, "FetchTokenForWrites", FlowKind.CONDITIONAL, WRITES, List.of(fetchToken, setToken), List.of());
		writes.getRequestSteps().forEach(step -> step.setCondition(WRITES));
		target.getConditionalFlows().add(writes);
		proxy.getTargetEndpoints().add(target);
		apim.getProxies().add(proxy);

		ApiProduct product = sample.create(API_PRODUCT, ApiProduct.class);
		product.setName("Sales");
		product.setTitle("Sales APIs");
		product.setDescription("Order APIs for the web shop and partners");
		product.getProxies().add(proxy);
		product.getScopes().addAll(List.of("salesorder.read", "salesorder.write"));
		apim.getProducts().add(product);

		DeveloperApplication application = sample.create(DEVELOPER_APPLICATION, DeveloperApplication.class);
		application.setName("Web Shop Backend");
		application.setDeveloperEmail("shop-team@acme.example");
		application.setCallbackUrl("https://shop.acme.example/callback");
		application.getProducts().add(product);
		application.setApiKey(SampleDataSources.secret(sample, "API key of the web shop backend"));
		apim.getApplications().add(application);
	}

	private static KeyValueEntry entry(Sample sample, String key, String purpose) {
		KeyValueEntry entry = sample.create(KEY_VALUE_ENTRY, KeyValueEntry.class);
		entry.setName(key);
		entry.setValue(SampleDataSources.secret(sample, purpose));
		return entry;
	}

	private static Policy policy(Sample sample, ApiProxy proxy, String name, String type, String xml) {
		Policy policy = sample.create(POLICY, Policy.class);
		policy.setName(name);
		policy.setType(type);
		policy.setXml(xml);
		proxy.getPolicies().add(policy);
		return policy;
	}

	private static Flow flow(Sample sample, String name, FlowKind kind, String condition, List<Policy> request, List<Policy> response) {
		Flow flow = sample.create(FLOW, Flow.class);
		flow.setName(name);
		flow.setKind(kind);
		flow.setCondition(condition);
		int sequence = 1;
		for (Policy policy : request) {
			flow.getRequestSteps().add(step(sample, policy, sequence++));
		}
		for (Policy policy : response) {
			flow.getResponseSteps().add(step(sample, policy, sequence++));
		}
		return flow;
	}

	private static Step step(Sample sample, Policy policy, int sequence) {
		Step step = sample.create(STEP, Step.class);
		step.setPolicy(policy);
		step.setSequence(sequence);
		return step;
	}
}
