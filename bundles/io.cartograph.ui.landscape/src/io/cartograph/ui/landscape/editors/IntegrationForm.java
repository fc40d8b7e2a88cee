package io.cartograph.ui.landscape.editors;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;

import java.util.List;

import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.Named;
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
		// Environment and last traffic come from the interfaces: shown, not edited here.
		OrderedReferences.add(form, END_TO_END_INTEGRATION__INTERFACES, () -> Candidates.interfaces(model),
				new String[] { "#", "Interface", "Sender \u2192 Receiver", "Environment", "Last Traffic" },
				List.of(object -> String.valueOf(((EndToEndIntegration) form.target()).getInterfaces().indexOf(object) + 1),
						ObjectLabels::text, object -> {
							Interface step = (Interface) object;
							return ObjectLabels.nameOf(step.getSender()) + "  \u2192  " + ObjectLabels.nameOf(step.getReceiver());
						}, object -> ObjectLabels.nameOf(((Interface) object).getEnvironment()),
						object -> TextCodec.DATE.toText(((Interface) object).getLastTraffic())),
				List.of(new ObjectPicker.Facet("Data source", object -> nameOrBlank(((Interface) object).getDataSource())),
						new ObjectPicker.Facet("Environment", object -> nameOrBlank(((Interface) object).getEnvironment()))));
		SystemForms.tags(form);
	}

	private static String nameOrBlank(Named named) {
		return named == null || named.getName() == null ? "" : named.getName();
	}
}
