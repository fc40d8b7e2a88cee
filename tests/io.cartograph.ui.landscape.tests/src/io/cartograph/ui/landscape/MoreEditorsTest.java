package io.cartograph.ui.landscape;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import io.cartograph.model.landscape.ApiProvider;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.Checklist;
import io.cartograph.model.landscape.DashboardSettings;
import io.cartograph.model.landscape.DomainAllowlist;
import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.IpAllowlist;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.LintRuleSetting;
import io.cartograph.model.landscape.LintSeverity;
import io.cartograph.model.landscape.ObjectRule;
import io.cartograph.model.landscape.PolicyLintSettings;
import io.cartograph.model.landscape.Proxy;
import io.cartograph.model.landscape.StepStatus;
import io.cartograph.model.landscape.SystemMappingRule;
import io.cartograph.model.landscape.TodoMode;
import io.cartograph.model.landscape.TodoSettings;
import io.cartograph.ui.landscape.editors.LandscapeEditorPart;

/** Rules, API Management, onboarding, and the property sheet every other object opens in. */
class MoreEditorsTest extends EditorTest {

	@Test
	void systemRuleRefusesAPatternThatDoesNotCompileAndPicksTheHarmonizedSystem() {
		LandscapeSystem erp = add(harness.model().landscape(), LANDSCAPE__SYSTEMS, LandscapeSystem.class, "ERP");
		SystemMappingRule rule = add(harness.model().rules(), RULE_BOOK__SYSTEM_MAPPING_RULES, SystemMappingRule.class, null);
		open(rule);
		Text pattern = inEditor("editor.SystemMappingRule.interfacePattern", Text.class);
		refused(() -> Gestures.type(pattern, "SI_(Orders"));
		assertNull(rule.getInterfacePattern());
		assertTrue(inEditor(LandscapeEditorPart.MESSAGE_ID, Label.class).getText().contains("regular expression"));
		edit(() -> Gestures.type(pattern, "SI_Orders_.*"));
		assertEquals("SI_Orders_.*", rule.getInterfacePattern());
		edit(() -> Gestures.pick(inEditor("editor.SystemMappingRule.harmonizedSystem", Combo.class), "ERP"));
		assertSame(erp, rule.getHarmonizedSystem());
		edit(() -> Gestures.click(inEditor("editor.SystemMappingRule.enabled", Button.class)));
		assertFalse(rule.isEnabled());
		undo();
		assertTrue(rule.isEnabled());
		assertTrue(inEditor("editor.SystemMappingRule.enabled", Button.class).getSelection());
	}

	@Test
	void objectRulePicksTheHarmonizedObject() {
		BusinessObject order = add(harness.model().landscape(), LANDSCAPE__BUSINESS_OBJECTS, BusinessObject.class, "Sales Order");
		ObjectRule rule = add(harness.model().rules(), RULE_BOOK__OBJECT_RULES, ObjectRule.class, null);
		open(rule);
		edit(() -> Gestures.pick(inEditor("editor.ObjectRule.harmonizedObject", Combo.class), "Sales Order"));
		assertSame(order, rule.getHarmonizedObject());
		undo();
		assertNull(rule.getHarmonizedObject());
		assertEquals("(none)", inEditor("editor.ObjectRule.harmonizedObject", Combo.class).getText());
	}

	@Test
	void apiProviderRefusesAPortThatIsNotANumber() {
		ApiProvider provider = add(harness.model().apiManagement(), API_MANAGEMENT__PROVIDERS, ApiProvider.class, "S4_OnPrem");
		open(provider);
		Text port = inEditor("editor.ApiProvider.port", Text.class);
		refused(() -> Gestures.type(port, "https"));
		assertEquals(0, provider.getPort());
		edit(() -> Gestures.type(port, " 44300"));
		assertEquals(44300, provider.getPort());
		assertEquals("44300", port.getText());
		undo();
		assertEquals(0, provider.getPort());
	}

	@Test
	void apiProxyPicksItsProviderAndListsPolicies() {
		ApiProvider provider = add(harness.model().apiManagement(), API_MANAGEMENT__PROVIDERS, ApiProvider.class, "S4_OnPrem");
		ApiProxy proxy = add(harness.model().apiManagement(), API_MANAGEMENT__PROXIES, ApiProxy.class, "OrdersAPI");
		open(proxy);
		edit(() -> Gestures.pick(inEditor("editor.ApiProxy.provider", Combo.class), "S4_OnPrem"));
		assertSame(provider, proxy.getProvider());
		edit(() -> Gestures.click(inEditor("editor.ApiProxy.policies.add", Button.class)));
		assertEquals(1, proxy.getPolicies().size());
		edit(() -> Gestures.type(inEditor("editor.Policy.type", Text.class), "VerifyAPIKey"));
		assertEquals("VerifyAPIKey", proxy.getPolicies().get(0).getType());
		assertEquals("VerifyAPIKey", inEditor("editor.ApiProxy.policies", Table.class).getItem(0).getText(1));
		undo();
		undo();
		assertTrue(proxy.getPolicies().isEmpty());
	}

