package io.cartograph.rules.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.LandscapeSystem;
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
		List<Proposal> proposals = propose(1, List.of(), RejectedProposals.in(null));

		assertEquals(2, proposals.size());
		Proposal first = proposals.get(0);
		assertEquals(List.of(order, delivery, invoice), first.interfaces());
		assertEquals(3, first.occurrences());
		assertEquals(List.of("c1", "c2", "c3"), first.correlationIds());
		assertEquals(List.of("c1-0", "c1-1", "c1-2", "c2-0", "c2-1", "c2-3", "c3-0", "c3-2", "c3-3"), first.messageIds(),
				"the retry c2-2 and the unknown c3-1 are not part of the sequence");
		assertEquals("order>delivery>invoice", first.key());
		assertTrue(first.evidence().startsWith("Seen 3 times in the message traffic: Order > Delivery > Invoice."), first.evidence());
		assertEquals(List.of(order, delivery), proposals.get(1).interfaces());
		assertEquals(1, proposals.get(1).occurrences());
		assertEquals(List.of(first), propose(2, List.of(), RejectedProposals.in(null)), "at least twice");
	}

	@Test
	void acceptingMakesAnIntegrationAndExistingSequencesAreNotProposedAgain() {
		Proposal proposal = propose(1, List.of(), RejectedProposals.in(null)).get(0);
		EndToEndIntegration accepted = EndToEndProposals.toIntegration(proposal, true);
		assertEquals("Order to Invoice", accepted.getName());
		assertEquals(List.of(order, delivery, invoice), accepted.getInterfaces());
		assertEquals(order.getSender(), accepted.getSender());
		assertEquals(invoice.getReceiver(), accepted.getReceiver());
		assertFalse(accepted.isProposal());
		assertEquals(proposal.evidence(), accepted.getEvidence());
		assertTrue(EndToEndProposals.toIntegration(proposal, false).isProposal());

		List<Proposal> next = propose(1, List.of(accepted), RejectedProposals.in(null));
		assertEquals(List.of(List.of(order, delivery)), next.stream().map(Proposal::interfaces).toList());
	}

	@Test
	void aRejectionIsRememberedInItsFile() {
		Path file = folder.resolve("landscape/rejected-proposals.txt");
		RejectedProposals rejected = RejectedProposals.in(file);
		rejected.reject(propose(1, List.of(), rejected).get(0));

		List<Proposal> later = propose(1, List.of(), RejectedProposals.in(file));

		assertEquals(List.of(List.of(order, delivery)), later.stream().map(Proposal::interfaces).toList());
	}

	private List<Proposal> propose(int minOccurrences, List<EndToEndIntegration> integrations, RejectedProposals rejected) {
		return new EndToEndProposals(minOccurrences).propose(HarvestedData.of(store), T.minusSeconds(60), interfaces, integrations,
				rejected);
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
