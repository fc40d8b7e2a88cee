package io.cartograph.core.sample;

import static io.cartograph.model.landscape.LandscapePackage.Literals.BUSINESS_OBJECT;
import static io.cartograph.model.landscape.LandscapePackage.Literals.DASHBOARD_SETTINGS;
import static io.cartograph.model.landscape.LandscapePackage.Literals.ENVIRONMENT;
import static io.cartograph.model.landscape.LandscapePackage.Literals.LANDSCAPE_SYSTEM;
import static io.cartograph.model.landscape.LandscapePackage.Literals.PROPERTY_DEFINITION;
import static io.cartograph.model.landscape.LandscapePackage.Literals.QUICK_LINK;
import static io.cartograph.model.landscape.LandscapePackage.Literals.TAG_CATEGORY;
import static io.cartograph.model.landscape.LandscapePackage.Literals.TAG_VALUE;
import static io.cartograph.model.landscape.LandscapePackage.Literals.TODO_SETTINGS;
import static io.cartograph.model.landscape.LandscapePackage.Literals.USER;

import java.util.List;

import io.cartograph.core.sample.SampleFacts.ObjectFact;
import io.cartograph.core.sample.SampleFacts.SystemFact;
import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.DashboardSettings;
import io.cartograph.model.landscape.Environment;
import io.cartograph.model.landscape.Landscape;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.PropertyCategory;
import io.cartograph.model.landscape.PropertyDefinition;
import io.cartograph.model.landscape.PropertyFormat;
import io.cartograph.model.landscape.QuickLink;
import io.cartograph.model.landscape.Role;
import io.cartograph.model.landscape.TagCategory;
import io.cartograph.model.landscape.TagValue;
import io.cartograph.model.landscape.TodoMode;
import io.cartograph.model.landscape.TodoRequirement;
import io.cartograph.model.landscape.TodoSettings;
import io.cartograph.model.landscape.User;
import io.cartograph.rules.kpi.KpiSettings;

/**
 * The landscape file's part: environments, systems, business objects, the properties and tags
 * the onboarding guide recommends, users with their roles, dashboard and To-do settings.
 */
final class SampleSettings {

	static final List<String> ENVIRONMENTS = List.of("Development", "Quality", "Test", "Production", "Sandbox");

	private SampleSettings() {
	}

	static void fill(Sample sample) {
		Landscape landscape = sample.model.landscape();
		if (landscape.getDescription() == null) {
			landscape.setDescription("ACME's integration landscape: a generated sample (see docs/sample-and-benchmark.md).");
		}
		environments(sample, landscape);
		definitions(sample, landscape);
		tags(sample, landscape);
		for (SystemFact fact : SampleFacts.SYSTEMS) {
			LandscapeSystem system = sample.create(LANDSCAPE_SYSTEM, LandscapeSystem.class);
			system.setName(fact.name());
			system.setDescription(fact.description());
			system.setOwner(fact.owner());
			system.getAliases().addAll(fact.aliases());
			sample.property(system, "Deployment", fact.deployment());
			sample.property(system, "System Owner", fact.owner());
			landscape.getSystems().add(system);
			sample.systems.put(fact.key(), system);
		}
		for (ObjectFact fact : SampleFacts.OBJECTS) {
			BusinessObject object = sample.create(BUSINESS_OBJECT, BusinessObject.class);
			object.setName(fact.name());
			object.setDescription(fact.name() + " (" + fact.domain() + ")");
			sample.property(object, "Security Classification", fact.classification());
			object.getTags().add(sample.tag("Domain", fact.domain()));
			landscape.getBusinessObjects().add(object);
			sample.objects.put(fact.name(), object);
		}
		users(sample, landscape);
		dashboard(sample, landscape);
	}

	/** The standard four exist in every new workspace; a Sandbox is added. Missing ones (after a reset) are created. */
	private static void environments(Sample sample, Landscape landscape) {
		for (int rank = 0; rank < ENVIRONMENTS.size(); rank++) {
			String name = ENVIRONMENTS.get(rank);
			Environment environment = landscape.getEnvironments().stream().filter(e -> name.equals(e.getName())).findFirst()
					.orElse(null);
			if (environment == null) {
				environment = sample.create(ENVIRONMENT, Environment.class);
				environment.setName(name);
				environment.setStandard(rank < 4);
				environment.setRank(rank * 10);
				landscape.getEnvironments().add(environment);
			}
			sample.environments.put(name, environment);
		}
	}

	private static void definitions(Sample sample, Landscape landscape) {
		define(sample, landscape, "Interface ID", PropertyCategory.INTERFACE, PropertyFormat.ID, "Primary technical identifier");
		define(sample, landscape, "Documentation URL", PropertyCategory.INTERFACE, PropertyFormat.URL, "Where the interface is documented");
		define(sample, landscape, "Functional Team", PropertyCategory.INTERFACE, PropertyFormat.STRING, "Team that owns the business side");
		define(sample, landscape, "Technical Owner", PropertyCategory.INTERFACE, PropertyFormat.STRING, "Team that runs it");
		define(sample, landscape, "End of Life", PropertyCategory.INTERFACE, PropertyFormat.DATE, "Planned decommissioning date");
		define(sample, landscape, "Business Process", PropertyCategory.INTERFACE, PropertyFormat.STRING, "End-to-end process it serves");
		define(sample, landscape, "LeanIX ID", PropertyCategory.INTERFACE, PropertyFormat.ID, "External ID in the EA tool");
		define(sample, landscape, "Messages per Day", PropertyCategory.INTERFACE, PropertyFormat.NUMBER, "Average of the last 30 days");
		define(sample, landscape, "Deployment", PropertyCategory.SYSTEM, PropertyFormat.STRING, "On-Premise, Public Cloud or Private Cloud");
		define(sample, landscape, "System Owner", PropertyCategory.SYSTEM, PropertyFormat.STRING, "Team responsible for the system");
		define(sample, landscape, "Security Classification", PropertyCategory.OBJECT, PropertyFormat.STRING,
				"Public, Sensitive, Restricted or Confidential");
	}