	@Test
	void checklistStepsGetAStatusAndAnOrder() {
		Checklist checklist = add(harness.model().onboarding(), ONBOARDING__CHECKLISTS, Checklist.class, "Go-live");
		open(checklist);
		Button add = inEditor("editor.Checklist.steps.add", Button.class);
		edit(() -> Gestures.click(add));
		edit(() -> Gestures.type(inEditor("editor.ChecklistStep.name", Text.class), "Allowlist the tenant IPs"));
		edit(() -> Gestures.click(add));
		edit(() -> Gestures.pick(inEditor("editor.ChecklistStep.status", Combo.class), "DONE"));
		assertEquals(StepStatus.DONE, checklist.getSteps().get(1).getStatus());
		edit(() -> Gestures.click(inEditor("editor.Checklist.steps.up", Button.class)));
		assertEquals(List.of("New Step", "Allowlist the tenant IPs"),
				checklist.getSteps().stream().map(step -> step.getName()).toList());
		undo();
		assertEquals("Allowlist the tenant IPs", checklist.getSteps().get(0).getName());
	}

	@Test
	void ipAllowlistEntriesAreAddedAndEdited() {
		IpAllowlist allowlist = add(harness.model().onboarding(), ONBOARDING__IP_ALLOWLISTS, IpAllowlist.class, "WAF");
		open(allowlist);
		edit(() -> Gestures.click(inEditor("editor.IpAllowlist.entries.add", Button.class)));
		edit(() -> Gestures.type(inEditor("editor.IpAllowlistEntry.cidr", Text.class), "203.0.113.0/24"));
		assertEquals("203.0.113.0/24", allowlist.getEntries().get(0).getCidr());
		assertEquals("203.0.113.0/24", inEditor("editor.IpAllowlist.entries", Table.class).getItem(0).getText(0));
		undo();
		assertNull(allowlist.getEntries().get(0).getCidr());
	}

	@Test
	void ipAllowlistChecksFollowTheEntriesAndAnswerWhetherAnAddressIsAllowed() {
		IpAllowlist allowlist = add(harness.model().onboarding(), ONBOARDING__IP_ALLOWLISTS, IpAllowlist.class, "Partners");
		open(allowlist);
		Text findings = inEditor("editor.IpAllowlist.findings", Text.class);
		assertTrue(findings.getText().startsWith("No findings"), findings.getText());
		for (String range : List.of("203.0.113.0/24", "203.0.113.64/26")) {
			edit(() -> Gestures.click(inEditor("editor.IpAllowlist.entries.add", Button.class)));
			edit(() -> Gestures.type(inEditor("editor.IpAllowlistEntry.cidr", Text.class), range));
		}
		assertEquals("CONTAINED: '203.0.113.64/26' lies inside '203.0.113.0/24' and adds nothing", findings.getText());

		Text address = inEditor("editor.IpAllowlist.address", Text.class);
		Label answer = inEditor("editor.IpAllowlist.answer", Label.class);
		Gestures.type(address, "203.0.113.70");
		assertEquals("Allowed by 203.0.113.0/24, 203.0.113.64/26.", answer.getText());
		Gestures.type(address, "::ffff:198.51.100.1");
		assertEquals("Not allowed by this list.", answer.getText());
		Gestures.type(address, "10.0.0.0/8");
		assertTrue(answer.getText().startsWith("Not an address: '10.0.0.0/8' is a block"), answer.getText());
		undo();
		assertEquals("INVALID: '' is not an address or CIDR range: it is empty", findings.getText(),
				"the checks follow undo: the second entry is empty again");
	}

	@Test
	void policyLintSettingsSetALimitAndSwitchARuleOff() {
		PolicyLintSettings settings = harness.model().apiManagement().getLintSettings();
		open(settings);
		edit(() -> Gestures.type(inEditor("editor.PolicyLintSettings.broadestIpv4Prefix", Text.class), "28"));
		assertEquals(28, settings.getBroadestIpv4Prefix());
		edit(() -> Gestures.click(inEditor("editor.PolicyLintSettings.rules.add", Button.class)));
		LintRuleSetting added = settings.getRules().get(0);
		assertFalse(added.isEnabled(), "a rule added here is switched off first");
		edit(() -> Gestures.pick(inEditor("editor.LintRuleSetting.ruleId", Combo.class), "CG-SEC-005"));
		assertEquals("CG-SEC-005", added.getRuleId());
		Table rules = inEditor("editor.PolicyLintSettings.rules", Table.class);
		assertEquals("CG-SEC-005", rules.getItem(0).getText(0));
		assertEquals("BasicAuthentication Encode without AssignTo", rules.getItem(0).getText(1));
		assertEquals("no", rules.getItem(0).getText(2));
		edit(() -> Gestures.pick(inEditor("editor.LintRuleSetting.severity", Combo.class), "WARNING"));
		assertEquals(LintSeverity.WARNING, added.getSeverity());
		undo();
		assertEquals(LintSeverity.DEFAULT, added.getSeverity());
	}

