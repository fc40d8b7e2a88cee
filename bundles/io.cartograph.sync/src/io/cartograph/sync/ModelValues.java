package io.cartograph.sync;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cartograph.model.landscape.Identified;

/**
 * Feature values to and from JSON as the protocol writes them: enums by literal, dates as
 * ISO-8601 instants, references by the target's UUID, many-valued features as arrays.
 */
final class ModelValues {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private ModelValues() {
	}

	/** One value (an element, for a many-valued feature). */
	static JsonNode encode(EStructuralFeature feature, Object value) {
		if (value == null) {
			return NODES.nullNode();
		}
		if (feature instanceof EReference) {
			return NODES.textNode(uuidOf((EObject) value));
		}
		return switch (value) {
			case Enumerator literal -> NODES.textNode(literal.getLiteral());
			case Date date -> NODES.textNode(date.toInstant().toString());
			case Boolean flag -> NODES.booleanNode(flag);
			case Integer number -> NODES.numberNode(number);
			case Long number -> NODES.numberNode(number);
			case Short number -> NODES.numberNode(number);
			case Double number -> NODES.numberNode(number);
			case Float number -> NODES.numberNode(number);
			case String text -> NODES.textNode(text);
			default -> NODES.textNode(EcoreUtil.convertToString(((EAttribute) feature).getEAttributeType(), value));
		};
	}

	/** The whole value of a feature of an object. */
	static JsonNode encodeFeature(EObject object, EStructuralFeature feature) {
		Object value = object.eGet(feature);
		if (!feature.isMany()) {
			return encode(feature, value);
		}
		ArrayNode array = NODES.arrayNode();
		for (Object element : (Collection<?>) value) {
			array.add(encode(feature, element));
		}
		return array;
	}

	/** The synced, non-containment features an object has set: what a create or delete carries. */
	static ObjectNode attributes(EObject object, SyncedFeatures synced) {
		ObjectNode attributes = NODES.objectNode();
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (synced.synced(feature) && !isContainment(feature) && object.eIsSet(feature)) {
				attributes.set(feature.getName(), encodeFeature(object, feature));
			}
		}
		return attributes;
	}

	/** One value (an element, for many-valued features); references through {@code objects}. */
	static Object decode(EStructuralFeature feature, JsonNode node, Function<String, EObject> objects) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (feature instanceof EReference) {
			return objects.apply(node.asText());
		}
		EDataType type = ((EAttribute) feature).getEAttributeType();
		Class<?> javaType = type.getInstanceClass();
		if (type instanceof EEnum) {
			Object literal = EcoreUtil.createFromString(type, node.asText());
			if (literal == null) {
				throw new SyncException("\"" + node.asText() + "\" is not a value of " + type.getName());
			}
			return literal;
		}
		if (javaType == Date.class) {
			return Date.from(java.time.Instant.parse(node.asText()));
		}
		if (javaType == boolean.class || javaType == Boolean.class) {
			return node.asBoolean();
		}
		if (javaType == int.class || javaType == Integer.class) {
			return node.asInt();
		}
		if (javaType == long.class || javaType == Long.class) {
			return node.asLong();
		}
		if (javaType == double.class || javaType == Double.class) {
			return node.asDouble();
		}
		if (javaType == float.class || javaType == Float.class) {
			return (float) node.asDouble();
		}
		if (javaType == String.class) {
			return node.asText();
		}
		return EcoreUtil.createFromString(type, node.asText());
	}

	/** The UUIDs a value refers to (empty for attributes). */
	static List<String> referencedUuids(EStructuralFeature feature, JsonNode node) {
		if (!(feature instanceof EReference) || node == null || node.isNull()) {
			return List.of();
		}
		if (node.isArray()) {
			return java.util.stream.StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText).toList();
		}
		return List.of(node.asText());
	}

	static boolean isContainment(EStructuralFeature feature) {
		return feature instanceof EReference reference && reference.isContainment();
	}

	static String uuidOf(EObject object) {
		if (object instanceof Identified identified && identified.getUuid() != null) {
			return identified.getUuid();
		}
		throw new SyncException("A " + object.eClass().getName() + " has no UUID and cannot be synced");
	}
}
