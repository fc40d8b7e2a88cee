package io.cartograph.policy.types;

import static io.cartograph.policy.types.Spec.el;
import static io.cartograph.policy.types.Spec.ref;
import static io.cartograph.policy.types.Spec.root;

import java.util.List;

/** Policies that limit traffic or end a request with a fault. */
final class TrafficTypes {

	private TrafficTypes() {
	}

	static List<PolicyType> all() {
		return List.of(quota(), spikeArrest(), raiseFault());
	}

	private static Spec allow() {
		return el("Allow", "How many requests are allowed per interval.").text(ValueType.STRING)
				.attr("count", ValueType.INTEGER, "The number of requests.")
				.attr("countRef", ValueType.VARIABLE_REF, "A variable giving the number (e.g. from the API product).");
	}

	private static Spec interval() {
		return ref("Interval", "How many time units make one interval.");
	}

	private static Spec timeUnit() {
		return el("TimeUnit", "The unit of the interval.").oneOf("second", "minute", "hour", "day", "week", "month")
				.attr("ref", ValueType.VARIABLE_REF, "A variable giving the unit.");
	}

	private static PolicyType quota() {
		return new PolicyType("Quota", root("Quota", "Counts requests per interval and rejects those over the limit.")
				.enumAttr("type", "How intervals are counted.", "calendar", "rollingwindow", "flexi", "default")
				.children(allow(), interval(), timeUnit(),
						el("StartTime", "calendar quotas: when counting starts (yyyy-MM-dd HH:mm:ss).").text(ValueType.STRING),
						el("Distributed", "true counts across all message processors.").text(ValueType.BOOLEAN),
						el("Synchronous", "true updates the shared counter on every request.").text(ValueType.BOOLEAN),
						el("AsynchronousConfiguration", "How often an asynchronous counter is synchronised.").children(
								el("SyncIntervalInSeconds", "Seconds between synchronisations.").text(ValueType.INTEGER),
								el("SyncMessageCount", "Requests between synchronisations.").text(ValueType.INTEGER)),
						ref("Identifier", "Counts separately per value of this variable (e.g. client_id)."),
						ref("MessageWeight", "How much one request counts."),
						el("UseQuotaConfigInAPIProduct", "Takes the limits from the API product.")
								.attr("stepName", ValueType.STRING, "The VerifyAPIKey or OAuthV2 step that found the product.")
								.children(el("DefaultConfig", "Limits used when the product has none.")
										.children(allow(), interval(), timeUnit())))
				.build(), "Rate limit per interval (calendar, rolling window or flexi).");
	}

	private static PolicyType spikeArrest() {
		return new PolicyType("SpikeArrest", root("SpikeArrest", "Smooths traffic: rejects requests arriving too fast.")
				.children(el("Rate", "The rate, e.g. 30ps or 100pm.").required().text(ValueType.RATE)
						.attr("ref", ValueType.VARIABLE_REF, "A variable giving the rate."),
						ref("Identifier", "Counts separately per value of this variable."),
						ref("MessageWeight", "How much one request counts."),
						el("UseEffectiveCount", "true counts across message processors.").text(ValueType.BOOLEAN))
				.build(), "Protects backends against traffic spikes (429 when exceeded).");
	}

	private static PolicyType raiseFault() {
		return new PolicyType("RaiseFault", root("RaiseFault", "Stops the flow and returns a fault response.")
				.children(el("FaultResponse", "The response returned to the client.").children(Spec.messageChanges()),
						Spec.ignoreUnresolved(),
						el("ShortFaultReason", "true keeps only the short reason in the fault.").text(ValueType.BOOLEAN))
				.build(), "Ends the request with a chosen error response.");
	}
}
