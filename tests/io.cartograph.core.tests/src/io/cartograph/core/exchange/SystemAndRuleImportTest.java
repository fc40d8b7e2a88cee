package io.cartograph.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.ObjectRule;
import io.cartograph.model.landscape.SystemMappingRule;

class SystemAndRuleImportTest extends ExchangeFixture {

	@Test
	void systemRowsCreateAndUpdateSystems() {
		ImportReport report = importSheet(Sheet.SYSTEMS, "Name,Description,Owner,Aliases\n"
				+ "sap s/4hana,ERP,ERP Team,S4P|S4HANA\n"
				+ "Salesforce,CRM,,SFDC\n", false);

		assertEquals(List.of(), report.errors());
		assertEquals(1, report.updated());
		assertEquals(1, report.created());
		assertEquals("ERP Team", s4.getOwner());
		assertEquals("sap s/4hana", s4.getName(), "the row's spelling wins");
		assertEquals(List.of("S4P", "S4HANA"), s4.getAliases());
		LandscapeSystem salesforce = model.landscape().getSystems().get(1);
		assertEquals(List.of("SFDC"), salesforce.getAliases());
		assertNull(salesforce.getOwner());
		model.commandStack().undo();
		assertEquals(List.of("S4P"), s4.getAliases());
		assertEquals(1, model.landscape().getSystems().size());
	}

	@Test
	void systemRowsWhoseNamesClashAreRejected() {
		ImportReport report = importSheet(Sheet.SYSTEMS, "Name,Aliases\nS4P,\nCRM,S4P\nCRM,\n", false);

		assertEquals(List.of(2, 3, 4), report.errors().stream().map(ImportReport.RowError::line).toList(), report.errors().toString());
		assertTrue(report.errors().get(0).reason().contains("is an alias of the system 'SAP S/4HANA'"));
		assertTrue(report.errors().get(1).reason().contains("alias 'S4P' already names the system 'SAP S/4HANA'"));
		assertTrue(report.errors().get(2).reason().contains("also on line 3"));
		assertEquals(1, model.landscape().getSystems().size());
	}

	@Test
	void systemRulesAreAppendedInOrderOrUpdated() {
		SystemMappingRule existing = Identities.create(LandscapePackage.Literals.SYSTEM_MAPPING_RULE, SystemMappingRule.class);
		existing.setInterfacePattern(".*");
		existing.setOriginalSystem("S4P_100");
		model.rules().getSystemMappingRules().add(existing);

		ImportReport report = importSheet(Sheet.SYSTEM_RULES, "Interface,OriginalSystem,HarmonizedSystem,DataSource,Enabled,Description\n"
				+ ".*,s4p_100,S4P,,yes,ERP client 100\n"
				+ "SI_.*,S4PCLNT100,SAP S/4HANA,PO_PRD,false,\n"
				+ "Application_.*_API,,,,,no partner\n", false);

		assertEquals(List.of(), report.errors());
		assertEquals(1, report.updated());
		assertEquals(2, report.created());
		assertSame(s4, existing.getHarmonizedSystem());
		assertEquals("ERP client 100", existing.getDescription());
		List<SystemMappingRule> rules = model.rules().getSystemMappingRules();
		assertEquals(3, rules.size());
		assertEquals("SI_.*", rules.get(1).getInterfacePattern());
		assertSame(po, rules.get(1).getDataSourceFilter());
		assertFalse(rules.get(1).isEnabled());
		assertNull(rules.get(2).getHarmonizedSystem(), "a rule may map to no system");
		assertTrue(rules.get(2).isEnabled(), "an empty Enabled cell means enabled");
	}

	@Test
	void badSystemRulesAreReportedByLine() {
		ImportReport report = importSheet(Sheet.SYSTEM_RULES, "Interface,OriginalSystem,HarmonizedSystem,DataSource,Enabled\n"
				+ "(open,X,,,\n"
				+ ".*,X,Nobody,,\n"
				+ ".*,Y,,CPI_US,\n"
				+ ".*,Z,,,maybe\n"
				+ ",W,,,\n", false);

		assertEquals(List.of(2, 3, 4, 5, 6), report.errors().stream().map(ImportReport.RowError::line).toList(), report.errors().toString());
		assertTrue(report.errors().get(0).reason().startsWith("Interface: '(open' is not a regular expression"));
		assertTrue(report.errors().get(1).reason().contains("no system named 'Nobody'"));
		assertTrue(report.errors().get(2).reason().contains("no data source named 'CPI_US'"));
		assertTrue(report.errors().get(3).reason().contains("Enabled is 'maybe'"));
		assertTrue(report.errors().get(4).reason().contains("interface pattern is empty"));
		assertEquals(List.of(), model.rules().getSystemMappingRules());
	}

	@Test
	void objectRulesNeedAnExistingObject() {
		BusinessObject order = Identities.create(LandscapePackage.Literals.BUSINESS_OBJECT, BusinessObject.class);
		order.setName("Sales Order");
		model.landscape().getBusinessObjects().add(order);

		ImportReport bad = importSheet(Sheet.OBJECT_RULES, "Interface,HarmonizedObject,Enabled\n.*Order.*,Sales Order,\n.*Invoice.*,Invoice,\n",
				false);
		assertEquals(List.of(3), bad.errors().stream().map(ImportReport.RowError::line).toList());
		assertEquals(List.of(), model.rules().getObjectRules());

		ImportReport good = importSheet(Sheet.OBJECT_RULES, "Interface,HarmonizedObject,Enabled\n.*Order.*,sales order,0\n", false);
		assertEquals(1, good.created());
		ObjectRule rule = model.rules().getObjectRules().get(0);
		assertSame(order, rule.getHarmonizedObject());
		assertFalse(rule.isEnabled());
		assertEquals(1, importSheet(Sheet.OBJECT_RULES, "Interface,HarmonizedObject,Enabled\n.*Order.*,Sales Order,1\n", false).updated());
		assertTrue(rule.isEnabled());
	}
}
