package io.cartograph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeSystem;

/** Update Inventory: one undoable command; values set by hand kept unless overwriting. */
class UpdateInventoryTest {

	private final Landscape landscape = new Landscape();
	private final LandscapeSystem erp = landscape.system("SAP ERP");
	private final LandscapeSystem crm = landscape.system("CRM");
	private final LandscapeSystem chosen = landscape.system("Chosen by a person");
	private final BasicCommandStack stack = new BasicCommandStack();
	private final EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);

	private UpdateInventory.Plan plan(boolean overwrite) {
		return UpdateInventory.plan(domain, landscape.apply(), overwrite);
	}

	@Test
	void oneCommandSetsEverySlotAndAddsObjectsAndUndoesAsOne() {
		BusinessObject order = landscape.object("Order");
		landscape.systemRule(".*", "ERP", erp);
		landscape.systemRule(".*", "CRM", crm);
		landscape.objectRule(".*Order.*", order);
		Interface a = landscape.item("SalesOrder", "ERP", "CRM");
		Interface b = landscape.item("Invoice", "CRM", null);

		UpdateInventory.Plan plan = plan(false);
		assertEquals(2, plan.sendersChanged());
		assertEquals(1, plan.receiversChanged());
		assertEquals(1, plan.objectsAdded());
		assertEquals(UpdateInventory.LABEL, plan.command().getLabel());
		stack.execute(plan.command());

		assertSame(erp, a.getSender());
		assertSame(crm, a.getReceiver());
		assertEquals(List.of(order), a.getBusinessObjects());
		assertSame(crm, b.getSender());
		assertSame(plan.command(), stack.getUndoCommand(), "one entry on the undo stack");

		stack.undo();
		assertNull(a.getSender());
		assertNull(a.getReceiver());
		assertTrue(a.getBusinessObjects().isEmpty());
		assertNull(b.getSender());

		assertFalse(stack.canUndo(), "one undo took all of it back");
		stack.redo();
		assertSame(erp, a.getSender());
		assertEquals(List.of(order), a.getBusinessObjects());
	}

	@Test
	void aSecondRunChangesNothingAndCannotExecute() {
		landscape.systemRule(".*", "ERP", erp);
		landscape.objectRule(".*", landscape.object("Order"));
		landscape.item("A", "ERP", null);
		stack.execute(plan(false).command());

		UpdateInventory.Plan again = plan(false);

		assertTrue(again.changesNothing());
		assertFalse(again.command().canExecute());
		assertEquals("0 senders and 0 receivers changed, 0 objects added, 0 values set by hand kept", again.summary());
	}

	@Test
	void valuesSetByHandAreKeptUnlessOverwriting() {
		landscape.systemRule(".*", ".*", erp);
		Interface manual = landscape.item("A", "x", "y");
		manual.setSender(chosen);
		manual.setSenderSetByHand(true);

		UpdateInventory.Plan keep = plan(false);
		assertEquals(1, keep.keptByHand());
		stack.execute(keep.command());
		assertSame(chosen, manual.getSender(), "kept");
		assertTrue(manual.isSenderSetByHand());
		assertSame(erp, manual.getReceiver(), "the other slot is the rules'");

		UpdateInventory.Plan overwrite = plan(true);
		stack.execute(overwrite.command());
		assertSame(erp, manual.getSender(), "overwritten when asked");
		assertFalse(manual.isSenderSetByHand(), "from now on the rules own the slot");

		stack.undo();
		assertSame(chosen, manual.getSender());
		assertTrue(manual.isSenderSetByHand());
	}

	@Test
	void aSlotTheRulesOwnIsEmptiedWhenNoRuleWinsItAnyMore() {
		Interface item = landscape.item("A", "ERP", null);
		item.setSender(erp);

		stack.execute(plan(false).command());

		assertNull(item.getSender(), "a stale value from a deleted rule does not stay");
	}

	@Test
	void objectsAreOnlyAddedNeverRemoved() {
		BusinessObject handPicked = landscape.object("Hand picked");
		BusinessObject order = landscape.object("Order");
		landscape.objectRule(".*", order);
		Interface item = landscape.item("A", null, null);
		item.getBusinessObjects().add(handPicked);

		stack.execute(plan(true).command());

		assertEquals(List.of(handPicked, order), item.getBusinessObjects());
	}
}
