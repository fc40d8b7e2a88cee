package io.cartograph.policy.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import io.cartograph.policy.types.TypedPolicy;

/** Where SAP endpoint XML keeps its numbered steps: {@code <steps><step>...<sequence>n</sequence>}. */
final class SapSteps {

	private SapSteps() {
	}

	static boolean isSteps(Element element) {
		return TypedPolicy.name(element).toLowerCase(Locale.ROOT).equals("steps");
	}

	static List<Element> childSteps(Element steps) {
		List<Element> found = new ArrayList<>();
		for (Node child = steps.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && TypedPolicy.name(element).toLowerCase(Locale.ROOT).equals("step")) {
				found.add(element);
			}
		}
		return found;
	}
}