	@Test
	void theInterfaceEditorShowsItsIntegrationsWithNeighboursAsLinksThatOpenThem() {
		Interface order = add(harness.model().interfaces(), INTERFACE_CATALOG__INTERFACES, Interface.class, "Order In");
		Interface route = add(harness.model().interfaces(), INTERFACE_CATALOG__INTERFACES, Interface.class, "Order Route");
		Interface post = add(harness.model().interfaces(), INTERFACE_CATALOG__INTERFACES, Interface.class, "Order Post");
		EndToEndIntegration toCash = add(harness.model().integrations(), INTEGRATION_CATALOG__INTEGRATIONS,
				EndToEndIntegration.class, "Order to Cash");
		assertTrue(harness.edits().addAll(toCash, END_TO_END_INTEGRATION__INTERFACES, List.of(order, route, post)));
		open(route);

		Composite lines = inEditor("editor.Interface.integrations", Composite.class);
		assertEquals(List.of("<a href=\"0\">Order to Cash</a> \u2014 step 2 of 3, after <a href=\"1\">Order In</a>, before "
				+ "<a href=\"2\">Order Post</a>"), linkTexts(lines));

		Link line = (Link) lines.getChildren()[0];
		Event click = new Event();
		click.text = "1";
		line.notifyListeners(SWT.Selection, click);
		assertSame(order, harness.editors.active().editor().input(), "the predecessor opened");

		open(route);
		edit(() -> harness.edits().remove(toCash, END_TO_END_INTEGRATION__INTERFACES, List.of(post)));
		assertEquals(List.of("<a href=\"0\">Order to Cash</a> \u2014 step 2 of 2, after <a href=\"1\">Order In</a>, the last"),
				linkTexts(inEditor("editor.Interface.integrations", Composite.class)), "follows the model");
	}

	private static List<String> linkTexts(Composite lines) {
		return java.util.Arrays.stream(lines.getChildren()).filter(Link.class::isInstance).map(line -> ((Link) line).getText())
				.toList();
	}

	@Test
	void domainAllowlistEntriesTakeAPort() {
		DomainAllowlist allowlist = add(harness.model().onboarding(), ONBOARDING__DOMAIN_ALLOWLISTS, DomainAllowlist.class, "Outbound");
		open(allowlist);
		edit(() -> Gestures.click(inEditor("editor.DomainAllowlist.entries.add", Button.class)));
		assertEquals(443, allowlist.getEntries().get(0).getPort(), "HTTPS unless said otherwise");
		edit(() -> Gestures.type(inEditor("editor.DomainAllowlistEntry.domain", Text.class), "api.eu10.hana.ondemand.com"));
		edit(() -> Gestures.type(inEditor("editor.DomainAllowlistEntry.port", Text.class), "8443"));
		assertEquals("api.eu10.hana.ondemand.com", allowlist.getEntries().get(0).getDomain());
		undo();
		assertEquals(443, allowlist.getEntries().get(0).getPort());
	}

	@Test
	void proxyEditorKeepsThePasswordOutOfTheModel() {
		DataSourceEditorTest.MemorySecrets secrets = new DataSourceEditorTest.MemorySecrets();
		harness.useSecretStorage(secrets);
		Proxy proxy = add(harness.model().dataSources(), DATA_SOURCE_CATALOG__PROXIES, Proxy.class, "SCC");
		open(proxy);
		edit(() -> Gestures.type(inEditor("editor.Proxy.host", Text.class), "scc.example.com"));
		edit(() -> Gestures.type(inEditor("editor.Proxy.password", Text.class), "cc-password"));
		assertEquals("scc.example.com", proxy.getHost());
		assertTrue(secrets.has(proxy.getPassword()), "the password is in the secret store");
		assertEquals("", inEditor("editor.Proxy.password", Text.class).getText());
		undo();
		assertNull(proxy.getPassword(), "the reference came in one command");
	}

	@Test
	void objectsWithoutAFormOpenInThePropertySheet() {
		DashboardSettings dashboard = harness.model().landscape().getDashboardSettings();
		open(dashboard);
		Text days = inEditor("editor.DashboardSettings.decommissioningDays", Text.class);
		assertEquals("90", days.getText());
		edit(() -> Gestures.type(days, "120"));
		assertEquals(120, dashboard.getDecommissioningDays());
		undo();
		assertEquals(90, dashboard.getDecommissioningDays());
		assertEquals("90", days.getText());

		TodoSettings todo = harness.model().landscape().getTodoSettings();
		open(todo);
		edit(() -> Gestures.pick(inEditor("editor.TodoSettings.mode", Combo.class), "INTERFACES"));
		assertEquals(TodoMode.INTERFACES, todo.getMode());
		assertEquals(2, harness.editors.open().size());
	}
}
