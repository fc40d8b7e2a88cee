package io.cartograph.core.validation;

import static io.cartograph.model.landscape.LandscapePackage.Literals.END_TO_END_INTEGRATION__INTERFACES;
import static io.cartograph.model.landscape.LandscapePackage.Literals.END_TO_END_INTEGRATION__RECEIVER;
import static io.cartograph.model.landscape.LandscapePackage.Literals.END_TO_END_INTEGRATION__SENDER;

import java.util.List;

import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeSystem;

/**
 * An end-to-end integration should read as one flow: it starts where its first interface starts,
 * ends where its last one ends, and each interface hands over to the next (the receiver of one
 * is the sender of the next). Warnings, each saying what to change; a system that is not set on
 * either side is not judged (the To-do list asks for it).
 */
final class IntegrationFlowRules {

	private IntegrationFlowRules() {
	}

	static void check(EndToEndIntegration integration, Findings findings) {
		List<Interface> steps = integration.getInterfaces();
		if (steps.isEmpty()) {
			return;
		}
		String label = ObjectLabels.label(integration);
		Interface first = steps.get(0);
		Interface last = steps.get(steps.size() - 1);
		if (differ(integration.getSender(), first.getSender())) {
			findings.report(Check.INTEGRATION_FLOW, integration, END_TO_END_INTEGRATION__SENDER, label + " starts at "
					+ name(integration.getSender()) + ", but its first interface " + ObjectLabels.label(first) + " is sent by "
					+ name(first.getSender()) + ". Set the sender to " + name(first.getSender())
					+ ", or put first the interface that " + name(integration.getSender()) + " sends.");
		}
		if (differ(integration.getReceiver(), last.getReceiver())) {
			findings.report(Check.INTEGRATION_FLOW, integration, END_TO_END_INTEGRATION__RECEIVER, label + " ends at "
					+ name(integration.getReceiver()) + ", but its last interface " + ObjectLabels.label(last) + " is received by "
					+ name(last.getReceiver()) + ". Set the receiver to " + name(last.getReceiver())
					+ ", or put last the interface that " + name(integration.getReceiver()) + " receives.");
		}
		for (int i = 0; i + 1 < steps.size(); i++) {
			Interface from = steps.get(i);
			Interface to = steps.get(i + 1);
			if (differ(from.getReceiver(), to.getSender())) {
				findings.report(Check.INTEGRATION_FLOW, integration, END_TO_END_INTEGRATION__INTERFACES, label + ": interface "
						+ (i + 1) + " " + ObjectLabels.label(from) + " delivers to " + name(from.getReceiver()) + ", but interface "
						+ (i + 2) + " " + ObjectLabels.label(to) + " is sent by " + name(to.getSender())
						+ ": the flow breaks there. Reorder the interfaces, add the one in between, or correct their systems.");
			}
		}
	}

	/** Both set and not the same system. */
	private static boolean differ(LandscapeSystem a, LandscapeSystem b) {
		return a != null && b != null && a != b;
	}

	private static String name(LandscapeSystem system) {
		return "'" + system.getName() + "'";
	}
}
