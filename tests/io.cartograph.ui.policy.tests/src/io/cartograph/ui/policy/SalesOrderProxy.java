package io.cartograph.ui.policy;

import org.eclipse.emf.ecore.EObject;

import io.cartograph.core.model.Identities;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.Flow;
import io.cartograph.model.landscape.FlowKind;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.Policy;
import io.cartograph.model.landscape.ProxyBundleFormat;
import io.cartograph.model.landscape.ProxyEndpoint;
import io.cartograph.model.landscape.Step;
import io.cartograph.model.landscape.TargetEndpoint;

/** Our test proxy: API key, credentials from a key value map, Basic authentication, CSRF for writes. */
public final class SalesOrderProxy {

	public static final String VERIFY_KEY = """
			<VerifyAPIKey async="false" continueOnError="false" enabled="true" xmlns="http://www.sap.com/apimgmt">
				<APIKey ref="request.header.APIKey"/>
			</VerifyAPIKey>
			""";

	public final ApiProxy proxy = create(LandscapePackage.Literals.API_PROXY, ApiProxy.class);
	public final Policy verifyKey = policy("verifyKey", "VerifyAPIKey", VERIFY_KEY);
	public final Policy readCredentials = policy("readCredentials", "KeyValueMapOperations", """
			<KeyValueMapOperations mapIdentifier="salesCredentials" xmlns="http://www.sap.com/apimgmt">
				<Get assignTo="private.user" index="1"><Key><Parameter>user</Parameter></Key></Get>
				<Scope>environment</Scope>
			</KeyValueMapOperations>
			""");
	public final Policy encodeBasic = policy("encodeBasic", "BasicAuthentication", """
			<BasicAuthentication xmlns="http://www.sap.com/apimgmt">
				<Operation>Encode</Operation>
				<User ref="private.user"/>
				<Password ref="private.password"/>
				<AssignTo createNew="false">request.header.Authorization</AssignTo>
			</BasicAuthentication>
			""");
	public final Policy fetchCsrf = policy("fetchCsrf", "ServiceCallout", "<ServiceCallout xmlns=\"http://www.sap.com/apimgmt\"/>");
	public final Flow preFlow;
	public final Flow writes;

	public SalesOrderProxy(LandscapeModel model) {
		proxy.setName("SalesOrders");
		proxy.setBasePath("/sales/orders");
		proxy.setBundleFormat(ProxyBundleFormat.SAP);
		ProxyEndpoint endpoint = create(LandscapePackage.Literals.PROXY_ENDPOINT, ProxyEndpoint.class);
		endpoint.setName("default");
		preFlow = flow("PreFlow", FlowKind.PRE_FLOW, null);
		step(preFlow, verifyKey, 1, null);
		step(preFlow, readCredentials, 2, null);
		step(preFlow, encodeBasic, 3, null);
		endpoint.setPreFlow(preFlow);
		writes = flow("writes", FlowKind.CONDITIONAL, "request.verb = \"POST\" OR request.verb = \"PUT\"");
		endpoint.getConditionalFlows().add(writes);
		endpoint.setPostFlow(flow("PostFlow", FlowKind.POST_FLOW, null));
		proxy.getProxyEndpoints().add(endpoint);
		TargetEndpoint target = create(LandscapePackage.Literals.TARGET_ENDPOINT, TargetEndpoint.class);
		target.setName("default");
		target.setUrl("https://erp.example.com/sap/opu/odata/sap/API_SALES_ORDER_SRV");
		Flow targetPre = flow("PreFlow", FlowKind.PRE_FLOW, null);
		step(targetPre, fetchCsrf, 1, "request.verb != \"GET\"");
		target.setPreFlow(targetPre);
		proxy.getTargetEndpoints().add(target);
		proxy.getPolicies().add(verifyKey);
		proxy.getPolicies().add(readCredentials);
		proxy.getPolicies().add(encodeBasic);
		proxy.getPolicies().add(fetchCsrf);
		model.apiManagement().getProxies().add(proxy);
	}

	private static Policy policy(String name, String type, String xml) {
		Policy policy = create(LandscapePackage.Literals.POLICY, Policy.class);
		policy.setName(name);
		policy.setType(type);
		policy.setXml(xml);
		return policy;
	}

	private static Flow flow(String name, FlowKind kind, String condition) {
		Flow flow = create(LandscapePackage.Literals.FLOW, Flow.class);
		flow.setName(name);
		flow.setKind(kind);
		flow.setCondition(condition);
		return flow;
	}

	private static void step(Flow flow, Policy policy, int sequence, String condition) {
		Step step = create(LandscapePackage.Literals.STEP, Step.class);
		step.setPolicy(policy);
		step.setSequence(sequence);
		step.setCondition(condition);
		flow.getRequestSteps().add(step);
	}

	private static <T extends EObject> T create(org.eclipse.emf.ecore.EClass type, Class<T> javaType) {
		return Identities.create(type, javaType);
	}
}
