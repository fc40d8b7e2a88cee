package io.cartograph.core.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.ObjectRule;
import io.cartograph.model.landscape.SystemMappingRule;

/** rules apply and bench-rules as a user runs them. */
class RulesCommandsTest {

	private static final LandscapeFactory MAKE = LandscapeFactory.eINSTANCE;

	@TempDir
	Path folder;

	private Path workspace;

	private static CliRun run(String... args) {
		return CliRun.of(args);
	}

	/**
	 * Rules: 1 {@code .*} / {@code ERP_.*} to SAP ERP, 2 {@code .*} / {@code Sender} to CRM,
	 * 3 {@code Order(} (broken); object rule {@code .*Order.*} to Order. Interfaces SalesOrder
	 * (ERP_PRD to nothing), Invoice (nothing to ERP_DEV), Manual (ERP_PRD, sender CRM set by hand).
	 */
	@BeforeEach
	void createWorkspace() throws IOException {
		workspace = folder.resolve("ws");
		try (Workspace created = Workspace.create(workspace, "Rules")) {
			LandscapeModel model = created.model();
			LandscapeSystem erp = system(model, "SAP ERP");
			LandscapeSystem crm = system(model, "CRM");
			BusinessObject order = MAKE.createBusinessObject();
			order.setUuid("bo-order");
			order.setName("Order");
			model.landscape().getBusinessObjects().add(order);
			model.rules().getSystemMappingRules().add(systemRule("sr-1", ".*", "ERP_.*", erp));
			model.rules().getSystemMappingRules().add(systemRule("sr-2", ".*", "Sender", crm));
			model.rules().getSystemMappingRules().add(systemRule("sr-3", "Order(", ".*", crm));
			ObjectRule orders = MAKE.createObjectRule();
			orders.setUuid("or-1");
			orders.setInterfacePattern(".*Order.*");
			orders.setHarmonizedObject(order);
			model.rules().getObjectRules().add(orders);
			model.interfaces().getInterfaces().add(item("SalesOrder", "ERP_PRD", null));
			model.interfaces().getInterfaces().add(item("Invoice", null, "ERP_DEV"));
			Interface manual = item("Manual", "ERP_PRD", null);
			manual.setSender(crm);
			manual.setSenderSetByHand(true);
			model.interfaces().getInterfaces().add(manual);
			model.saveAll();
		}
	}

	private static LandscapeSystem system(LandscapeModel model, String name) {
		LandscapeSystem system = MAKE.createLandscapeSystem();
		system.setUuid("sys-" + name.replace(" ", "-"));
		system.setName(name);
		model.landscape().getSystems().add(system);
		return system;
	}

	private static SystemMappingRule systemRule(String uuid, String name, String original, LandscapeSystem system) {
		SystemMappingRule rule = MAKE.createSystemMappingRule();
		rule.setUuid(uuid);
		rule.setInterfacePattern(name);
		rule.setOriginalSystem(original);
		rule.setHarmonizedSystem(system);
		return rule;
	}

	private static Interface item(String name, String sender, String receiver) {
		Interface item = MAKE.createInterface();
		item.setUuid("if-" + name);
		item.setName(name);
		item.setOriginalSender(sender);
		item.setOriginalReceiver(receiver);
		return item;
	}

	@Test
	void applyHarmonizesSavesAndReportsEachInterfaceAsJson() throws IOException {
		CliRun result = run("rules", "apply", "--workspace", workspace.toString(), "--json");

		assertEquals(0, result.exitCode(), result.err());
		assertEquals("warning: System mapping rule 3: Interface 'Order(' is not a regular expression: Unclosed group at "
				+ "position 7; the rule is skipped\n", result.err());
		JsonNode json = new ObjectMapper().readTree(result.out());
		assertTrue(json.get("saved").asBoolean());
		assertEquals(2, json.get("sendersChanged").asInt());
		assertEquals(1, json.get("receiversChanged").asInt());
		assertEquals(1, json.get("keptByHand").asInt());
		assertEquals(3, json.get("invalidRules").get(0).get("position").asInt());
		JsonNode sales = json.get("interfaces").get(0);
		assertEquals("SalesOrder", sales.get("name").asText());
		assertEquals("SAP ERP", sales.get("harmonizedSender").asText());
		assertEquals(1, sales.get("senderRule").get("position").asInt());
		assertEquals("sr-1", sales.get("senderRule").get("uuid").asText());
		assertTrue(sales.get("harmonizedReceiver").isNull(), "'Sender' does not match the empty receiver");
		assertTrue(sales.get("receiverRule").isNull());
		assertEquals("[\"Order\"]", sales.get("objects").toString());
		assertEquals("[\"or-1\"]", sales.get("objectRules").toString());
		JsonNode invoice = json.get("interfaces").get(1);
		assertEquals("CRM", invoice.get("harmonizedSender").asText(), "'Sender' matches the empty sender");
		assertEquals(2, invoice.get("senderRule").get("position").asInt());
		assertEquals("SAP ERP", invoice.get("harmonizedReceiver").asText());
		JsonNode manual = json.get("interfaces").get(2);
		assertEquals("CRM", manual.get("harmonizedSender").asText(), "set by hand: kept");
		assertTrue(manual.get("senderSetByHand").asBoolean());
		assertEquals(1, manual.get("senderRule").get("position").asInt(), "the rule that would have won");

		try (Workspace reopened = Workspace.open(workspace)) {
			Interface saved = reopened.model().interfaces().getInterfaces().get(0);
			assertEquals("SAP ERP", saved.getSender().getName());
			assertEquals("Order", saved.getBusinessObjects().get(0).getName());
		}
		CliRun again = run("rules", "apply", "--workspace", workspace.toString());
		assertEquals("Applied 3 interfaces: 0 senders and 0 receivers changed, 0 objects added, 1 values set by hand kept. "
				+ "Nothing to save.\n", again.out());
	}

