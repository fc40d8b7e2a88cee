package io.cartograph.ui.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.ui.LandscapeTopics;
import io.cartograph.tests.support.RecordingEvents;

/** The catalog over a generated sample landscape, driven through its widgets. */
class InterfaceCatalogTest {

	private static final int INTERFACES = 2_000;

	@TempDir
	Path temp;

	private CatalogHarness harness;
	private List<Interface> interfaces;

	@BeforeEach
	void open() {
		harness = new CatalogHarness(temp.resolve("ws"), INTERFACES);
		interfaces = harness.model().interfaces().getInterfaces();
	}

	@AfterEach
	void close() {
		harness.close();
	}

	@Test
	void showsEveryInterfaceInTheModelsOrder() {
		assertEquals(INTERFACES, interfaces.size());
		harness.waitForStatus("2,000 of 2,000 interfaces");
		Table table = harness.table();
		assertEquals(INTERFACES, table.getItemCount());
		assertEquals(CatalogColumn.values().length, table.getColumnCount());
		assertEquals("Sender (harmonized)", table.getColumn(CatalogColumn.SENDER.ordinal()).getText());
		assertEquals(interfaces.get(0).getName(), table.getItem(0).getText(CatalogColumn.NAME.ordinal()));
		assertEquals(interfaces.get(0).getExternalId(), table.getItem(0).getText(CatalogColumn.EXTERNAL_ID.ordinal()));
	}

	@Test
	void aColumnFilterAndTheSearchNarrowTheRows() {
		Interface some = interfaces.get(17);
		String source = some.getDataSource().getName();
		List<Interface> fromSource = interfaces.stream()
				.filter(i -> i.getDataSource() != null && contains(i.getDataSource().getName(), source)).toList();
		assertTrue(fromSource.size() < INTERFACES, "the sample has more than one data source");

		harness.filter(CatalogColumn.DATA_SOURCE).setText(source.toUpperCase(Locale.ROOT));
		harness.waitForStatus(String.format("%,d of 2,000 interfaces", fromSource.size()));
		assertEquals(fromSource.size(), harness.table().getItemCount());
		assertEquals(fromSource.get(0).getName(), harness.table().getItem(0).getText(CatalogColumn.NAME.ordinal()));

		// The search looks into every column: here a name, which only few interfaces share.
		String name = some.getName();
		List<Interface> both = fromSource.stream()
				.filter(i -> Arrays.stream(CatalogColumn.values()).anyMatch(c -> contains(c.text(i), name))).toList();
		harness.search().setText(name);
		harness.waitForStatus(String.format("%,d of 2,000 interfaces", both.size()));
		assertTrue(both.contains(some));
		assertEquals(both.get(0).getName(), harness.table().getItem(0).getText(CatalogColumn.NAME.ordinal()));

		harness.driver.press(harness.driver.button(harness.shell, "Clear Filters"));
		harness.waitForStatus("2,000 of 2,000 interfaces");
		assertEquals("", harness.filter(CatalogColumn.DATA_SOURCE).getText());
	}

	@Test
	void clickingAHeaderSortsUpThenDown() {
		Table table = harness.table();
		Comparator<String> byText = Comparator.comparing(text -> text.toLowerCase(Locale.ROOT));
		String first = interfaces.stream().map(Interface::getName).min(byText).orElseThrow();
		String last = interfaces.stream().map(Interface::getName).max(byText).orElseThrow();

		table.getColumn(CatalogColumn.NAME.ordinal()).notifyListeners(SWT.Selection, new Event());
		harness.driver.flush();
		assertEquals(first.toLowerCase(Locale.ROOT), table.getItem(0).getText(0).toLowerCase(Locale.ROOT));
		assertEquals(SWT.UP, table.getSortDirection());

		table.getColumn(CatalogColumn.NAME.ordinal()).notifyListeners(SWT.Selection, new Event());
		harness.driver.flush();
		assertEquals(last.toLowerCase(Locale.ROOT), table.getItem(0).getText(0).toLowerCase(Locale.ROOT));
		assertEquals(SWT.DOWN, table.getSortDirection());
		assertEquals(INTERFACES, table.getItemCount());
	}

