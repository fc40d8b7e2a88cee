package io.cartograph.core.sample;

import static io.cartograph.model.landscape.LandscapePackage.Literals.END_TO_END_INTEGRATION;

import java.util.ArrayList;
import java.util.List;

import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeSystem;

/**
 * End-to-end integrations built from interfaces the generator made: an order from the shop to
 * the carrier, procure to pay, payroll, bank statements, and one proposal awaiting review. An
 * integration whose interfaces a small sample lacks is left out.
 */
final class SampleIntegrations {

	/** A step: the flow {@code sender -> receiver} carrying {@code object}. */
	private record Hop(String sender, String receiver, String object) {
	}

	private SampleIntegrations() {
	}

	static void fill(Sample sample, List<Interface> interfaces) {
		add(sample, interfaces, "Web shop order to delivery", "An order placed in the shop is booked, picked and shipped.",
				"Sales", "High", null, new Hop("SHOP", "S4", "Sales Order"), new Hop("S4", "WMS", "Delivery"),
				new Hop("WMS", "CARRIER", "Delivery"));
		add(sample, interfaces, "Salesforce order to invoice", "Orders won in Salesforce are fulfilled in S/4HANA and invoiced back.",
				"Sales", "High", null, new Hop("SFDC", "S4", "Sales Order"), new Hop("S4", "SFDC", "Invoice"));
		add(sample, interfaces, "Procure to pay with Ariba", "Purchase orders go to suppliers through Ariba; invoices come back and are paid.",
				"Procurement", "Medium", null, new Hop("S4", "ARIBA", "Purchase Order"), new Hop("ARIBA", "S4", "Invoice"),
				new Hop("S4", "BANK", "Payment"));
		add(sample, interfaces, "Hire to payroll", "New hires flow from SuccessFactors to the payroll provider, whose payments"
				+ " are posted in S/4HANA.", "HR", "High", null, new Hop("SF", "PAYROLL", "Employee"), new Hop("PAYROLL", "S4", "Payment"));
		add(sample, interfaces, "Bank statement processing", "Daily statements are posted and archived.",
				"Finance", "Medium", null, new Hop("BANK", "S4", "Bank Statement"), new Hop("S4", "FILES", "Bank Statement"));
		// A chain, as an end-to-end integration is one: each interface hands over to the next.
		add(sample, interfaces, "Material master distribution", "Materials created in PLM reach the warehouse through S/4HANA.",
				"Logistics", "Low", "The same material numbers appear in both interfaces' messages within minutes (runtime data of 7 days).",
				new Hop("PLM", "S4", "Material"), new Hop("S4", "WMS", "Material"));
	}

	private static void add(Sample sample, List<Interface> interfaces, String name, String description, String domain,
			String criticality, String proposalEvidence, Hop... hops) {
		List<Interface> steps = new ArrayList<>();
		for (Hop hop : hops) {
			Interface step = find(sample, interfaces, hop);
			if (step == null) {
				return;
			}
			steps.add(step);
		}
		EndToEndIntegration integration = sample.create(END_TO_END_INTEGRATION, EndToEndIntegration.class);
		integration.setName(name);
		integration.setDescription(description);
		integration.setSender(steps.get(0).getSender());
		integration.setReceiver(steps.get(steps.size() - 1).getReceiver());
		integration.getInterfaces().addAll(steps);
		integration.setProposal(proposalEvidence != null);
		integration.setEvidence(proposalEvidence);
		integration.getTags().add(sample.tag("Domain", domain));
		integration.getTags().add(sample.tag("Criticality", criticality));
		sample.model.integrations().getIntegrations().add(integration);
	}

	/** The first production interface of the flow. */
	private static Interface find(Sample sample, List<Interface> interfaces, Hop hop) {
		LandscapeSystem sender = sample.systems.get(hop.sender());
		LandscapeSystem receiver = sample.systems.get(hop.receiver());
		BusinessObject object = sample.objects.get(hop.object());
		for (Interface candidate : interfaces) {
			if (candidate.getSender() == sender && candidate.getReceiver() == receiver && candidate.getBusinessObjects().contains(object)
					&& candidate.getEnvironment() == sample.environments.get("Production")) {
				return candidate;
			}
		}
		return null;
	}
}
