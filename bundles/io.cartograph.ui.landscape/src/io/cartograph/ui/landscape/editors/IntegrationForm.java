package io.cartograph.ui.landscape.editors;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;

import java.util.List;

import io.cartograph.model.landscape.Interface;
import io.cartograph.ui.landscape.ObjectLabels;

/** An end-to-end integration: the business flow from a sender to a receiver, through interfaces in order. */
final class IntegrationForm {

	private IntegrationForm() {
	}

	static void fill(Form form) {
		var model = form.context().model();
		form.section("End-to-End Integration");
		form.text(NAMED__NAME);
		form.area(END_TO_END_INTEGRATION__DESCRIPTION);
		form.reference(END_TO_END_INTEGRATION__SENDER, "Sender System", () -> Candidates.systems(model));
		form.reference(END_TO_END_INTEGRATION__RECEIVER, "Receiver System", () -> Candidates.systems(model));
		form.check(END_TO_END_INTEGRATION__PROPOSAL, "Proposal (not confirmed)");
		form.area(END_TO_END_INTEGRATION__EVIDENCE);
		form.section("Interfaces, in flow order");
		OrderedReferences.add(form, END_TO_END_INTEGRATION__INTERFACES, () -> Candidates.interfaces(model),
				new String[] { "Interface", "Sender \u2192 Receiver" },
				List.of(ObjectLabels::text, object -> {
					Interface step = (Interface) object;
					return ObjectLabels.nameOf(step.getSender()) + "  \u2192  " + ObjectLabels.nameOf(step.getReceiver());
				}));
		SystemForms.tags(form);
	}
}
