package io.cartograph.ui.rules;

import static io.cartograph.model.landscape.LandscapePackage.Literals.INTERFACE;
import static io.cartograph.model.landscape.LandscapePackage.Literals.INTERFACE_CATALOG__INTERFACES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.model.Identities;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;
import io.cartograph.rules.proposals.Proposal;
import io.cartograph.rules.proposals.ProposalCommands;
import io.cartograph.tests.support.RecordingEvents;
import io.cartograph.ui.LandscapeTopics;
import io.cartograph.ui.landscape.Edits;

/** The End-to-End Proposals view: what it lists, Accept and Reject through its buttons, undo. */
class ProposalsViewTest {

	@TempDir
	Path temp;
	RulesHarness harness;
	LandscapeModel model;
	RecordingEvents events = new RecordingEvents();
	EndToEndIntegration orderToInvoice;
	EndToEndIntegration orderToDelivery;

	@BeforeEach
	void open() {
		harness = new RulesHarness();
		model = harness.createWorkspace(temp.resolve("ws"));
		Map<String, Interface> byUuid = new HashMap<>();
		for (String name : List.of("Order", "Delivery", "Invoice")) {
			Interface item = Identities.create(INTERFACE, Interface.class);
			item.setName(name);
			item.setOriginalReceiver("Delivery".equals(name) ? "ERP" : null);
			byUuid.put(name, item);
		}
		assertTrue(new Edits(model).addAll(model.interfaces(), INTERFACE_CATALOG__INTERFACES, List.copyOf(byUuid.values())));
		Proposal three = new Proposal(List.of("Order", "Delivery", "Invoice"), 12, List.of("c1", "c2"), List.of("m1", "m2"));
		Proposal two = new Proposal(List.of("Order", "Delivery"), 4, List.of("c3"), List.of("m3"));
		orderToInvoice = ProposalCommands.toIntegration(three, byUuid, () -> "p1").orElseThrow();
		orderToDelivery = ProposalCommands.toIntegration(two, byUuid, () -> "p2").orElseThrow();
		model.commandStack().execute(
				ProposalCommands.add(model.editingDomain(), model.integrations(), List.of(orderToInvoice, orderToDelivery)));
		model.commandStack().flush();
		harness.provide(IEventBroker.class, events);
	}

	@AfterEach
	void close() {
		harness.close();
	}

	@Test
	void acceptKeepsAndOpensRejectRemovesForGoodAndUndoBringsThemBack() {
		ProposalsPart part = harness.open(ProposalsPart.class);
		Table table = harness.driver.find(harness.shell, ProposalsPart.TABLE_ID, Table.class);
		Button accept = harness.driver.find(harness.shell, ProposalsPart.ACCEPT_ID, Button.class);
		Button reject = harness.driver.find(harness.shell, ProposalsPart.REJECT_ID, Button.class);
		Text evidence = harness.driver.find(harness.shell, ProposalsPart.EVIDENCE_ID, Text.class);
		assertEquals(2, table.getItemCount());
		assertEquals("Order to Invoice", table.getItem(0).getText(0));
		assertEquals("Order > Delivery > Invoice", table.getItem(0).getText(1));
		assertEquals(0, table.getSelectionIndex(), "the first is selected, its evidence shown");
		assertTrue(accept.isEnabled());
		assertEquals("", table.getItem(0).getText(2), "no sender, no original sender");
		assertEquals("ERP (original)", table.getItem(1).getText(3), "the last interface's original receiver");
		assertTrue(evidence.getText().startsWith("Seen 12 times in the message traffic: Order > Delivery > Invoice."),
				evidence.getText());
		int before = part.updates();
		harness.driver.press(accept);
		harness.driver.waitUntil("the view to update", () -> part.updates() > before);

		assertFalse(orderToInvoice.isProposal());
		assertTrue(model.integrations().getIntegrations().contains(orderToInvoice));
		assertEquals(List.of(new RecordingEvents.Sent(LandscapeTopics.OPEN, orderToInvoice)), events.sent, "opened in its editor");
		assertEquals(1, table.getItemCount());
		assertEquals("Order to Delivery", table.getItem(0).getText(0));

		select(table, 0);
		int accepted = part.updates();
		harness.driver.press(reject);
		harness.driver.waitUntil("the view to update", () -> part.updates() > accepted);

		assertEquals(0, table.getItemCount());
		assertEquals(List.of(orderToInvoice), model.integrations().getIntegrations());
		assertEquals(1, model.integrations().getRejectedProposals().size(), "the sequence is remembered");
		assertEquals("Reject proposal Order to Delivery", model.commandStack().getUndoCommand().getLabel());

		int rejected = part.updates();
		model.commandStack().undo();
		model.commandStack().undo();
		harness.driver.waitUntil("the view to update", () -> part.updates() > rejected);
		assertEquals(2, table.getItemCount());
		assertTrue(orderToInvoice.isProposal());
		assertTrue(model.integrations().getRejectedProposals().isEmpty());
	}

	@Test
	void severalSelectedAreRejectedInOneUndoableStep() {
		ProposalsPart part = harness.open(ProposalsPart.class);
		Table table = harness.driver.find(harness.shell, ProposalsPart.TABLE_ID, Table.class);
		table.selectAll();
		table.notifyListeners(SWT.Selection, new Event());
		int before = part.updates();
		harness.driver.press(harness.driver.find(harness.shell, ProposalsPart.REJECT_ID, Button.class));
		harness.driver.waitUntil("the view to update", () -> part.updates() > before);

		assertEquals(0, table.getItemCount());
		assertTrue(model.integrations().getIntegrations().isEmpty());
		assertEquals(2, model.integrations().getRejectedProposals().size());
		model.commandStack().undo();
		assertEquals(List.of(orderToInvoice, orderToDelivery), model.integrations().getIntegrations());
		assertFalse(model.commandStack().canUndo(), "the two rejections were one command");
	}

	private static void select(Table table, int index) {
		table.setSelection(index);
		table.notifyListeners(SWT.Selection, new Event());
	}
}