	@Test
	void doubleClickOpensTheInterfaceOrInTheSenderColumnItsSystem() {
		Interface withSender = interfaces.stream().filter(i -> i.getSender() != null).findFirst().orElseThrow();
		harness.part.show(CatalogFilter.columns(Map.of("External id", withSender.getExternalId())));
		harness.driver.flush();
		assertEquals(withSender.getName(), harness.table().getItem(0).getText(CatalogColumn.NAME.ordinal()));

		doubleClick(0, CatalogColumn.NAME);
		assertEquals(new RecordingEvents.Sent(LandscapeTopics.OPEN, withSender), last());

		doubleClick(0, CatalogColumn.SENDER);
		assertEquals(new RecordingEvents.Sent(LandscapeTopics.OPEN, withSender.getSender()), last());
	}

	@Test
	void aRenameThroughTheCommandStackShowsAfterAPause() {
		Interface renamed = interfaces.get(3);
		harness.part.show(CatalogFilter.text("zz-renamed-by-test"));
		harness.waitForStatus("0 of 2,000 interfaces");

		harness.model().commandStack().execute(SetCommand.create(harness.model().editingDomain(), renamed,
				LandscapePackage.Literals.NAMED__NAME, "ZZ-renamed-by-test"));
		harness.waitForStatus("1 of 2,000 interfaces");
		assertEquals("ZZ-renamed-by-test", harness.table().getItem(0).getText(CatalogColumn.NAME.ordinal()));
	}

	@Test
	void anInterfaceAddedAndUndoneComesAndGoes() {
		Interface added = LandscapeFactory.eINSTANCE.createInterface();
		added.setName("Added_By_Test");
		harness.model().commandStack().execute(AddCommand.create(harness.model().editingDomain(),
				harness.model().interfaces(), LandscapePackage.Literals.INTERFACE_CATALOG__INTERFACES, added));
		harness.waitForStatus("2,001 of 2,001 interfaces");
		harness.search().setText("added_by");
		harness.waitForStatus("1 of 2,001 interfaces");
		assertEquals("Added_By_Test", harness.table().getItem(0).getText(CatalogColumn.NAME.ordinal()));

		harness.model().commandStack().undo();
		harness.waitForStatus("0 of 2,000 interfaces");
	}

	@Test
	void showingAFilterByColumnLabelReplacesTheTypedOnes() {
		String status = interfaces.get(0).getStatus();
		assertNotNull(status);
		long expected = interfaces.stream().filter(i -> contains(i.getStatus(), status)).count();
		harness.search().setText("no interface has this text");
		harness.part.show(CatalogFilter.columns(Map.of("Status", status)));
		assertEquals("", harness.search().getText());
		assertEquals(status, harness.filter(CatalogColumn.STATUS).getText());
		assertEquals(String.format("%,d of 2,000 interfaces", expected), harness.status());
	}

	@Test
	void aDashboardTileShowsOnlyItsInterfacesUntilTheFiltersAreCleared() {
		List<Interface> behindTheTile = List.of(interfaces.get(3), interfaces.get(7), interfaces.get(11));
		harness.part.showOnly("Decommissioning candidates", behindTheTile);
		assertEquals("3 of 2,000 interfaces (only the Decommissioning candidates; Clear Filters shows all)", harness.status());

		harness.part.show(CatalogFilter.text(""));
		assertEquals("2,000 of 2,000 interfaces", harness.status());
	}

	private void doubleClick(int row, CatalogColumn column) {
		harness.table().showItem(harness.table().getItem(row));
		harness.driver.flush();
		Rectangle cell = harness.table().getItem(row).getBounds(column.ordinal());
		Event event = new Event();
		event.x = cell.x + cell.width / 2;
		event.y = cell.y + cell.height / 2;
		event.button = 1;
		harness.table().notifyListeners(SWT.MouseDoubleClick, event);
		harness.driver.flush();
	}

	private RecordingEvents.Sent last() {
		List<RecordingEvents.Sent> sent = harness.events.sent;
		assertTrue(!sent.isEmpty(), "an event was sent");
		return sent.get(sent.size() - 1);
	}

	private static boolean contains(String text, String part) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT).strip());
	}
}
