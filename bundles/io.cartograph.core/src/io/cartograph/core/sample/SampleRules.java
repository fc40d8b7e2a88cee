package io.cartograph.core.sample;

import static io.cartograph.model.landscape.LandscapePackage.Literals.INTEGRATION_STRATEGY;
import static io.cartograph.model.landscape.LandscapePackage.Literals.OBJECT_RULE;
import static io.cartograph.model.landscape.LandscapePackage.Literals.SYSTEM_MAPPING_RULE;
import static io.cartograph.model.landscape.LandscapePackage.Literals.TECHNOLOGY_FIT;

import java.util.List;

import io.cartograph.core.sample.SampleFacts.ObjectFact;
import io.cartograph.core.sample.SampleFacts.SystemFact;
import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.Fit;
import io.cartograph.model.landscape.IntegrationStrategy;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.ObjectRule;
import io.cartograph.model.landscape.RuleBook;
import io.cartograph.model.landscape.SystemMappingRule;
import io.cartograph.model.landscape.TechnologyFit;

/**
 * Transformation rules that explain the harmonized senders and receivers (one rule per raw
 * system name, a few narrower ones first, since the first match wins), object rules from the
 * interface names, and the integration strategy's adapter and authentication fits.
 */
final class SampleRules {

	private SampleRules() {
	}

	static void fill(Sample sample) {
		RuleBook rules = sample.model.rules();
		DataSource cpiPrd = sample.dataSources.get(0);
		rules.getSystemMappingRules().add(systemRule(sample, ".*_Archive_.*", "SFTP", sample.systems.get("FILES"), cpiPrd, true,
				"Archive flows on the PRD tenant write to the xChange hub"));
		rules.getSystemMappingRules().add(systemRule(sample, "Z_TEST_.*", "TEST_DUMMY", null, null, false,
				"Test interfaces have no real partner; enable once they are cleaned up"));
		for (SystemFact fact : SampleFacts.SYSTEMS) {
			LandscapeSystem system = sample.systems.get(fact.key());
			for (String raw : fact.rawNames()) {
				rules.getSystemMappingRules().add(systemRule(sample, ".*", raw, system, null, true, null));
			}
		}
		for (ObjectFact fact : SampleFacts.OBJECTS) {
			BusinessObject object = sample.objects.get(fact.name());
			rules.getObjectRules().add(objectRule(sample, ".*" + fact.camel() + ".*", object, null));
			rules.getObjectRules().add(objectRule(sample, "(?i).*" + fact.camel().toLowerCase(java.util.Locale.ROOT) + ".*", object,
					"Mule and Azure names are lower case"));
		}
		strategy(sample, rules);
	}

	private static SystemMappingRule systemRule(Sample sample, String pattern, String original, LandscapeSystem harmonized,
			DataSource source, boolean enabled, String description) {
		SystemMappingRule rule = sample.create(SYSTEM_MAPPING_RULE, SystemMappingRule.class);
		rule.setInterfacePattern(pattern);
		rule.setOriginalSystem(original);
		rule.setHarmonizedSystem(harmonized);
		rule.setDataSourceFilter(source);
		rule.setEnabled(enabled);
		rule.setDescription(description);
		return rule;
	}

	private static ObjectRule objectRule(Sample sample, String pattern, BusinessObject object, String description) {
		ObjectRule rule = sample.create(OBJECT_RULE, ObjectRule.class);
		rule.setInterfacePattern(pattern);
		rule.setHarmonizedObject(object);
		rule.setEnabled(true);
		rule.setDescription(description);
		return rule;
	}

	private static void strategy(Sample sample, RuleBook rules) {
		IntegrationStrategy strategy = rules.getStrategy();
		if (strategy == null) {
			strategy = sample.create(INTEGRATION_STRATEGY, IntegrationStrategy.class);
			rules.setStrategy(strategy);
		}
		fits(sample, strategy.getAdapterFits(), "IDoc|SOAP|OData|HTTP|ProcessDirect|SuccessFactors|Ariba|AMQP|SAP|REST",
				"SFTP|SFTP-SSH|AS2|AS2 (v2)|RFC|Mail|Salesforce|IDoc_AAE|ODP", "File|JDBC|FTP");
		fits(sample, strategy.getAuthenticationFits(), String.join("|", SampleFacts.AUTHENTICATIONS_GOOD),
				String.join("|", SampleFacts.AUTHENTICATIONS_PARTIAL), "None");
	}

	/** Sets the GOOD, PARTIAL and NO technologies, reusing the fits a new workspace starts with. */
	private static void fits(Sample sample, List<TechnologyFit> fits, String good, String partial, String no) {
		for (Fit fit : Fit.values()) {
			TechnologyFit entry = fits.stream().filter(existing -> existing.getFit() == fit).findFirst().orElse(null);
			if (entry == null) {
				entry = sample.create(TECHNOLOGY_FIT, TechnologyFit.class);
				entry.setFit(fit);
				fits.add(entry);
			}
			entry.setTechnologies(switch (fit) {
			case GOOD -> good;
			case PARTIAL -> partial;
			case NO -> no;
			});
		}
	}
}
