package io.cartograph.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.PropertyValue;

class InterfaceImportTest extends ExchangeFixture {

	private static final String HEADER = "Interface,ExternalId,DataSource,Environment,Sender,Receiver,Adapter,Authentication,Type,"
			+ "Documentation URL\n";

	@Test
	void goodRowsCreateInterfacesInOneUndoableCommand() {
		ImportReport report = importInterfaces(HEADER
				+ "Invoices,com.acme.invoices,CPI_EU,,S4P,Tax Engine,IDoc | SOAP,Basic|OAuth2 Client Credentials,Integration Flow,"
				+ "https://wiki.acme.example/invoices\n"
				+ "SI_Payment_Out,,PO_PRD,Quality,SAP S/4HANA,House Bank,SFTP,Public Key,Integrated Configuration,\n"
				+ "Manual upload,,,,,Tax Engine,,,,\n");

		assertEquals(List.of(), report.errors());
		assertEquals(3, report.created());
		assertTrue(report.applied());
		assertEquals(4, model.interfaces().getInterfaces().size());
		Interface invoices = named("Invoices");
		assertSame(cpi, invoices.getDataSource());
		assertSame(environment("Production"), invoices.getEnvironment(), "an empty Environment takes the data source's");
		assertSame(s4, invoices.getSender(), "found by alias");
		assertTrue(invoices.isSenderSetByHand());
		assertEquals("Tax Engine", invoices.getReceiver().getName());
		assertEquals(List.of("IDoc", "SOAP"), invoices.getAdapters());
		assertEquals(List.of("Basic", "OAuth2 Client Credentials"), invoices.getAuthenticationMethods());
		PropertyValue url = invoices.getProperties().get(0);
		assertEquals("Documentation URL", url.getDefinition().getName());
		assertEquals("https://wiki.acme.example/invoices", url.getValue());
		assertNotNull(invoices.getUuid());
		assertSame(environment("Quality"), named("SI_Payment_Out").getEnvironment());
		assertSame(invoices.getReceiver(), named("Manual upload").getReceiver(), "one new system, however many rows name it");
		assertEquals(List.of("Creates the system 'Tax Engine' (no system has that name or alias; first named on line 2).",
				"Creates the system 'House Bank' (no system has that name or alias; first named on line 3)."), report.notices());

		model.commandStack().undo();
		assertEquals(List.of(orders), model.interfaces().getInterfaces());
		assertEquals(List.of(s4), model.landscape().getSystems());
		model.commandStack().redo();
		assertEquals(4, model.interfaces().getInterfaces().size());
		assertEquals(3, model.landscape().getSystems().size());
		assertFalse(model.commandStack().canRedo());
		assertEquals("Import interfaces from test.csv", model.commandStack().getUndoCommand().getLabel());
	}

	@Test
	void badRowsAreReportedByLineAndNothingIsImported() {
		ImportReport report = importInterfaces(HEADER
				+ "Good,,CPI_EU,,,,,,,\n"
				+ "Unknown source,,CPI_US,,,,,,,\n"
				+ ",,CPI_EU,,,,,,,\n"
				+ "\"Two\nlines\",,CPI_EU,,,,,,,\n"
				+ "Bad URL,,CPI_EU,Nowhere,,,,,,wiki page\n"
				+ "Short row,CPI_EU\n");

		assertEquals(List.of(3, 4, 7, 7, 8), report.errors().stream().map(ImportReport.RowError::line).toList(), report.errors().toString());
		assertTrue(report.errors().get(0).reason().contains("no data source named 'CPI_US' ('CPI_EU', 'PO_PRD')"),
				report.errors().get(0).reason());
		assertTrue(report.errors().get(1).reason().contains("Interface cell is empty"));
		assertTrue(report.errors().stream().anyMatch(error -> error.reason().contains("'wiki page' is not a URL")));
		assertTrue(report.errors().stream().anyMatch(error -> error.reason().contains("no environment named 'Nowhere'")));
		assertTrue(report.errors().get(4).reason().contains("has 2 cells but the header has 10"));
		assertFalse(report.applied());
		assertTrue(report.summary().contains("nothing was imported"), report.summary());
		assertEquals(List.of(orders), model.interfaces().getInterfaces());
		assertFalse(model.commandStack().canUndo());
		assertTrue(model.dirtyFiles().isEmpty(), "nothing to save");
	}

