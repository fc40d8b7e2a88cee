package io.cartograph.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.sync.SyncClient.PushResult;
import io.cartograph.tests.support.swt.ShellPicture;

/**
 * Anna describes ERP_PRD and names its owner in one edit, then deletes HR_PRD; ben meanwhile
 * describes ERP_PRD, names another owner and describes HR_PRD. Three conflicts from two change
 * sets of anna, decided row by row with different sides; Apply puts the decisions on both
 * workspaces and the server. With CARTOGRAPH_PICTURES set, the view is saved as
 * team-conflicts.png in that folder, halfway through the decisions.
 */
class ThreeConflictsTest {

	private static final String P = ConflictsPart.PREFIX;
	private static final LandscapePackage L = LandscapePackage.eINSTANCE;

	@TempDir
	Path temp;
	private TeamHarness h;
	private Table table;
	private Label summary;

	@BeforeEach
	void conflicts() throws Exception {
		h = new TeamHarness(temp, model -> {
			for (String name : List.of("ERP_PRD", "CRM_PRD", "HR_PRD")) {
				TeamHarness.addSystem(model, name);
			}
			TeamHarness.setDescription(model, "ERP_PRD", "SAP S/4HANA, production client 100");
			TeamHarness.setOwner(model, "ERP_PRD", "Finance IT");
		});
		h.make(ConflictsPart.class, h.viewArea);
		h.make(TeamStatusControl.class, h.statusArea);
		table = h.driver.find(h.shell, P + "table", Table.class);
		summary = h.driver.find(h.shell, P + "summary", Label.class);
		h.benSignsIn();

		LandscapeModel anna = h.anna.model();
		LandscapeSystem erp = TeamHarness.system(anna, "ERP_PRD");
		CompoundCommand describe = new CompoundCommand("Describe ERP_PRD");
		describe.append(SetCommand.create(anna.editingDomain(), erp, L.getLandscapeSystem_Description(),
				"SAP S/4HANA 2023, production client 100"));
		describe.append(SetCommand.create(anna.editingDomain(), erp, L.getLandscapeSystem_Owner(), "M. Keller"));
		anna.commandStack().execute(describe);
		anna.commandStack().execute(DeleteCommand.create(anna.editingDomain(), TeamHarness.system(anna, "HR_PRD")));
		assertEquals(PushResult.DONE, h.annaClient.sync());

		LandscapeModel ben = h.benModel();
		TeamHarness.setDescription(ben, "ERP_PRD", "SAP S/4HANA, production client 100, EU data centre");
		TeamHarness.setOwner(ben, "ERP_PRD", "S. Brandt");
		TeamHarness.setDescription(ben, "HR_PRD", "Payroll until the move to SuccessFactors");
		h.await(h.team.syncNow());
		h.driver.waitUntil("the view shows the conflicts", () -> table.getItemCount() == 3);
	}

	@AfterEach
	void close() {
		h.close();
	}

	@Test
	void eachConflictIsDecidedOnItsOwnAndApplyPutsTheDecisionsEverywhere() throws Exception {
		assertEquals("3 conflicts from 2 change sets of anna; nothing is applied until all are resolved",
				summary.getText());
		assertEquals("Team: 3 conflicts", h.driver.find(h.shell, TeamStatusControl.ID, Label.class).getText());
		assertEquals(List.of(
				List.of("System 'ERP_PRD'", "Description", "SAP S/4HANA, production client 100",
						"SAP S/4HANA, production client 100, EU data centre", "SAP S/4HANA 2023, production client 100",
						"Both changed it", "Open"),
				List.of("System 'ERP_PRD'", "Owner", "Finance IT", "S. Brandt", "M. Keller", "Both changed it", "Open")),
				rows().subList(0, 2));
		List<String> deleted = rows().get(2);
		assertEquals(List.of("System 'HR_PRD'", "They deleted it", "Open"), List.of(deleted.get(0), deleted.get(5),
				deleted.get(6)), "the delete: " + deleted);

		decide(0, "keepMine");
		decide(1, "takeTheirs");
		assertEquals("1 of 3 conflicts open, from 2 change sets of anna; nothing is applied until all are resolved",
				summary.getText());
		Label status = h.driver.find(h.shell, TeamStatusControl.ID, Label.class);
		h.driver.waitUntil("the status counts the open conflict", () -> "Team: 1 conflict".equals(status.getText()));
		select(2);
		assertTrue(button("keepMine").isEnabled(), "a row with a conflict is selected");
		if (System.getenv("CARTOGRAPH_PICTURES") != null) {
			h.shell.setSize(1320, 400);
			h.shell.setLocation(0, 0);
			h.shell.layout(true, true);
			// Let GTK paint the new size and selection before the screen is read (pictures only).
			boolean[] painted = new boolean[1];
			h.driver.display().timerExec(700, () -> painted[0] = true);
			h.driver.waitUntil("a repaint", () -> painted[0]);
			ShellPicture.save(h.shell,
					Files.createDirectories(Path.of(System.getenv("CARTOGRAPH_PICTURES"))).resolve("team-conflicts.png"));
		}
		assertEquals("SAP S/4HANA, production client 100, EU data centre", description(h.benModel(), "ERP_PRD"),
				"nothing is applied while a conflict is open");
		assertEquals("S. Brandt", TeamHarness.system(h.benModel(), "ERP_PRD").getOwner());

		decide(2, "keepMine");
		assertTrue(summary.getText().startsWith("All 3 conflicts resolved"), summary.getText());
		h.driver.waitUntil("the status says the merge is ready",
				() -> "Team: merge ready to apply".equals(status.getText()));
		h.driver.press(button("apply"));
		h.driver.waitUntil("the merge is applied and pushed",
				() -> ConflictTexts.NO_MERGE.equals(summary.getText()) && h.team.status().orElseThrow().pending() == 0);
		h.driver.waitUntil("the status says all is pushed", () -> "Team: online \u00b7 0 pending".equals(status.getText()));

		assertEquals(PushResult.DONE, h.annaClient.sync());
		for (LandscapeModel model : List.of(h.benModel(), h.anna.model())) {
			assertEquals("SAP S/4HANA, production client 100, EU data centre", description(model, "ERP_PRD"));
			assertEquals("M. Keller", TeamHarness.system(model, "ERP_PRD").getOwner());
			assertEquals("Payroll until the move to SuccessFactors", description(model, "HR_PRD"),
				"ben kept HR_PRD: it is back on the server and at anna's");
		}
	}

	private void decide(int row, String button) {
		select(row);
		h.driver.press(button(button));
	}

	private void select(int index) {
		table.setSelection(index);
		table.notifyListeners(SWT.Selection, new Event());
		h.driver.flush();
	}

	private Button button(String id) {
		return h.driver.find(h.shell, P + id, Button.class);
	}

	private static String description(LandscapeModel model, String system) {
		return TeamHarness.system(model, system).getDescription();
	}

	private List<List<String>> rows() {
		return IntStream.range(0, table.getItemCount()).mapToObj(table::getItem).map(ThreeConflictsTest::texts).toList();
	}

	private static List<String> texts(TableItem row) {
		return IntStream.range(0, row.getParent().getColumnCount()).mapToObj(row::getText).toList();
	}
}
