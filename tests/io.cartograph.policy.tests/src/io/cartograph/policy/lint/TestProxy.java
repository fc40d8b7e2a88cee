package io.cartograph.policy.lint;

import java.util.UUID;

import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.Flow;
import io.cartograph.model.landscape.FlowKind;
import io.cartograph.model.landscape.KeyValueMap;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.Policy;
import io.cartograph.model.landscape.ProxyBundleFormat;
import io.cartograph.model.landscape.ProxyEndpoint;
import io.cartograph.model.landscape.Step;
import io.cartograph.model.landscape.TargetEndpoint;
import io.cartograph.policy.types.TypedPolicy;

/** Builds small proxies in the model for lint tests, the way the bundle reader would. */
final class TestProxy {

	static final LandscapeFactory MODEL = LandscapeFactory.eINSTANCE;

	final ApiProxy proxy = MODEL.createApiProxy();
	final ProxyEndpoint endpoint = MODEL.createProxyEndpoint();
	final TargetEndpoint target = MODEL.createTargetEndpoint();

	TestProxy() {
		proxy.setUuid(id());
		proxy.setName("orders");
		proxy.setBundleFormat(ProxyBundleFormat.SAP);
		endpoint.setUuid(id());
		endpoint.setName("default");
		endpoint.setPreFlow(flow(FlowKind.PRE_FLOW, "PreFlow", null));
		endpoint.setPostFlow(flow(FlowKind.POST_FLOW, "PostFlow", null));
		proxy.getProxyEndpoints().add(endpoint);
		target.setUuid(id());
		target.setName("default");
		target.setPreFlow(flow(FlowKind.PRE_FLOW, "PreFlow", null));
		target.setPostFlow(flow(FlowKind.POST_FLOW, "PostFlow", null));
		proxy.getTargetEndpoints().add(target);
	}

	static String id() {
		return UUID.randomUUID().toString();
	}

	static Flow flow(FlowKind kind, String name, String condition) {
		Flow flow = MODEL.createFlow();
		flow.setUuid(id());
		flow.setKind(kind);
		flow.setName(name);
		flow.setCondition(condition);
		return flow;
	}

	/** A policy whose type is its root element's name (SAP namespace added when there is none). */
	TestProxy policy(String name, String xml) {
		Policy policy = MODEL.createPolicy();
		policy.setUuid(id());
		policy.setName(name);
		policy.setXml(xml);
		policy.setType(TypedPolicy.parse("x", null, xml).type());
		proxy.getPolicies().add(policy);
		return this;
	}

	Policy policy(String name) {
		return proxy.getPolicies().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
	}

	/** Steps (policy names) appended to the ProxyEndpoint PreFlow request; a missing name gets a placeholder. */
	TestProxy pre(String... names) {
		for (String name : names) {
			endpoint.getPreFlow().getRequestSteps().add(step(name, null));
		}
		return this;
	}

	TestProxy preWhen(String name, String condition) {
		endpoint.getPreFlow().getRequestSteps().add(step(name, condition));
		return this;
	}

	TestProxy targetPre(String... names) {
		for (String name : names) {
			target.getPreFlow().getRequestSteps().add(step(name, null));
		}
		return this;
	}

	TestProxy conditional(String flowName, String condition, String... names) {
		Flow flow = flow(FlowKind.CONDITIONAL, flowName, condition);
		for (String name : names) {
			flow.getRequestSteps().add(step(name, null));
		}
		endpoint.getConditionalFlows().add(flow);
		return this;
	}

	Step step(String name, String condition) {
		Step step = MODEL.createStep();
		step.setUuid(id());
		step.setCondition(condition);
		Policy policy = proxy.getPolicies().stream().filter(p -> p.getName().equals(name)).findFirst().orElse(null);
		if (policy == null) { // as the bundle reader does: a placeholder without XML keeps the name
			policy = MODEL.createPolicy();
			policy.setUuid(id());
			policy.setName(name);
			proxy.getPolicies().add(policy);
		}
		step.setPolicy(policy);
		return step;
	}

	static ApiManagement workspace(String... kvms) {
		ApiManagement workspace = MODEL.createApiManagement();
		workspace.setUuid(id());
		for (String name : kvms) {
			KeyValueMap map = MODEL.createKeyValueMap();
			map.setUuid(id());
			map.setName(name);
			map.setScope("environment");
			workspace.getKeyValueMaps().add(map);
		}
		return workspace;
	}
}
