package io.cartograph.core.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

	@Test
	void readsCommaSeparatedRowsWithTheirLines() {
		Table table = read("Interface,DataSource\nOrders,CPI\n\nInvoices,PO\n");

		assertEquals(List.of("Interface", "DataSource"), table.header());
		assertEquals(',', table.separator());
		assertEquals(List.of(new Table.Row(2, List.of("Orders", "CPI")), new Table.Row(4, List.of("Invoices", "PO"))), table.rows());
	}

	@Test
	void quotedCellsHoldSeparatorsQuotesAndLineBreaks() {
		Table table = read("A,B,C\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nlast,,\"\"\r\n");

		assertEquals(List.of("x, y", "say \"hi\"", "two\r\nlines"), table.rows().get(0).cells());
		assertEquals(2, table.rows().get(0).line());
		assertEquals(new Table.Row(4, List.of("last", "", "")), table.rows().get(1), "the quoted line break counts as a line");
	}

	@Test
	void semicolonsAreDetectedFromTheHeaderAndTheByteOrderMarkIsDropped() {
		Table table = read("\uFEFFInterface;Adapter;Note\nOrders;IDoc|SOAP;\"a;b, c\"\n");

		assertEquals(';', table.separator());
		assertEquals(List.of("Interface", "Adapter", "Note"), table.header());
		assertEquals(List.of("Orders", "IDoc|SOAP", "a;b, c"), table.rows().get(0).cells());
	}

	@Test
	void aFileWithoutLineEndAtTheEndIsRead() {
		assertEquals(List.of("1", "2"), read("a,b\n1,2").rows().get(0).cells());
	}

	@Test
	void anUnclosedQuoteNamesTheLineWhereTheCellStarts() {
		ExchangeException e = assertThrows(ExchangeException.class, () -> read("A,B\n1,2\n3,\"open\n\nmore\n"));
		assertTrue(e.getMessage().startsWith("Line 3: a quoted cell is not closed"), e.getMessage());
	}

	@Test
	void textAfterAClosingQuoteIsRejected() {
		ExchangeException e = assertThrows(ExchangeException.class, () -> read("A,B\n\"x\"y,2\n"));
		assertTrue(e.getMessage().startsWith("Line 2: text follows a closing quote"), e.getMessage());
	}

	@Test
	void textThatIsNotUtf8IsRejected() {
		byte[] latin1 = "Interface\nM\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1);
		ExchangeException e = assertThrows(ExchangeException.class, () -> CsvReader.read(latin1));
		assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
	}

	@Test
	void anEmptyFileOrALeadingEmptyLineIsRejected() {
		assertThrows(ExchangeException.class, () -> read(""));
		assertThrows(ExchangeException.class, () -> read("\nInterface\nOrders\n"));
	}

	@Test
	void whatTheWriterWritesTheReaderReadsBack() {
		List<String> header = List.of("Interface", "Note");
		List<List<String>> rows = List.of(List.of("Orders", "a, b"), List.of("M\u00fcller \"quoted\"", "line\nbreak"),
				List.of(" padded ", ""), List.of("semi;colon", "=formula"));

		byte[] csv = CsvWriter.write(header, rows);
		Table table = CsvReader.read(csv);

		assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, java.util.Arrays.copyOf(csv, 3), "starts with a BOM");
		assertEquals(',', table.separator());
		assertEquals(header, table.header());
		assertEquals(rows, table.rows().stream().map(Table.Row::cells).toList());
	}

	private static Table read(String text) {
		return CsvReader.read(text.getBytes(StandardCharsets.UTF_8));
	}
}
