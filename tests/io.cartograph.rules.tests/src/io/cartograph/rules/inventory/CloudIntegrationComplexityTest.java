package io.cartograph.rules.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.cartograph.model.landscape.ComplexityClass;

class CloudIntegrationComplexityTest {

	@ParameterizedTest(name = "{0} elements, mapping {1} -> {2}")
	@CsvSource({ "0, false, LOW", "4, false, LOW", "4, true, MEDIUM", "0, true, MEDIUM", "5, false, MEDIUM",
			"14, false, MEDIUM", "14, true, MEDIUM", "15, false, HIGH", "15, true, HIGH", "30, false, HIGH",
			"31, false, VERY_HIGH", "31, true, VERY_HIGH", "200, false, VERY_HIGH" })
	void bands(int elements, boolean mapping, ComplexityClass expected) {
		assertEquals(expected, CloudIntegrationComplexity.classify(elements, mapping));
	}

	@Test
	void aNegativeCountIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> CloudIntegrationComplexity.classify(-1, false));
	}
}
