package io.cartograph.sync;

import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.databind.JsonNode;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.validation.ObjectLabels;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.Named;

/** Names objects, fields and values of a conflict as the rest of Cartograph names them. */
final class ConflictLabels {

	private final LandscapeModel model;

	ConflictLabels(LandscapeModel model) {
		this.model = model;
	}

	/** {@code System 'ERP_PRD'}; for an object no longer here, from what its delete kept. */
	String object(String uuid, String objectType, JsonNode attributes) {
		Optional<EObject> found = model.find(uuid);
		if (found.isPresent()) {
			return ObjectLabels.label(found.get());
		}
		EClassifier type = LandscapePackage.eINSTANCE.getEClassifier(objectType == null ? "" : objectType);
		if (type instanceof EClass eClass && !eClass.isAbstract()) {
			// A stand-in with the old name, so the label reads like every other.
			EObject standIn = EcoreUtil.create(eClass);
			if (standIn instanceof Named named && attributes != null && attributes.hasNonNull("name")) {
				named.setName(attributes.get("name").asText());
			}
			return ObjectLabels.label(standIn);
		}
		return objectType + " " + uuid;
	}

	/** {@code originalSender} is "Original sender". */
	static String field(String feature) {
		String words = feature.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase();
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** A value for people: references by the label of their target, nothing as "(empty)". */
	String value(JsonNode value, boolean reference) {
		if (value == null || value.isNull()) {
			return "(empty)";
		}
		if (reference && value.isTextual()) {
			return model.find(value.asText()).map(ObjectLabels::label).orElse(value.asText());
		}
		return value.isTextual() ? value.asText() : value.toString();
	}
}
