package io.cartograph.rules;

import java.util.ArrayList;
import java.util.List;

import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.ObjectRule;
import io.cartograph.model.landscape.RuleBook;
import io.cartograph.model.landscape.SystemMappingRule;

/** A small landscape built in code for the rule tests: systems, objects, rules, interfaces. */
final class Landscape {

	private static final LandscapeFactory MAKE = LandscapeFactory.eINSTANCE;

	final RuleBook book = MAKE.createRuleBook();
	final List<Interface> interfaces = new ArrayList<>();
	private int ids;

	LandscapeSystem system(String name) {
		LandscapeSystem system = MAKE.createLandscapeSystem();
		system.setUuid("sys-" + name);
		system.setName(name);
		return system;
	}

	BusinessObject object(String name) {
		BusinessObject object = MAKE.createBusinessObject();
		object.setUuid("bo-" + name);
		object.setName(name);
		return object;
	}

	DataSource dataSource(String name) {
		DataSource source = MAKE.createDataSource();
		source.setUuid("ds-" + name);
		source.setName(name);
		return source;
	}

	SystemMappingRule systemRule(String interfacePattern, String originalSystem, LandscapeSystem harmonized) {
		SystemMappingRule rule = MAKE.createSystemMappingRule();
		rule.setUuid("sr-" + ++ids);
		rule.setInterfacePattern(interfacePattern);
		rule.setOriginalSystem(originalSystem);
		rule.setHarmonizedSystem(harmonized);
		book.getSystemMappingRules().add(rule);
		return rule;
	}

	ObjectRule objectRule(String interfacePattern, BusinessObject object) {
		ObjectRule rule = MAKE.createObjectRule();
		rule.setUuid("or-" + ++ids);
		rule.setInterfacePattern(interfacePattern);
		rule.setHarmonizedObject(object);
		book.getObjectRules().add(rule);
		return rule;
	}

	Interface item(String name, String originalSender, String originalReceiver) {
		return item(name, originalSender, originalReceiver, null);
	}

	Interface item(String name, String originalSender, String originalReceiver, DataSource source) {
		Interface item = MAKE.createInterface();
		item.setUuid("if-" + ++ids);
		item.setName(name);
		item.setOriginalSender(originalSender);
		item.setOriginalReceiver(originalReceiver);
		item.setDataSource(source);
		interfaces.add(item);
		return item;
	}

	RuleResults apply() {
		RuleResults fast = RuleEngine.apply(book, interfaces);
		RuleResults naive = RuleEngine.applyNaively(book, interfaces);
		// Every semantic test also checks that the engine says what the plain loop says.
		if (!fast.sameAs(naive)) {
			throw new AssertionError("engine and naive loop differ: " + fast.firstDifference(naive));
		}
		return fast;
	}

	InterfaceResult result(Interface item) {
		RuleResults results = apply();
		return results.result(interfaces.indexOf(item));
	}
}
