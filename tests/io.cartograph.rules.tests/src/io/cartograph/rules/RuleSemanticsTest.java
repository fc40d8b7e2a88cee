package io.cartograph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.ObjectRule;
import io.cartograph.model.landscape.SystemMappingRule;

/** The semantics of issue 5, item 2, case by case (docs/transformation-rules.md). */
class RuleSemanticsTest {

	private final Landscape landscape = new Landscape();
	private final LandscapeSystem erp = landscape.system("SAP ERP");
	private final LandscapeSystem crm = landscape.system("CRM");
	private final LandscapeSystem files = landscape.system("File hub");

	/** The example table of docs/transformation-rules.md, row by row. */
	@Test
	void theDocumentedExample() {
		DataSource eu = landscape.dataSource("CPI_EU_PRD");
		DataSource us = landscape.dataSource("CPI_US_PRD");
		LandscapeSystem portal = landscape.system("Partner portal");
		LandscapeSystem sftp = landscape.system("SFTP server");
		landscape.systemRule(".*_Archive_.*", "SFTP", files).setDataSourceFilter(eu);
		landscape.systemRule(".*", "SAP_ERP_.*", erp);
		landscape.systemRule("Inbound_.*", "Sender", portal);
		landscape.systemRule(".*", "SFTP", sftp);
		landscape.item("Orders_Archive_Daily", "SAP_ERP_100", "SFTP", eu);
		landscape.item("Orders_Archive_Daily", "SAP_ERP_100", "SFTP", us);
		landscape.item("Inbound_Orders", null, "SAP_ERP_100");
		landscape.item("Inbound_Orders", "SFTP", null);
		landscape.item("Archive", "MY_SAP_ERP_1", "SFTP");

		RuleResults results = landscape.apply();

		List<List<Integer>> positions = results.results().stream()
				.map(result -> List.of(result.senderPosition(), result.receiverPosition())).toList();
		assertEquals(List.of(List.of(2, 1), List.of(2, 4), List.of(3, 2), List.of(4, 0), List.of(0, 4)), positions);
		assertSame(files, results.result(0).receiver());
		assertSame(portal, results.result(2).sender());
		assertNull(results.result(3).receiver());
	}

	@Test
	void theFirstMatchingRuleWinsInOrder() {
		SystemMappingRule first = landscape.systemRule(".*", "ERP_.*", erp);
		landscape.systemRule(".*", "ERP_PRD", crm);
		Interface item = landscape.item("Orders", "ERP_PRD", null);

		InterfaceResult result = landscape.result(item);

		assertSame(erp, result.sender(), "the earlier rule wins although the later one is more specific");
		assertSame(first, result.senderRule());
		assertEquals(1, result.senderPosition());
	}

	@Test
	void moving_aRuleUpChangesTheWinner() {
		landscape.systemRule(".*", "ERP_.*", erp);
		SystemMappingRule specific = landscape.systemRule(".*", "ERP_PRD", crm);
		landscape.book.getSystemMappingRules().move(0, specific);
		Interface item = landscape.item("Orders", "ERP_PRD", null);

		assertSame(crm, landscape.result(item).sender());
	}

	@Test
	void regexesMatchTheWholeValueNotAPart() {
		landscape.systemRule("Order", ".*", erp);
		landscape.systemRule(".*", "ERP", crm);
		landscape.systemRule(".*Order.*", "SFTP.*", files);
		Interface partial = landscape.item("SalesOrder", "MY_ERP_1", null);
		Interface whole = landscape.item("Order", "x", null);
		Interface wildcard = landscape.item("SalesOrder_Create", "SFTP_OUT", null);

		RuleResults results = landscape.apply();

		assertNull(results.result(0).sender(), "'Order' does not match 'SalesOrder', 'ERP' does not match 'MY_ERP_1'");
		assertSame(erp, results.result(1).sender());
		assertSame(files, results.result(2).sender());
		assertTrue(results.result(0).objectRules().isEmpty());
		assertSame(partial, results.result(0).item());
		assertSame(whole, results.result(1).item());
		assertSame(wildcard, results.result(2).item());
	}

	@Test
	void senderAndReceiverAreHarmonizedEachOnItsOwn() {
		landscape.systemRule(".*", "ERP_PRD", erp);
		landscape.systemRule(".*", "CRM_PRD", crm);
		Interface item = landscape.item("Accounts", "CRM_PRD", "ERP_PRD");

		InterfaceResult result = landscape.result(item);

		assertSame(crm, result.sender());
		assertEquals(2, result.senderPosition());
		assertSame(erp, result.receiver());
		assertEquals(1, result.receiverPosition(), "rule 1 wins the receiver although it did not match the sender");
	}

	@Test
	void aMissingOriginalValueIsTheEmptyString() {
		landscape.systemRule(".*", ".+", erp);
		landscape.systemRule(".*", "", crm);
		Interface item = landscape.item("Accounts", null, "");

		InterfaceResult result = landscape.result(item);

		assertSame(crm, result.sender(), "'.+' does not match a missing sender; a blank Original System matches everything");
		assertSame(crm, result.receiver());
	}

	@Test
	void senderMatchesOnlyAnEmptySenderSlot() {
		landscape.systemRule("Inbound_.*", "Sender", erp);
		Interface empty = landscape.item("Inbound_Orders", null, null);
		Interface filled = landscape.item("Inbound_Items", "SFTP", null);
		Interface otherName = landscape.item("Outbound_Orders", null, null);

		RuleResults results = landscape.apply();

		assertSame(erp, results.result(0).sender());
		assertNull(results.result(0).receiver(), "'Sender' never matches the receiver slot, even when it is empty");
		assertNull(results.result(1).sender(), "'Sender' matches only when the sender is empty");
		assertNull(results.result(2).sender(), "the Interface regex still applies");
		assertSame(empty, results.result(0).item());
		assertSame(filled, results.result(1).item());
		assertSame(otherName, results.result(2).item());
	}

