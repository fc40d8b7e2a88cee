package io.cartograph.core.model;

import org.eclipse.emf.ecore.EObject;

import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.DashboardSettings;
import io.cartograph.model.landscape.Environment;
import io.cartograph.model.landscape.Fit;
import io.cartograph.model.landscape.IntegrationStrategy;
import io.cartograph.model.landscape.Landscape;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.PolicyLintSettings;
import io.cartograph.model.landscape.RuleBook;
import io.cartograph.model.landscape.TechnologyFit;
import io.cartograph.model.landscape.TodoMode;
import io.cartograph.model.landscape.TodoRequirement;
import io.cartograph.model.landscape.TodoSettings;
import io.cartograph.policy.ip.AllowlistAnalysis;
import io.cartograph.rules.kpi.KpiSettings;

/** What a new workspace's model files hold before anybody edits them. */
final class DefaultContent {

	/** A ServiceCallout waiting longer than this holds a request thread too long (the lint's default). */
	static final int LONGEST_CALLOUT_TIMEOUT_MILLIS = 30_000;

	static final String[] STANDARD_ENVIRONMENTS = { "Development", "Quality", "Test", "Production" };

	private DefaultContent() {
	}

	static EObject rootOf(ModelFile file, String landscapeName) {
		LandscapeFactory factory = LandscapeFactory.eINSTANCE;
		EObject root = switch (file) {
		case LANDSCAPE -> landscape(factory, landscapeName);
		case RULES -> ruleBook(factory);
		case API_MANAGEMENT -> apiManagement(factory);
		default -> factory.create(file.rootClass());
		};
		Identities.ensureTree(root);
		return root;
	}

	private static Landscape landscape(LandscapeFactory factory, String name) {
		Landscape landscape = factory.createLandscape();
		landscape.setName(name);
		for (int rank = 0; rank < STANDARD_ENVIRONMENTS.length; rank++) {
			Environment environment = factory.createEnvironment();
			environment.setName(STANDARD_ENVIRONMENTS[rank]);
			environment.setStandard(true);
			environment.setRank(rank * 10);
			landscape.getEnvironments().add(environment);
		}
		DashboardSettings dashboard = factory.createDashboardSettings();
		dashboard.setRobustnessWarning(1.0);
		dashboard.setRobustnessCritical(5.0);
		dashboard.setDecommissioningThreshold(1);
		dashboard.setDecommissioningDays(90);
		dashboard.setDecommissioningGreenBelow(KpiSettings.GREEN_BELOW);
		dashboard.setDecommissioningRedAbove(KpiSettings.RED_ABOVE);
		landscape.setDashboardSettings(dashboard);
		TodoSettings todo = factory.createTodoSettings();
		todo.setMode(TodoMode.INTERFACES_AND_END_TO_END);
		todo.setObjectsRequirement(TodoRequirement.AT_LEAST_ONE);
		todo.setPropertiesRequirement(TodoRequirement.INACTIVE);
		todo.setTagsRequirement(TodoRequirement.INACTIVE);
		landscape.setTodoSettings(todo);
		return landscape;
	}

	private static ApiManagement apiManagement(LandscapeFactory factory) {
		ApiManagement apiManagement = factory.createApiManagement();
		apiManagement.setLintSettings(lintSettings(factory));
		return apiManagement;
	}

	/** The policy lint's limits written out, so that the settings show what applies. */
	private static PolicyLintSettings lintSettings(LandscapeFactory factory) {
		PolicyLintSettings lint = factory.createPolicyLintSettings();
		lint.setBroadestIpv4Prefix(AllowlistAnalysis.DEFAULT_BROADEST_IPV4);
		lint.setBroadestIpv6Prefix(AllowlistAnalysis.DEFAULT_BROADEST_IPV6);
		lint.setLongestCalloutTimeoutMillis(LONGEST_CALLOUT_TIMEOUT_MILLIS);
		Identities.ensureTree(lint);
		return lint;
	}

	/**
	 * Settings that later versions added get their defaults in a file written before them, so
	 * that the explorer and the editors have something to show. Done while loading, before the
	 * file is followed: the file is not marked as changed and keeps them from its next save on.
	 */
	static void completeLoaded(ModelFile file, EObject root) {
		if (file == ModelFile.API_MANAGEMENT && root instanceof ApiManagement apiManagement
				&& apiManagement.getLintSettings() == null) {
			apiManagement.setLintSettings(lintSettings(LandscapeFactory.eINSTANCE));
		}
	}

	private static RuleBook ruleBook(LandscapeFactory factory) {
		RuleBook rules = factory.createRuleBook();
		IntegrationStrategy strategy = factory.createIntegrationStrategy();
		for (Fit fit : Fit.values()) {
			TechnologyFit adapters = factory.createTechnologyFit();
			adapters.setFit(fit);
			adapters.setTechnologies("");
			strategy.getAdapterFits().add(adapters);
			TechnologyFit authentication = factory.createTechnologyFit();
			authentication.setFit(fit);
			authentication.setTechnologies("");
			strategy.getAuthenticationFits().add(authentication);
		}
		rules.setStrategy(strategy);
		return rules;
	}
}