	@Test
	void dryRunChangesNoFile() throws IOException {
		Path interfaces = workspace.resolve("landscape/interfaces.xmi");
		byte[] before = Files.readAllBytes(interfaces);

		CliRun result = run("rules", "apply", "--workspace", workspace.toString(), "--dry-run");

		assertEquals(0, result.exitCode(), result.err());
		assertEquals("Applied 3 interfaces: 2 senders and 1 receivers changed, 1 objects added, 1 values set by hand kept. "
				+ "Dry run: nothing saved.\n", result.out());
		assertArrayEquals(before, Files.readAllBytes(interfaces));
	}

	@Test
	void overwriteReplacesValuesSetByHand() {
		CliRun result = run("rules", "apply", "--workspace", workspace.toString(), "--overwrite");

		assertEquals(0, result.exitCode(), result.err());
		try (Workspace reopened = Workspace.open(workspace)) {
			Interface manual = reopened.model().interfaces().getInterfaces().get(2);
			assertEquals("SAP ERP", manual.getSender().getName());
			assertFalse(manual.isSenderSetByHand());
		}
	}

	@Test
	void withoutAnyUsableRuleNothingCanBeDoneAndTheExitCodeSaysSo() {
		try (Workspace opened = Workspace.open(workspace)) {
			opened.model().rules().getSystemMappingRules().forEach(rule -> rule.setEnabled(false));
			opened.model().rules().getObjectRules().clear();
			try {
				opened.model().saveAll();
			} catch (IOException e) {
				throw new AssertionError(e);
			}
		}

		CliRun result = run("rules", "apply", "--workspace", workspace.toString());

		assertEquals(1, result.exitCode());
		assertTrue(result.err().contains("nothing to apply"), result.err());
	}

	@Test
	void onTheSampleEveryHarmonizedSystemComesFromItsWinningRule() throws IOException {
		Path sample = folder.resolve("sample");
		assertEquals(0, run("sample", "--workspace", sample.toString(), "--interfaces", "200").exitCode());

		CliRun result = run("rules", "apply", "--workspace", sample.toString(), "--json");

		assertEquals(0, result.exitCode(), result.err());
		assertEquals("", result.err(), "the sample's rules all compile");
		JsonNode json = new ObjectMapper().readTree(result.out());
		assertEquals(200, json.get("interfaces").size());
		int harmonized = 0;
		for (JsonNode item : json.get("interfaces")) {
			for (String slot : List.of("Sender", "Receiver")) {
				JsonNode system = item.get("harmonized" + slot);
				if (!system.isNull()) {
					harmonized++;
					assertFalse(item.get(slot.toLowerCase() + "Rule").isNull(), item.toString());
				}
			}
		}
		assertTrue(harmonized > 300, "most of the 400 slots are harmonized: " + harmonized);
	}

	@Test
	void benchRulesPrintsTheThreeFiguresAndChecksAgreement() {
		CliRun result = run("bench-rules", "--interfaces", "2000", "--system-rules", "100", "--object-rules", "100", "--runs", "1");

		assertEquals(0, result.exitCode(), result.err());
		for (String key : List.of("naive_ms=", "engine_ms=", "floor_ms=", "identical=true\n", "interfaces=2000\n")) {
			assertTrue(result.out().contains(key), key + " in\n" + result.out());
		}
		assertFalse(run("help").out().contains("bench-rules"), "a developer tool, not in the help");
		assertTrue(run("help").out().contains("rules apply --workspace DIR [--json] [--dry-run] [--overwrite]"));
	}
}