	@Test
	void rowsUpdateTheInterfaceWithTheirExternalIdThenTheOneWithTheirName() {
		ImportReport report = importInterfaces("Interface,ExternalId,DataSource,Type\n"
				+ "Orders renamed,com.acme.orders,CPI_EU,Integration Flow\n"
				+ "Orders renamed,,PO_PRD,\n");

		assertEquals(List.of(), report.errors());
		assertEquals(1, report.updated());
		assertEquals(1, report.created(), "the same name in another data source is another interface");
		assertEquals("Orders renamed", orders.getName());
		assertEquals(List.of("IDoc"), orders.getAdapters(), "no Adapter column: adapters stay");

		ImportReport again = importInterfaces("Interface,DataSource,Type\nOrders renamed,CPI_EU,\n");

		assertEquals(1, again.updated());
		assertNull(orders.getType(), "an empty cell clears");
		assertEquals(0, importInterfaces("Interface,DataSource,Type\nOrders renamed,CPI_EU,\n").updated());
		assertEquals(1, importInterfaces("Interface,DataSource,Type\nOrders renamed,CPI_EU,\n").unchanged());
	}

	@Test
	void twoRowsForOneInterfaceAreAnError() {
		ImportReport report = importInterfaces("Interface,ExternalId,DataSource\nA,id-1,CPI_EU\nB,id-1,CPI_EU\n");

		assertEquals(List.of(new ImportReport.RowError(3, "this row describes the same interface as line 2. Keep one of the two rows.")),
				report.errors());
	}

	@Test
	void unknownColumnsAreReportedAndIgnored() {
		ImportReport report = importInterfaces("Interface,DataSource,Owner Team,End of Life\nInvoices,CPI_EU,Finance,2026-12-31\n");

		assertEquals(List.of(), report.errors());
		assertEquals(1, report.notices().size());
		assertTrue(report.notices().get(0).startsWith("The column 'Owner Team' is not a property of INTERFACE objects"),
				report.notices().get(0));
		assertEquals("2026-12-31", named("Invoices").getProperties().get(0).getValue());
	}

	@Test
	void headersMatchIgnoringCaseAndAHeaderWithoutInterfaceIsRejected() {
		assertEquals(1, importInterfaces("INTERFACE, datasource \nInvoices,PO_PRD\n").created());
		assertSame(po, named("Invoices").getDataSource());

		ImportReport report = importInterfaces("Name,DataSource\nX,PO_PRD\n");
		assertEquals(1, report.errors().size());
		assertEquals(1, report.errors().get(0).line());
		assertTrue(report.errors().get(0).reason().contains("no column 'Interface'"));
	}

	@Test
	void propertyCellsUpdateAndClearValues() {
		importInterfaces("Interface,DataSource,End of Life\nOrders,CPI_EU,2026-06-30\n");
		assertEquals("2026-06-30", orders.getProperties().get(0).getValue());
		importInterfaces("Interface,DataSource,End of Life\nOrders,CPI_EU,2026-09-30\n");
		assertEquals("2026-09-30", orders.getProperties().get(0).getValue());
		assertEquals(1, orders.getProperties().size());

		importInterfaces("Interface,DataSource,End of Life\nOrders,CPI_EU,\n");

		assertEquals(List.of(), orders.getProperties());
		model.commandStack().undo();
		assertEquals("2026-09-30", orders.getProperties().get(0).getValue());
	}

	@Test
	void aDryRunChangesNothing() {
		ImportReport report = importSheet(Sheet.INTERFACES, "Interface,DataSource,Sender\nInvoices,CPI_EU,New System\n", true);

		assertEquals(1, report.created());
		assertFalse(report.applied());
		assertTrue(report.summary().contains("dry run"), report.summary());
		assertEquals(List.of(orders), model.interfaces().getInterfaces());
		assertEquals(List.<LandscapeSystem>of(s4), model.landscape().getSystems());
	}

	@Test
	void semicolonFilesWithByteOrderMarkAndQuotedCellsImport() {
		ImportReport report = importInterfaces("\uFEFFInterface;DataSource;Type\n\"Orders; EU\";CPI_EU;\"Flow\nwith a break\"\n");

		assertEquals(List.of(), report.errors());
		assertEquals("Flow\nwith a break", named("Orders; EU").getType());
	}
}
