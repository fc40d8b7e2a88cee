package io.cartograph.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EValidator;
import org.junit.jupiter.api.Test;

import io.cartograph.core.model.Identities;
import io.cartograph.core.sample.SampleLandscape;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.SystemMappingRule;

class ModelValidationTest extends ValidationFixture {

	@Test
	void aNewWorkspaceHasNoProblems() {
		assertEquals(List.of(), ModelValidation.validate(model));
	}

	@Test
	void theSampleLandscapeHasNoErrorsNorWarnings() {
		SampleLandscape.fill(model, 400, SampleLandscape.SEED);

		List<Problem> problems = ModelValidation.validate(model);

		assertEquals(List.of(), problems.stream().map(Problem::line).toList());
	}

	@Test
	void theValidatorIsRegisteredForTheLandscapePackage() {
		LandscapeValidation.register();
		assertSame(LandscapeValidation.validator(), EValidator.Registry.INSTANCE.getEValidator(LandscapePackage.eINSTANCE));
	}

	@Test
	void problemsComeErrorsFirstWithFileAndPath() {
		SystemMappingRule rule = Identities.create(LandscapePackage.Literals.SYSTEM_MAPPING_RULE, SystemMappingRule.class);
		rule.setInterfacePattern("[");
		model.rules().getSystemMappingRules().add(rule);
		model.dataSources().getDataSources().add(Identities.create(LandscapePackage.Literals.DATA_SOURCE, DataSource.class));

		List<Problem> problems = ModelValidation.validate(model);

		assertTrue(ModelValidation.hasErrors(problems));
		assertTrue(problems.get(0).isError());
		for (int i = 1; i < problems.size(); i++) {
			assertFalse(problems.get(i).severity().compareTo(problems.get(i - 1).severity()) < 0, "sorted by severity");
		}
		Problem pattern = problems.stream().filter(p -> p.check() == Check.PATTERN).findFirst().orElseThrow();
		assertTrue(pattern.line().matches("ERROR +rules\\.xmi  System mapping rule '\\[': System mapping rule 1: '\\[' is not a regular expression.*"),
				pattern.line());
	}
}
