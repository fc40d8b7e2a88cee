package io.cartograph.ui.policy.flow;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;

import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.Endpoint;
import io.cartograph.model.landscape.Flow;
import io.cartograph.model.landscape.FlowKind;
import io.cartograph.model.landscape.ProxyEndpoint;

/** The proxy's endpoints (proxy endpoints first) and below each its PreFlow, conditional flows and PostFlow. */
final class FlowTree {

	private FlowTree() {
	}

	static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			ApiProxy proxy = (ApiProxy) input;
			List<Endpoint> endpoints = new ArrayList<>(proxy.getProxyEndpoints());
			endpoints.addAll(proxy.getTargetEndpoints());
			return endpoints.toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof Endpoint endpoint ? flowsOf(endpoint).toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof Flow flow ? flow.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Endpoint endpoint && !flowsOf(endpoint).isEmpty();
		}
	}

	static List<Flow> flowsOf(Endpoint endpoint) {
		List<Flow> flows = new ArrayList<>();
		if (endpoint.getPreFlow() != null) {
			flows.add(endpoint.getPreFlow());
		}
		flows.addAll(endpoint.getConditionalFlows());
		if (endpoint.getPostFlow() != null) {
			flows.add(endpoint.getPostFlow());
		}
		return flows;
	}

	static final class Labels extends LabelProvider {

		@Override
		public String getText(Object element) {
			if (element instanceof Endpoint endpoint) {
				return (endpoint instanceof ProxyEndpoint ? "ProxyEndpoint " : "TargetEndpoint ") + orEmpty(endpoint.getName());
			}
			if (element instanceof Flow flow) {
				return label(flow);
			}
			return String.valueOf(element);
		}
	}

	static String label(Flow flow) {
		if (flow.getKind() == FlowKind.PRE_FLOW) {
			return "PreFlow";
		}
		if (flow.getKind() == FlowKind.POST_FLOW) {
			return "PostFlow";
		}
		return "Flow " + orEmpty(flow.getName());
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
