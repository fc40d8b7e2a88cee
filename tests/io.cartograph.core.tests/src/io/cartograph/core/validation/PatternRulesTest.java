package io.cartograph.core.validation;

import static io.cartograph.model.landscape.LandscapePackage.Literals.OBJECT_RULE__INTERFACE_PATTERN;
import static io.cartograph.model.landscape.LandscapePackage.Literals.SYSTEM_MAPPING_RULE__INTERFACE_PATTERN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.ObjectRule;
import io.cartograph.model.landscape.SystemMappingRule;

class PatternRulesTest extends ValidationFixture {

	@Test
	void patternsThatCompileAreFine() {
		systemRule(".*SalesOrder.*");
		objectRule("(?i).*invoice.*|INVOIC0[12]");

		assertEquals(List.of(), problems(Check.PATTERN));
	}

	@Test
	void aSystemRuleWhosePatternDoesNotCompileIsAnErrorOnThePattern() {
		systemRule(".*");
		SystemMappingRule broken = systemRule("(Order");

		List<Problem> problems = problems(Check.PATTERN);

		assertEquals(1, problems.size(), problems.toString());
		Problem problem = problems.get(0);
		assertSame(broken, problem.object());
		assertEquals(SYSTEM_MAPPING_RULE__INTERFACE_PATTERN, problem.feature());
		assertTrue(problem.isError());
		assertTrue(problem.message().startsWith("System mapping rule 2: '(Order' is not a regular expression"), problem.message());
		assertEquals("rules.xmi", problem.file());
	}

	@Test
	void anObjectRuleWithoutPatternIsAnError() {
		ObjectRule empty = objectRule(" ");

		List<Problem> problems = problems(Check.PATTERN);

		assertEquals(1, problems.size());
		assertSame(empty, problems.get(0).object());
		assertEquals(OBJECT_RULE__INTERFACE_PATTERN, problems.get(0).feature());
		assertTrue(problems.get(0).message().contains(".* matches every interface"), problems.get(0).message());
	}

	@Test
	void theSameCheckServesTheImport() {
		assertTrue(PatternRules.problem("[a-").isPresent());
		assertTrue(PatternRules.problem("").isPresent());
		assertTrue(PatternRules.problem("SI_.*_Out").isEmpty());
	}

	private SystemMappingRule systemRule(String pattern) {
		SystemMappingRule rule = Identities.create(LandscapePackage.Literals.SYSTEM_MAPPING_RULE, SystemMappingRule.class);
		rule.setInterfacePattern(pattern);
		rule.setOriginalSystem("S4P_100");
		model.rules().getSystemMappingRules().add(rule);
		return rule;
	}

	private ObjectRule objectRule(String pattern) {
		ObjectRule rule = Identities.create(LandscapePackage.Literals.OBJECT_RULE, ObjectRule.class);
		rule.setInterfacePattern(pattern);
		model.rules().getObjectRules().add(rule);
		return rule;
	}
}
