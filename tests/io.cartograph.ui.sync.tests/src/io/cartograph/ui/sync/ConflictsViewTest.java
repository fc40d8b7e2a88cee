package io.cartograph.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

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

import io.cartograph.sync.SyncClient.PushResult;

/**
 * Anna and ben both describe ERP_PRD; anna syncs first. Ben's sync in the workbench stops on the
 * conflict with nothing applied, the Conflicts view shows it in the landscape's words, and ben
 * decides: what ben's model and the server hold afterwards is checked, for either side.
 */
class ConflictsViewTest {

	private static final String P = ConflictsPart.PREFIX;

	@TempDir
	Path temp;
	private TeamHarness h;
	private Table table;
	private Label summary;

	@BeforeEach
	void conflict() throws Exception {
		h = new TeamHarness(temp);
		h.make(ConflictsPart.class, h.viewArea);
		h.make(TeamStatusControl.class, h.statusArea);
		table = h.driver.find(h.shell, P + "table", Table.class);
		summary = h.driver.find(h.shell, P + "summary", Label.class);
		assertEquals(ConflictTexts.NO_MERGE, summary.getText());
		assertEquals(0, table.getItemCount());

		h.benSignsIn();
		TeamHarness.setDescription(h.anna.model(), "ERP_PRD", "Run by finance IT");
		assertEquals(PushResult.DONE, h.annaClient.sync());
		TeamHarness.setDescription(h.benModel(), "ERP_PRD", "Run by the sales team");
		h.await(h.team.syncNow());
		h.driver.waitUntil("the view shows the conflict", () -> table.getItemCount() == 1);
	}

	@AfterEach
	void close() {
		h.close();
	}

	@Test
	void theSyncStopsWithTheConflictShownAndNothingApplied() {
		assertEquals(1, h.conflictsOpened.get(), "the Conflicts view is asked for once");
		TableItem row = table.getItem(0);
		assertEquals(List.of("System 'ERP_PRD'", "Description", "(empty)", "Run by the sales team", "Run by finance IT",
				"Both changed it", "Open"), texts(row));
		assertEquals("1 conflict from 1 change set of anna; nothing is applied until all are resolved", summary.getText());
		assertEquals("Run by the sales team", description());
		assertFalse(button("apply").isEnabled(), "Apply waits for every conflict to be decided");
		assertFalse(button("takeTheirs").isEnabled(), "nothing is selected");
		Label status = h.driver.find(h.shell, TeamStatusControl.ID, Label.class);
		assertEquals("Team: 1 conflict", status.getText());
		Event click = new Event();
		click.button = 1;
		status.notifyListeners(SWT.MouseUp, click);
		assertEquals(2, h.conflictsOpened.get(), "a click on the status field opens the Conflicts view");
	}

	@Test
	void takeTheirsThenApplyBringsInAnnasDescriptionAndDropsBens() {
		select(0);
		h.driver.press(button("takeTheirs"));
		assertEquals("Take theirs", table.getItem(0).getText(6));
		assertTrue(summary.getText().startsWith("All 1 conflict resolved"), summary.getText());
		h.driver.press(button("apply"));
		h.driver.waitUntil("the merge is applied", () -> ConflictTexts.NO_MERGE.equals(summary.getText()));

		assertEquals("Run by finance IT", description());
		assertEquals(0, table.getItemCount());
		assertEquals(0, h.team.status().orElseThrow().pending(), "ben's change was dropped, nothing to push");
		assertEquals(1, h.serverHead(), "the server has anna's change only");
		assertEquals(PushResult.DONE, h.annaClient.sync());
		assertEquals("Run by finance IT", TeamHarness.system(h.anna.model(), "ERP_PRD").getDescription());
	}

	@Test
	void keepAllMineThenApplyPushesBensDescriptionOverAnnas() {
		h.driver.press(button("keepAllMine"));
		assertEquals("Keep mine", table.getItem(0).getText(6));
		h.driver.press(button("apply"));
		h.driver.waitUntil("the merge is applied and pushed",
				() -> ConflictTexts.NO_MERGE.equals(summary.getText()) && h.team.status().orElseThrow().pending() == 0);

		assertEquals("Run by the sales team", description());
		assertEquals(2, h.serverHead(), "ben's change went on top of anna's");
		assertEquals(PushResult.DONE, h.annaClient.sync());
		assertEquals("Run by the sales team", TeamHarness.system(h.anna.model(), "ERP_PRD").getDescription());
	}

	private String description() {
		return TeamHarness.system(h.benModel(), "ERP_PRD").getDescription();
	}

	private void select(int index) {
		table.setSelection(index);
		table.notifyListeners(SWT.Selection, new Event());
		h.driver.flush();
	}

	private Button button(String id) {
		return h.driver.find(h.shell, P + id, Button.class);
	}

	private static List<String> texts(TableItem row) {
		int columns = row.getParent().getColumnCount();
		return java.util.stream.IntStream.range(0, columns).mapToObj(row::getText).toList();
	}
}