	@Test
	void receiverMatchesOnlyAnEmptyReceiverSlot() {
		landscape.systemRule(".*", "Receiver", files);
		landscape.systemRule(".*", ".*", crm);
		Interface item = landscape.item("Archive", "", "");
		Interface filled = landscape.item("Archive2", "", "SFTP");

		RuleResults results = landscape.apply();

		assertSame(crm, results.result(0).sender(), "'Receiver' does not match the empty sender");
		assertSame(files, results.result(0).receiver());
		assertSame(crm, results.result(1).receiver());
		assertSame(item, results.result(0).item());
		assertSame(filled, results.result(1).item());
	}

	@Test
	void sender_isSpecialOnlyAsTheWholeValue() {
		landscape.systemRule(".*", "Senders?", erp);
		Interface item = landscape.item("A", "Sender", "Senders");

		InterfaceResult result = landscape.result(item);

		assertSame(erp, result.sender(), "any other regex is a regex, which may match the text 'Sender'");
		assertSame(erp, result.receiver());
	}

	@Test
	void theDataSourceFilterLimitsARuleToItsSource() {
		DataSource prd = landscape.dataSource("CPI_PRD");
		DataSource dev = landscape.dataSource("CPI_DEV");
		landscape.systemRule(".*", "SFTP", files).setDataSourceFilter(prd);
		landscape.systemRule(".*", "SFTP", crm);
		landscape.item("A", "SFTP", null, prd);
		landscape.item("B", "SFTP", null, dev);
		landscape.item("C", "SFTP", null, null);

		RuleResults results = landscape.apply();

		assertSame(files, results.result(0).sender());
		assertSame(crm, results.result(1).sender());
		assertSame(crm, results.result(2).sender(), "an interface without data source never passes a filter");
	}

	@Test
	void disabledRulesAreNotTried() {
		landscape.systemRule(".*", ".*", erp).setEnabled(false);
		landscape.systemRule(".*", ".*", crm);
		ObjectRule disabledObject = landscape.objectRule(".*", landscape.object("Order"));
		disabledObject.setEnabled(false);
		Interface item = landscape.item("A", "x", "y");

		InterfaceResult result = landscape.result(item);

		assertSame(crm, result.sender());
		assertSame(crm, result.receiver());
		assertTrue(result.objects().isEmpty());
	}

	@Test
	void anInvalidRegexIsFlaggedAndSkippedWhileTheOthersApply() {
		landscape.systemRule("Order(_Create", ".*", erp);
		landscape.systemRule(".*", "[ERP", erp);
		landscape.systemRule(".*", ".*", crm);
		landscape.objectRule("*Order", landscape.object("Broken"));
		BusinessObject order = landscape.object("Order");
		landscape.objectRule(".*", order);
		landscape.item("Order(_Create", "[ERP", null);

		RuleResults results = landscape.apply();

		assertSame(crm, results.result(0).sender());
		assertEquals(List.of(order), results.result(0).objects());
		List<RuleProblem> problems = results.problems();
		assertEquals(3, problems.size(), problems.toString());
		assertEquals("System mapping rule 1: Interface 'Order(_Create' is not a regular expression: Unclosed group at position 14; "
				+ "the rule is skipped", problems.get(0).line());
		assertEquals("Original System", problems.get(1).field());
		assertEquals(2, problems.get(1).position());
		assertEquals(CompiledRules.OBJECT_RULE, problems.get(2).kind());
		assertTrue(problems.get(2).error().startsWith("Dangling meta character '*'"), problems.get(2).error());
	}

	@Test
	void everyMatchingObjectRuleAddsItsObjectOnce() {
		BusinessObject order = landscape.object("Sales Order");
		BusinessObject customer = landscape.object("Customer");
		landscape.objectRule(".*Order.*", order);
		landscape.objectRule("(?i).*order.*", order);
		landscape.objectRule("SalesOrder_.*", customer);
		landscape.objectRule(".*Invoice.*", landscape.object("Invoice"));
		Interface item = landscape.item("SalesOrder_Customer", null, null);

		InterfaceResult result = landscape.result(item);

		assertEquals(List.of(order, customer), result.objects(), "no duplicates, rule order");
		assertEquals(3, result.objectRules().size(), "all three matching rules contribute");
	}

	@Test
	void aRuleWithoutSystemStillWinsItsSlot() {
		SystemMappingRule nothing = landscape.systemRule("Z_TEST_.*", ".*", null);
		landscape.systemRule(".*", ".*", erp);
		Interface item = landscape.item("Z_TEST_1", "x", "y");

		InterfaceResult result = landscape.result(item);

		assertSame(nothing, result.senderRule());
		assertNull(result.sender(), "the first matching rule says 'no system'; later rules are not asked");
	}

	@Test
	void namesWithLineBreaksFollowJavaRegexDotRules() {
		BusinessObject order = landscape.object("Order");
		landscape.objectRule(".*Order.*", order);
		landscape.objectRule("(?s).*Order.*", landscape.object("Any"));
		landscape.systemRule("A.*", ".*", erp);
		landscape.item("A\nOrder", null, null);

		InterfaceResult result = landscape.result(landscape.interfaces.get(0));

		assertNull(result.sender(), "'.' does not match a line break");
		assertEquals(List.of("Any"), result.objects().stream().map(BusinessObject::getName).toList());
	}
}
