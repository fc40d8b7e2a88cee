package io.cartograph.rules.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.IntegrationCatalog;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.HarvestedData;
import io.cartograph.store.LocalStore;
import io.cartograph.store.MessageRecord;
import io.cartograph.store.RunTrigger;
import io.cartograph.store.RunWriter;
import io.cartograph.store.TaskRuns;

/**
 * Constructed correlations: three exchanges run Order > Delivery > Invoice (one with a retry of
 * Delivery, one with an unknown artifact in between), one runs Order > Delivery only, and one
 * touches Order alone.
 */
class EndToEndProposalsTest {

	static final LandscapeFactory F = LandscapeFactory.eINSTANCE;
	static final Instant T = Instant.parse("2025-03-01T10:00:00Z");

	@TempDir
	Path folder;

	LocalStore store;
	DataSource cpi = F.createDataSource();
	Interface order;
	Interface delivery;
	Interface invoice;
	List<Interface> interfaces;
	IntegrationCatalog catalog = F.createIntegrationCatalog();

	@BeforeEach
	void traffic() {
		store = LocalStore.open(folder.resolve("store"));
		cpi.setUuid("cpi");
		order = item("Order");
		delivery = item("Delivery");
		invoice = item("Invoice");
		order.setSender(F.createLandscapeSystem());
		invoice.setReceiver(F.createLandscapeSystem());
		interfaces = List.of(order, delivery, invoice);
		RunWriter run = TaskRuns.of(store).start("cpi", "cpi", TaskType.RUNTIME, RunTrigger.MANUAL);
		exchange(run, "c1", "Order", "Delivery", "Invoice");
		exchange(run, "c2", "Order", "Delivery", "Delivery", "Invoice");
		exchange(run, "c3", "Order", "Unknown", "Delivery", "Invoice");
		exchange(run, "c4", "Order", "Delivery");
		exchange(run, "c5", "Order");
		run.succeed();
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void sequencesAreProposedWithTheirEvidenceMostFrequentFirst() {
		List<Proposal> proposals = propose(1);

		assertEquals(2, proposals.size());
		Proposal first = proposals.get(0);
		assertEquals(List.of("order", "delivery", "invoice"), first.interfaces());
		assertEquals(3, first.occurrences());
		assertEquals(List.of("c1", "c2", "c3"), first.correlationIds());
		assertEquals(List.of("c1-0", "c1-1", "c1-2", "c2-0", "c2-1", "c2-3", "c3-0", "c3-2", "c3-3"), first.messageIds(),
				"the retry c2-2 and the unknown c3-1 are not part of the sequence");
		assertEquals("order>delivery>invoice", first.key());
		assertEquals(List.of("order", "delivery"), proposals.get(1).interfaces());
		assertEquals(1, proposals.get(1).occurrences());
		assertEquals(List.of(first), propose(2), "at least twice");
	}

	@Test
	void aProposalBecomesAnIntegrationMarkedAsProposalWithItsEvidence() {
		Proposal proposal = propose(1).get(0);
		EndToEndIntegration integration = ProposalCommands.toIntegration(proposal, byUuid(), () -> "p1").orElseThrow();

		assertEquals("p1", integration.getUuid());
		assertEquals("Order to Invoice", integration.getName());
		assertEquals(List.of(order, delivery, invoice), integration.getInterfaces());
		assertEquals(order.getSender(), integration.getSender());
		assertEquals(invoice.getReceiver(), integration.getReceiver());
		assertTrue(integration.isProposal());
		assertTrue(integration.getEvidence().startsWith("Seen 3 times in the message traffic: Order > Delivery > Invoice. "
				+ "Correlation ids: c1, c2, c3. Messages: c1-0,"), integration.getEvidence());
		Map<String, Interface> withoutInvoice = new HashMap<>(byUuid());
		withoutInvoice.remove("invoice");
		assertTrue(ProposalCommands.toIntegration(proposal, withoutInvoice, () -> "p2").isEmpty(), "an interface is gone");
	}

	@Test
	void existingIntegrationsProposalsAndRejectionsAreNotProposedAgain() {
		EndToEndIntegration accepted = ProposalCommands.toIntegration(propose(1).get(0), byUuid(), () -> "p1").orElseThrow();
		catalog.getIntegrations().add(accepted);
		assertEquals(List.of(List.of("order", "delivery")), propose(1).stream().map(Proposal::interfaces).toList(),
				"the integration (still a proposal) exists");

		catalog.getRejectedProposals().add("order>delivery");
		assertTrue(propose(1).isEmpty(), "the rejected sequence");
	}

	@Test
	void acceptAndRejectAreOneUndoableCommandEach() {
		BasicCommandStack stack = new BasicCommandStack();
		EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
		List<EndToEndIntegration> proposed = propose(1).stream()
				.map(proposal -> ProposalCommands.toIntegration(proposal, byUuid(), () -> proposal.key()).orElseThrow()).toList();
		stack.execute(ProposalCommands.add(domain, catalog, proposed));
		assertEquals(proposed, catalog.getIntegrations());
		assertEquals("Propose 2 integrations", stack.getMostRecentCommand().getLabel());
		assertFalse(ProposalCommands.add(domain, catalog, List.of()).canExecute());

		EndToEndIntegration kept = proposed.get(0);
		stack.execute(ProposalCommands.accept(domain, kept));
		assertFalse(kept.isProposal());
		assertEquals("Accept proposal Order to Invoice", stack.getMostRecentCommand().getLabel());

		EndToEndIntegration dropped = proposed.get(1);
		stack.execute(ProposalCommands.reject(domain, catalog, dropped));
		assertEquals(List.of(kept), catalog.getIntegrations());
		assertEquals(List.of("order>delivery"), catalog.getRejectedProposals());
		assertTrue(propose(1).isEmpty());

		stack.undo();
		assertEquals(proposed, catalog.getIntegrations());
		assertTrue(catalog.getRejectedProposals().isEmpty());
		stack.undo();
		assertTrue(kept.isProposal());
		stack.redo();
		stack.redo();
		assertEquals(List.of(kept), catalog.getIntegrations());
		assertEquals(List.of("order>delivery"), catalog.getRejectedProposals());
	}

	private List<Proposal> propose(int minOccurrences) {
		return new EndToEndProposals(minOccurrences).propose(HarvestedData.of(store), T.minusSeconds(60),
				EndToEndProposals.snapshot(interfaces, catalog));
	}

	private Map<String, Interface> byUuid() {
		Map<String, Interface> byUuid = new HashMap<>();
		interfaces.forEach(item -> byUuid.put(item.getUuid(), item));
		return byUuid;
	}

	private Interface item(String name) {
		Interface item = F.createInterface();
		item.setUuid(name.toLowerCase());
		item.setName(name);
		item.setExternalId(name);
		item.setDataSource(cpi);
		return item;
	}

	private static void exchange(RunWriter run, String correlationId, String... artifacts) {
		for (int i = 0; i < artifacts.length; i++) {
			Instant start = T.plusSeconds(i);
			run.stage(new MessageRecord(correlationId + "-" + i, artifacts[i], "COMPLETED", start, start, correlationId, null, null));
		}
	}
}
