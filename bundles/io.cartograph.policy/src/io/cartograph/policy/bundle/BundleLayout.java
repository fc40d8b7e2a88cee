package io.cartograph.policy.bundle;

import io.cartograph.model.landscape.ProxyBundleFormat;

/**
 * Where a layout keeps its files and what it calls the flow elements. SAP exports the Apigee
 * vocabulary in lower camel case, with the step list wrapped in {@code steps}, names as child
 * elements and explicit sequence numbers; Apigee uses attributes for names.
 */
enum BundleLayout {

	SAP(ProxyBundleFormat.SAP, "APIProxy", "APIProxyEndPoint", "APITargetEndPoint", "Policy",
			"preFlow", "postFlow", "conditionalFlows", "conditionalFlow", "conditions",
			"request", "response", "steps", "step", "policy_name", "condition"),
	APIGEE(ProxyBundleFormat.APIGEE, "apiproxy", "proxies", "targets", "policies",
			"PreFlow", "PostFlow", "Flows", "Flow", "Condition",
			"Request", "Response", null, "Step", "Name", "Condition");

	final ProxyBundleFormat format;
	final String root;
	final String proxyFolder;
	final String targetFolder;
	final String policyFolder;
	final String preFlow;
	final String postFlow;
	final String flows;
	final String flow;
	final String flowCondition;
	final String request;
	final String response;
	/** The element around the steps of a request or response; null when steps sit directly inside. */
	final String steps;
	final String step;
	final String stepPolicy;
	final String stepCondition;

	BundleLayout(ProxyBundleFormat format, String root, String proxyFolder, String targetFolder, String policyFolder,
			String preFlow, String postFlow, String flows, String flow, String flowCondition, String request,
			String response, String steps, String step, String stepPolicy, String stepCondition) {
		this.format = format;
		this.root = root;
		this.proxyFolder = proxyFolder;
		this.targetFolder = targetFolder;
		this.policyFolder = policyFolder;
		this.preFlow = preFlow;
		this.postFlow = postFlow;
		this.flows = flows;
		this.flow = flow;
		this.flowCondition = flowCondition;
		this.request = request;
		this.response = response;
		this.steps = steps;
		this.step = step;
		this.stepPolicy = stepPolicy;
		this.stepCondition = stepCondition;
	}

	static BundleLayout of(ProxyBundleFormat format) {
		return format == ProxyBundleFormat.APIGEE ? APIGEE : SAP;
	}

	static BundleLayout ofRoot(String folder) {
		for (BundleLayout layout : values()) {
			if (layout.root.equals(folder)) {
				return layout;
			}
		}
		return null;
	}
}
