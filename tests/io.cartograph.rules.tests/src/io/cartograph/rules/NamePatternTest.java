package io.cartograph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The shortcuts (literal, prefix, suffix, substring, everything) answer exactly as the regex does. */
class NamePatternTest {

	private static final List<String> PATTERNS = List.of("", ".*", ".*.*", "Order", "Order.*", ".*Order", ".*Order.*",
			"(?i)order", "(?i)order.*", "(?i).*order", "(?i).*order.*", "(?i).*ORDER.*", "A\\.B.*", ".*A\\_B.*", "a\\.*",
			"(?i).*straße.*", ".*Ordér.*", "Order_.*_v[0-9]", "(?i)(SO|PO)_.*", ".*(Create|Update)Order_v.*", "x|Order.*",
			"(?s).*Order.*", "Order .*", ".*\\|.*", "Order\\.*", "\\QOrder\\E.*", "[Oo]rder.*", "Ord(er)?_.*");
	private static final List<String> VALUES = List.of("", "Order", "order", "ORDER", "SalesOrder", "Order_Create",
			"SalesOrder_Create", "A.B", "A.Bx", "xA_By", "a", "a...", "a.b", "Straße", "STRASSE", "X_Ordér_Y", "Order_x_v1",
			"SO_1", "so_2", "PO_x", "CreateOrder_v2", "UpdateOrder_v", "x", "Order\nCreate", "Sales\rOrder", "Order ",
			"Order x", "a|b", "Order...", "order_x", "Ord_", "Order_", "KELVIN_\u212Arder");

	@Test
	void everyShortcutAgreesWithTheRegex() {
		for (String text : PATTERNS) {
			NamePattern pattern = NamePattern.of(text);
			for (String value : VALUES) {
				assertEquals(RulePattern.of(text).matches(value), pattern.matches(value),
						"'" + text + "' (" + pattern.shape + ") on '" + value.replace("\n", "\\n").replace("\r", "\\r") + "'");
			}
		}
	}

	@Test
	void shapesAreRecognised() {
		assertEquals(NamePattern.Shape.ALL, NamePattern.of("").shape);
		assertEquals(NamePattern.Shape.ALL, NamePattern.of(".*").shape);
		assertEquals(NamePattern.Shape.LITERAL, NamePattern.of("SAP_ERP").shape);
		assertEquals(NamePattern.Shape.PREFIX, NamePattern.of("Z_TEST_.*").shape);
		assertEquals(NamePattern.Shape.SUFFIX, NamePattern.of(".*_Archive").shape);
		assertEquals(NamePattern.Shape.CONTAINS, NamePattern.of("(?i).*order.*").shape);
		assertEquals(NamePattern.Shape.REGEX, NamePattern.of("Order_v[0-9]").shape);
		assertEquals(NamePattern.Shape.REGEX, NamePattern.of("(?i).*straße.*").shape, "(?i) folds only ASCII: left to the regex");
	}

	@Test
	void requiredTextIsFoundOnlyWhereItIsCertain() {
		assertEquals("Order_v", RequiredText.of(".*(Create|Update)Order_v[0-9]+"));
		assertEquals("_to_", RequiredText.of("(SO|PO)_.*_to_.*"));
		assertEquals("order", RequiredText.of("(?i).*ORDER[0-9]"));
		assertEquals("Orde", RequiredText.of(".*Order?"), "a quantified character is not required");
		assertNull(RequiredText.of("Order|Invoice"), "a top-level alternative");
		assertNull(RequiredText.of("(?x) Order"), "inline flags other than a leading (?i)");
		assertNull(RequiredText.of("\\QOrder\\E"));
		assertNull(RequiredText.of("[a[b]]Order"), "nested classes");
	}
}
