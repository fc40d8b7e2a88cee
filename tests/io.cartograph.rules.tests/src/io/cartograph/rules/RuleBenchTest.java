package io.cartograph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.SystemMappingRule;

/** The test bench: wins per rule, shadowed rules, unmatched interfaces, and why a rule wins. */
class RuleBenchTest {

	private final Landscape landscape = new Landscape();
	private final LandscapeSystem erp = landscape.system("SAP ERP");
	private final LandscapeSystem crm = landscape.system("CRM");

	@Test
	void winsPerRuleCountSlotsWithASample() {
		landscape.systemRule(".*", "ERP", erp);
		landscape.systemRule(".*", "CRM", crm);
		landscape.item("A", "ERP", "CRM");
		landscape.item("B", "ERP", "ERP");
		landscape.item("C", "ERP", null);

		List<RuleBench.RuleWins> wins = new RuleBench(landscape.apply()).systemRuleWins(2);

		assertEquals(3, wins.get(0).senders());
		assertEquals(1, wins.get(0).receivers());
		assertEquals(4, wins.get(0).total());
		assertEquals(List.of("A", "B"), wins.get(0).sample().stream().map(item -> item.getName()).toList(),
				"each interface once in the sample");
		assertEquals(1, wins.get(1).receivers());
	}

	@Test
	void objectRuleMatchesCountInterfaces() {
		landscape.objectRule(".*Order.*", landscape.object("Order"));
		landscape.item("SalesOrder", null, null);
		landscape.item("Invoice", null, null);

		RuleBench.ObjectRuleMatches matches = new RuleBench(landscape.apply()).objectRuleMatches(5).get(0);

		assertEquals(1, matches.interfaces());
		assertEquals("SalesOrder", matches.sample().get(0).getName());
	}

	@Test
	void aRuleAfterAMatchAllOrIdenticalRuleIsAlwaysShadowed() {
		DataSource prd = landscape.dataSource("PRD");
		landscape.systemRule(".*", "ERP_.*", erp);
		SystemMappingRule identical = landscape.systemRule(".*", "ERP_.*", crm);
		landscape.systemRule("Orders_.*", "CRM", crm).setDataSourceFilter(prd);
		SystemMappingRule narrower = landscape.systemRule("Orders_.*", "CRM", erp);
		landscape.systemRule(".*", ".*", erp);
		SystemMappingRule afterMatchAll = landscape.systemRule("X", "Sender", crm);

		List<RuleBench.ShadowedRule> shadowed = new RuleBench(landscape.book, List.of()).shadowedRules();

		assertEquals(List.of(2, 6), shadowed.stream().map(RuleBench.ShadowedRule::position).toList(), shadowed.toString());
		assertSame(identical, shadowed.get(0).rule());
		assertEquals(List.of(1), shadowed.get(0).byPositions());
		assertTrue(shadowed.get(0).always());
		assertEquals(List.of(5), shadowed.get(1).byPositions(), "'.*' as Original System matches an empty sender too");
		assertSame(afterMatchAll, shadowed.get(1).rule());
		assertFalse(shadowed.stream().anyMatch(rule -> rule.rule() == narrower),
				"an earlier rule with a data source filter does not shadow one without");
	}

	@Test
	void aRuleThatWinsNothingWhereEarlierRulesTookItsMatchesIsShadowedHere() {
		landscape.systemRule("Orders_.*", ".*", erp);
		landscape.systemRule(".*_PRD", "ERP", crm);
		SystemMappingRule shadowedHere = landscape.systemRule(".*_Create", "ERP", crm);
		SystemMappingRule winsNothingButMatchesNothing = landscape.systemRule("Never", ".*", crm);
		landscape.item("Orders_Create", "ERP", "ERP");
		landscape.item("Items_PRD", "ERP", null);

		List<RuleBench.ShadowedRule> shadowed = new RuleBench(landscape.apply()).shadowedRules();

		assertEquals(1, shadowed.size(), shadowed.toString());
		assertSame(shadowedHere, shadowed.get(0).rule());
		assertFalse(shadowed.get(0).always());
		assertEquals(2, shadowed.get(0).matched());
		assertEquals(List.of(1), shadowed.get(0).byPositions());
		assertEquals("wins nothing: the 2 slots it matches are taken by rule 1", shadowed.get(0).reason());
		assertFalse(shadowed.stream().anyMatch(rule -> rule.rule() == winsNothingButMatchesNothing));
	}

	@Test
	void unmatchedInterfacesListTheirEmptySlots() {
		landscape.systemRule(".*", "ERP", erp);
		landscape.item("A", "ERP", "ERP");
		landscape.item("B", "ERP", "SFTP");
		landscape.item("C", null, null);

		List<RuleBench.UnmatchedInterface> unmatched = new RuleBench(landscape.apply()).unmatched();

		assertEquals(List.of("B", "C"), unmatched.stream().map(entry -> entry.item().getName()).toList());
		assertFalse(unmatched.get(0).sender());
		assertTrue(unmatched.get(0).receiver());
		assertTrue(unmatched.get(1).sender() && unmatched.get(1).receiver());
	}

	@Test
	void explainSaysWhichRuleWinsAndWhyEachEarlierOneDidNot() {
		DataSource prd = landscape.dataSource("CPI_PRD");
		DataSource dev = landscape.dataSource("CPI_DEV");
		landscape.systemRule(".*", ".*", erp).setEnabled(false);
		landscape.systemRule("Order(", ".*", erp);
		landscape.systemRule("Invoice_.*", ".*", erp);
		landscape.systemRule(".*", "ERP", erp);
		landscape.systemRule(".*", "Receiver", erp);
		landscape.systemRule(".*", "Sender", erp);
		landscape.systemRule(".*", "SFTP.*", erp).setDataSourceFilter(prd);
		SystemMappingRule winner = landscape.systemRule("Orders_.*", "SFTP_.*", crm);
		landscape.systemRule(".*", ".*", erp);

		RuleBench.Explanation explanation = new RuleBench(landscape.book, List.of()).explain("Orders_Create", "SFTP_OUT",
				Slot.SENDER, dev);

		assertSame(winner, explanation.winner());
		assertEquals(8, explanation.position());
		List<String> reasons = explanation.verdicts().stream().map(RuleBench.RuleVerdict::reason).toList();
		assertEquals(List.of("disabled",
				"skipped: Interface 'Order(' does not compile (Unclosed group at position 7)",
				"Interface 'Invoice_.*' does not match the whole name 'Orders_Create'",
				"Original System 'ERP' does not match the whole value 'SFTP_OUT'",
				"Original System 'Receiver' matches only the receiver slot",
				"Original System 'Sender' matches only an empty sender, this one is 'SFTP_OUT'",
				"only for data source CPI_PRD, not CPI_DEV",
				"wins: the first enabled rule that matches (Interface 'Orders_.*', Original System 'SFTP_.*')"), reasons);
		assertTrue(explanation.verdicts().get(7).wins());
	}

	@Test
	void explainWithoutWinnerListsEveryRule() {
		landscape.systemRule(".*", "ERP", erp);

		RuleBench.Explanation explanation = new RuleBench(landscape.book, List.of()).explain("A", null, Slot.RECEIVER, null);

		assertNull(explanation.winner());
		assertEquals(0, explanation.position());
		assertEquals("Original System 'ERP' does not match the whole value ''", explanation.verdicts().get(0).reason());
	}
}
