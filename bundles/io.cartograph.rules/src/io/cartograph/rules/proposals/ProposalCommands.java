package io.cartograph.rules.proposals;

import static io.cartograph.model.landscape.LandscapePackage.Literals.END_TO_END_INTEGRATION__PROPOSAL;
import static io.cartograph.model.landscape.LandscapePackage.Literals.INTEGRATION_CATALOG__INTEGRATIONS;
import static io.cartograph.model.landscape.LandscapePackage.Literals.INTEGRATION_CATALOG__REJECTED_PROPOSALS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.IntegrationCatalog;
import io.cartograph.model.landscape.LandscapeFactory;

/**
 * The three things that happen to a proposal, each one undoable command: it is added to the
 * integration catalog marked as a proposal, accepted (it stays, unmarked) or rejected (it goes,
 * and its sequence is remembered in the catalog so that it is not proposed again).
 */
public final class ProposalCommands {

	private ProposalCommands() {
	}

	/**
	 * The integration a proposal becomes, marked as a proposal: named after its first and last
	 * interface, from the first one's sender to the last one's receiver, with the evidence.
	 * Empty when one of its interfaces is no longer in the model.
	 */
	public static Optional<EndToEndIntegration> toIntegration(Proposal proposal, Map<String, Interface> interfacesByUuid,
			Supplier<String> uuids) {
		List<Interface> steps = new ArrayList<>();
		for (String uuid : proposal.interfaces()) {
			Interface step = interfacesByUuid.get(uuid);
			if (step == null) {
				return Optional.empty();
			}
			steps.add(step);
		}
		EndToEndIntegration integration = LandscapeFactory.eINSTANCE.createEndToEndIntegration();
		integration.setUuid(uuids.get());
		Interface first = steps.get(0);
		Interface last = steps.get(steps.size() - 1);
		integration.setName(first.getName() + " to " + last.getName());
		integration.getInterfaces().addAll(steps);
		integration.setSender(first.getSender());
		integration.setReceiver(last.getReceiver());
		integration.setProposal(true);
		integration.setEvidence(proposal.evidence(steps.stream().map(Interface::getName).toList()));
		return Optional.of(integration);
	}

	/** Adds proposals (from {@link #toIntegration}); not executable when there are none. */
	public static Command add(EditingDomain domain, IntegrationCatalog catalog, List<EndToEndIntegration> proposals) {
		if (proposals.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		Command add = AddCommand.create(domain, catalog, INTEGRATION_CATALOG__INTEGRATIONS, proposals);
		return labelled(add, "Propose " + proposals.size() + (proposals.size() == 1 ? " integration" : " integrations"),
				"Adds end-to-end integrations the message traffic suggests, marked as proposals");
	}

	/** The proposal becomes an ordinary integration. */
	public static Command accept(EditingDomain domain, EndToEndIntegration proposal) {
		return labelled(SetCommand.create(domain, proposal, END_TO_END_INTEGRATION__PROPOSAL, Boolean.FALSE),
				"Accept proposal " + proposal.getName(), "Makes the proposal an integration");
	}

	/** The proposal leaves the catalog and its sequence is remembered as rejected. */
	public static Command reject(EditingDomain domain, IntegrationCatalog catalog, EndToEndIntegration proposal) {
		CompoundCommand reject = new CompoundCommand("Reject proposal " + proposal.getName(),
				"Removes the proposal; the same sequence is not proposed again");
		reject.append(RemoveCommand.create(domain, catalog, INTEGRATION_CATALOG__INTEGRATIONS, proposal));
		String key = EndToEndProposals.key(proposal);
		if (!catalog.getRejectedProposals().contains(key)) {
			reject.append(AddCommand.create(domain, catalog, INTEGRATION_CATALOG__REJECTED_PROPOSALS, key));
		}
		return reject;
	}

	/** {@link #accept} for each; one command (one undo) however many. */
	public static Command acceptAll(EditingDomain domain, List<EndToEndIntegration> proposals) {
		return several("Accept", proposals, proposal -> accept(domain, proposal));
	}

	/** {@link #reject} for each; one command (one undo) however many. */
	public static Command rejectAll(EditingDomain domain, IntegrationCatalog catalog, List<EndToEndIntegration> proposals) {
		return several("Reject", proposals, proposal -> reject(domain, catalog, proposal));
	}

	private static Command several(String verb, List<EndToEndIntegration> proposals,
			Function<EndToEndIntegration, Command> each) {
		if (proposals.size() == 1) {
			return each.apply(proposals.get(0));
		}
		CompoundCommand command = new CompoundCommand(verb + " " + proposals.size() + " proposals");
		proposals.forEach(proposal -> command.append(each.apply(proposal)));
		return command;
	}

	private static Command labelled(Command command, String label, String description) {
		CompoundCommand labelled = new CompoundCommand(label, description);
		labelled.append(command);
		return labelled;
	}
}
