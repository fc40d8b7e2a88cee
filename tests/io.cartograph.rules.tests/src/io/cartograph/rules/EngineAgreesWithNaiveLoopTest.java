package io.cartograph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeFactory;

/** On generated rule books (every rule shape, invalid and disabled rules), the engine says what the plain loop says. */
class EngineAgreesWithNaiveLoopTest {

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 42 })
	void sameWinnersAndObjectsForEveryInterface(long seed) {
		RuleBenchmark.Model model = RuleBenchmark.generate(3_000, 300, 300, seed);
		for (String odd : new String[] { "SO_GlobalSalesOrder\n_Create_v1_x", "", "PO_\u212Aelvin_v2_y" }) {
			Interface item = LandscapeFactory.eINSTANCE.createInterface();
			item.setName(odd);
			item.setOriginalSender(seed % 2 == 0 ? null : "SAP_ERP_0");
			model.interfaces().add(item);
		}

		RuleResults engine = RuleEngine.apply(model.book(), model.interfaces());
		RuleResults naive = RuleEngine.applyNaively(model.book(), model.interfaces());

		assertNull(engine.firstDifference(naive));
		assertTrue(engine.sameAs(naive));
		assertEquals(2, engine.problems().size(), "the generator plants one broken rule of each kind");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1 })
	void figuresComeWithAnAgreementCheck(int interfaces) {
		RuleBenchmark.Figures figures = RuleBenchmark.measure(RuleBenchmark.generate(interfaces * 500, 50, 50, 7), 1);
		assertTrue(figures.identical(), figures.difference());
	}
}
