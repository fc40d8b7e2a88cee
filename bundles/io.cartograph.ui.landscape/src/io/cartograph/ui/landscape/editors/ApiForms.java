package io.cartograph.ui.landscape.editors;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;

import java.util.List;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LintRuleSetting;
import io.cartograph.model.landscape.Policy;
import io.cartograph.policy.lint.LintRule;
import io.cartograph.policy.lint.LintRules;

/** API Management: the providers that reach back-ends and the proxies with their policies. */
final class ApiForms {

	private ApiForms() {
	}

	static void provider(Form form) {
		form.section("API Provider");
		form.text(NAMED__NAME);
		form.area(API_PROVIDER__DESCRIPTION);
		form.text(API_PROVIDER__VIRTUAL_HOST, "Virtual Host (on premise)");
		form.text(API_PROVIDER__PORT);
		form.text(API_PROVIDER__LOCATION_ID, "Location ID (Cloud Connector)");
		form.text(API_PROVIDER__CATALOG_PATH_PREFIX);
		form.text(API_PROVIDER__SERVICE_COLLECTION_URL, "Service Collection URL");
	}

	static void proxy(Form form) {
		var model = form.context().model();
		form.section("API Proxy");
		form.text(NAMED__NAME);
		form.text(API_PROXY__TITLE);
		form.text(API_PROXY__VERSION);
		form.text(API_PROXY__BASE_PATH);
		form.reference(API_PROXY__PROVIDER, "API Provider", () -> Candidates.apiProviders(model));
		form.text(API_PROXY__SERVICE);
		form.section("Policies");
		ChildTable.of(form, API_PROXY__POLICIES)
				.column("Policy", 200, policy -> orEmpty(((Policy) policy).getName()))
				.column("Type", 180, policy -> orEmpty(((Policy) policy).getType()))
				.creating(() -> {
					Policy policy = Identities.create(LandscapePackage.Literals.POLICY, Policy.class);
					policy.setName("New Policy");
					return policy;
				})
				.detail(detail -> {
					detail.text(NAMED__NAME);
					detail.text(POLICY__TYPE, "Type (e.g. VerifyAPIKey)");
					detail.area(POLICY__XML, "XML");
				}).build();
	}

	/**
	 * The policy lint of this workspace: its limits, and the rules switched off or given another
	 * severity (every rule not listed runs with its own severity).
	 */
	static void lintSettings(Form form) {
		form.section("Policy Lint");
		form.text(POLICY_LINT_SETTINGS__BROADEST_IPV4_PREFIX, "Broadest IPv4 range (prefix, e.g. 24)");
		form.text(POLICY_LINT_SETTINGS__BROADEST_IPV6_PREFIX, "Broadest IPv6 range (prefix, e.g. 48)");
		form.text(POLICY_LINT_SETTINGS__LONGEST_CALLOUT_TIMEOUT_MILLIS, "Longest callout timeout (ms)");
		form.section("Rules set differently (the others run as documented)");
		List<String> ruleIds = LintRules.all().stream().map(LintRule::id).toList();
		ChildTable.of(form, POLICY_LINT_SETTINGS__RULES)
				.column("Rule", 110, setting -> orEmpty(((LintRuleSetting) setting).getRuleId()))
				.column("What it checks", 360, setting -> LintRules.of(((LintRuleSetting) setting).getRuleId())
						.map(LintRule::title).orElse("(unknown rule)"))
				.column("Runs", 60, setting -> ((LintRuleSetting) setting).isEnabled() ? "yes" : "no")
				.column("Severity", 90, setting -> String.valueOf(((LintRuleSetting) setting).getSeverity()))
				.creating(() -> {
					LintRuleSetting setting = Identities.create(LandscapePackage.Literals.LINT_RULE_SETTING, LintRuleSetting.class);
					setting.setRuleId(ruleIds.get(0));
					setting.setEnabled(false);
					return setting;
				})
				.rows(8)
				.detail(detail -> {
					detail.choice(LINT_RULE_SETTING__RULE_ID, "Rule", () -> List.copyOf(ruleIds));
					detail.check(LINT_RULE_SETTING__ENABLED, "Runs");
					detail.choice(LINT_RULE_SETTING__SEVERITY, "Severity");
				}).build();
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
