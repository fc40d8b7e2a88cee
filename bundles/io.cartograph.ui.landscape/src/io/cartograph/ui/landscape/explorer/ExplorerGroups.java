package io.cartograph.ui.landscape.explorer;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;

import java.util.List;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.ui.landscape.SettingsPage;

/** The explorer's top level, in the order users work through a landscape. */
public final class ExplorerGroups {

	public static final ExplorerGroup SYSTEMS = ExplorerGroup.list("systems", "Systems",
			LandscapeModel::landscape, LANDSCAPE__SYSTEMS);
	public static final ExplorerGroup BUSINESS_OBJECTS = ExplorerGroup.list("businessObjects", "Business Objects",
			LandscapeModel::landscape, LANDSCAPE__BUSINESS_OBJECTS);
	public static final ExplorerGroup INTERFACES = ExplorerGroup.list("interfaces", "Interfaces",
			LandscapeModel::interfaces, INTERFACE_CATALOG__INTERFACES);
	public static final ExplorerGroup INTEGRATIONS = ExplorerGroup.list("integrations", "End-to-End Integrations",
			LandscapeModel::integrations, INTEGRATION_CATALOG__INTEGRATIONS);
	public static final ExplorerGroup DATA_SOURCES = ExplorerGroup.list("dataSources", "Data Sources",
			LandscapeModel::dataSources, DATA_SOURCE_CATALOG__DATA_SOURCES);
	public static final ExplorerGroup SYSTEM_RULES = ExplorerGroup.list("systemRules", "System Rules",
			LandscapeModel::rules, RULE_BOOK__SYSTEM_MAPPING_RULES);
	public static final ExplorerGroup OBJECT_RULES = ExplorerGroup.list("objectRules", "Object Rules",
			LandscapeModel::rules, RULE_BOOK__OBJECT_RULES);
	public static final ExplorerGroup RULES = ExplorerGroup.folder("rules", "Transformation Rules", SYSTEM_RULES,
			OBJECT_RULES, ExplorerGroup.single("strategy", LandscapeModel::rules, RULE_BOOK__STRATEGY));
	public static final ExplorerGroup API_PROVIDERS = ExplorerGroup.list("apiProviders", "API Providers",
			LandscapeModel::apiManagement, API_MANAGEMENT__PROVIDERS);
	public static final ExplorerGroup API_PROXIES = ExplorerGroup.list("apiProxies", "API Proxies",
			LandscapeModel::apiManagement, API_MANAGEMENT__PROXIES);
	public static final ExplorerGroup API_MANAGEMENT = ExplorerGroup.folder("apiManagement", "API Management",
			API_PROVIDERS, API_PROXIES,
			ExplorerGroup.list("keyValueMaps", "Key Value Maps", LandscapeModel::apiManagement, API_MANAGEMENT__KEY_VALUE_MAPS),
			ExplorerGroup.list("apiProducts", "API Products", LandscapeModel::apiManagement, API_MANAGEMENT__PRODUCTS),
			ExplorerGroup.list("applications", "Developer Applications", LandscapeModel::apiManagement,
					API_MANAGEMENT__APPLICATIONS),
			ExplorerGroup.single("policyLint", LandscapeModel::apiManagement, API_MANAGEMENT__LINT_SETTINGS));
	public static final ExplorerGroup CHECKLISTS = ExplorerGroup.list("checklists", "Checklists",
			LandscapeModel::onboarding, ONBOARDING__CHECKLISTS);
	public static final ExplorerGroup IP_ALLOWLISTS = ExplorerGroup.list("ipAllowlists", "IP Allowlists",
			LandscapeModel::onboarding, ONBOARDING__IP_ALLOWLISTS);
	public static final ExplorerGroup ONBOARDING = ExplorerGroup.folder("onboarding", "Onboarding", CHECKLISTS,
			IP_ALLOWLISTS, ExplorerGroup.list("domainAllowlists", "Domain Allowlists", LandscapeModel::onboarding,
					ONBOARDING__DOMAIN_ALLOWLISTS));
	public static final ExplorerGroup ENVIRONMENTS = ExplorerGroup.page(SettingsPage.ENVIRONMENTS,
			LandscapeModel::landscape, LANDSCAPE__ENVIRONMENTS);
	public static final ExplorerGroup PROPERTIES = ExplorerGroup.page(SettingsPage.PROPERTIES,
			LandscapeModel::landscape, LANDSCAPE__PROPERTY_DEFINITIONS);
	public static final ExplorerGroup TAGS = ExplorerGroup.page(SettingsPage.TAGS, LandscapeModel::landscape,
			LANDSCAPE__TAG_CATEGORIES);
	public static final ExplorerGroup USERS = ExplorerGroup.page(SettingsPage.USERS, LandscapeModel::landscape,
			LANDSCAPE__USERS);
	public static final ExplorerGroup SETTINGS = ExplorerGroup.folder("settings", "Settings", ENVIRONMENTS, PROPERTIES,
			TAGS, USERS,
			ExplorerGroup.list("proxies", "Proxies", LandscapeModel::dataSources, DATA_SOURCE_CATALOG__PROXIES),
			ExplorerGroup.single("dashboard", LandscapeModel::landscape, LANDSCAPE__DASHBOARD_SETTINGS),
			ExplorerGroup.single("todo", LandscapeModel::landscape, LANDSCAPE__TODO_SETTINGS));

	/** The top level of the tree. */
	public static final List<ExplorerGroup> TOP = List.of(SYSTEMS, BUSINESS_OBJECTS, INTERFACES, INTEGRATIONS,
			DATA_SOURCES, RULES, API_MANAGEMENT, ONBOARDING, SETTINGS);

	/** Every group, folders included. */
	static final List<ExplorerGroup> ALL = TOP.stream().flatMap(group -> group.withDescendants().stream()).toList();

	private ExplorerGroups() {
	}
}
