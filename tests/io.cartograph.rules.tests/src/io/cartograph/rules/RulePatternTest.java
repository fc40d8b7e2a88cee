package io.cartograph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RulePatternTest {

	@Test
	void matchesTheWholeValueOnly() {
		RulePattern sap = RulePattern.of("SAP");
		assertTrue(sap.matches("SAP"));
		assertFalse(sap.matches("SAP_ERP"), "not a prefix match");
		assertFalse(sap.matches("MY_SAP"), "not a find");
		assertTrue(RulePattern.of("SAP.*").matches("SAP_ERP"));
		assertTrue(RulePattern.of(".*Order.*").matches("SalesOrder_Create"));
	}

	@Test
	void aMissingValueIsTheEmptyString() {
		assertTrue(RulePattern.of("").matches(null), "a blank pattern matches everything");
		assertTrue(RulePattern.of(".*").matches(null));
		assertFalse(RulePattern.of(".+").matches(null));
	}

	@Test
	void anInvalidPatternKeepsItsErrorAndMatchesNothing() {
		RulePattern broken = RulePattern.of("Order(_Create");
		assertFalse(broken.isValid());
		assertFalse(broken.matches("Order(_Create"));
		assertTrue(broken.error().orElseThrow().startsWith("Unclosed group"), broken.error().orElseThrow());
		assertEquals("Order(_Create", broken.text());
	}
}