	private static void define(Sample sample, Landscape landscape, String name, PropertyCategory category, PropertyFormat format,
			String description) {
		PropertyDefinition definition = sample.create(PROPERTY_DEFINITION, PropertyDefinition.class);
		definition.setName(name);
		definition.setCategory(category);
		definition.setFormat(format);
		definition.setDescription(description);
		landscape.getPropertyDefinitions().add(definition);
		sample.definitions.put(name, definition);
	}

	private static void tags(Sample sample, Landscape landscape) {
		tagCategory(sample, landscape, "Domain", "Business context", List.of("Finance", "HR", "Sales", "Logistics", "Procurement"));
		tagCategory(sample, landscape, "Criticality", "Business impact", List.of("High", "Medium", "Low"));
		tagCategory(sample, landscape, "Lifecycle Phase", "Status", List.of("Planned", "Live", "Deprecated"));
	}

	private static void tagCategory(Sample sample, Landscape landscape, String name, String description, List<String> values) {
		TagCategory category = sample.create(TAG_CATEGORY, TagCategory.class);
		category.setName(name);
		category.setDescription(description);
		for (String text : values) {
			TagValue value = sample.create(TAG_VALUE, TagValue.class);
			value.setName(text);
			category.getValues().add(value);
			sample.tags.put(name + "/" + text, value);
		}
		landscape.getTagCategories().add(category);
	}

	private static void users(Sample sample, Landscape landscape) {
		user(sample, landscape, "Dana Weber", "dana.weber@acme.example", Role.ADMINISTRATOR, true);
		user(sample, landscape, "Jonas Keller", "jonas.keller@acme.example", Role.CONFIGURATOR, true);
		user(sample, landscape, "Priya Nair", "priya.nair@acme.example", Role.CONFIGURATOR, true);
		user(sample, landscape, "Luca Moretti", "luca.moretti@acme.example", Role.USER, true);
		user(sample, landscape, "Sofia Lindqvist", "sofia.lindqvist@acme.example", Role.USER, true);
		user(sample, landscape, "Tom Berger", "tom.berger@partner.example", Role.USER, false);
	}

	private static void user(Sample sample, Landscape landscape, String name, String email, Role role, boolean active) {
		User user = sample.create(USER, User.class);
		user.setName(name);
		user.setEmail(email);
		user.setRole(role);
		user.setActive(active);
		landscape.getUsers().add(user);
	}

	private static void dashboard(Sample sample, Landscape landscape) {
		DashboardSettings dashboard = landscape.getDashboardSettings();
		if (dashboard == null) {
			dashboard = sample.create(DASHBOARD_SETTINGS, DashboardSettings.class);
			dashboard.setRobustnessWarning(1.0);
			dashboard.setRobustnessCritical(5.0);
			dashboard.setDecommissioningThreshold(1);
			dashboard.setDecommissioningDays(90);
			dashboard.setDecommissioningGreenBelow(KpiSettings.GREEN_BELOW);
			dashboard.setDecommissioningRedAbove(KpiSettings.RED_ABOVE);
			landscape.setDashboardSettings(dashboard);
		}
		dashboard.getActivatedElements().addAll(
				List.of("Interfaces", "Robustness", "Decommissioning", "Traffic", "Frequency", "Complexity", "Strategy Fit", "To-do"));
		dashboard.getInventoryTagDisplays().add(landscape.getTagCategories().get(0));
		dashboard.getInventoryTagDisplays().add(landscape.getTagCategories().get(1));
		quickLink(sample, dashboard, "Integration wiki", "https://wiki.acme.example/integration");
		quickLink(sample, dashboard, "Cloud Integration monitor (PRD)",
				"https://acme-prd.integrationsuite.cfapps.eu10-003.hana.ondemand.com/shell/monitoring");
		TodoSettings todo = landscape.getTodoSettings();
		if (todo == null) {
			todo = sample.create(TODO_SETTINGS, TodoSettings.class);
			todo.setMode(TodoMode.INTERFACES_AND_END_TO_END);
			todo.setObjectsRequirement(TodoRequirement.AT_LEAST_ONE);
			landscape.setTodoSettings(todo);
		}
		todo.setPropertiesRequirement(TodoRequirement.CONFIGURED);
		todo.setTagsRequirement(TodoRequirement.CONFIGURED);
		todo.getSelectedProperties().add(sample.definitions.get("Functional Team"));
		todo.getSelectedProperties().add(sample.definitions.get("Technical Owner"));
		todo.getSelectedTags().add(landscape.getTagCategories().get(0));
	}

	private static void quickLink(Sample sample, DashboardSettings dashboard, String name, String url) {
		QuickLink link = sample.create(QUICK_LINK, QuickLink.class);
		link.setName(name);
		link.setUrl(url);
		dashboard.getQuickLinks().add(link);
	}
}
