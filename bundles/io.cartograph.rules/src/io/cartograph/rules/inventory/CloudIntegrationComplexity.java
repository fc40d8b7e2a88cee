package io.cartograph.rules.inventory;

import io.cartograph.model.landscape.ComplexityClass;

/**
 * The complexity class of a Cloud Integration flow from its BPMN model: LOW below 5 elements
 * with no message mapping or XSLT, MEDIUM for 5 to 14 elements or any mapping or XSLT, HIGH for
 * 15 to 30, VERY_HIGH above 30. A mapping lifts a small flow to MEDIUM but never lowers a
 * larger one.
 */
public final class CloudIntegrationComplexity {

	private CloudIntegrationComplexity() {
	}

	/**
	 * @param bpmnElements       how many BPMN elements (steps, events, gateways, calls) the flow has
	 * @param mappingOrXslt      whether it has a message mapping or an XSLT step
	 * @throws IllegalArgumentException for a negative count
	 */
	public static ComplexityClass classify(int bpmnElements, boolean mappingOrXslt) {
		if (bpmnElements < 0) {
			throw new IllegalArgumentException("A flow cannot have " + bpmnElements + " elements");
		}
		if (bpmnElements > 30) {
			return ComplexityClass.VERY_HIGH;
		}
		if (bpmnElements >= 15) {
			return ComplexityClass.HIGH;
		}
		if (bpmnElements >= 5 || mappingOrXslt) {
			return ComplexityClass.MEDIUM;
		}
		return ComplexityClass.LOW;
	}
}
