package io.cartograph.core.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

import io.cartograph.model.landscape.IpAllowlistEntry;
import io.cartograph.model.landscape.Named;
import io.cartograph.model.landscape.ObjectRule;
import io.cartograph.model.landscape.PropertyValue;
import io.cartograph.model.landscape.SystemMappingRule;
import io.cartograph.model.landscape.Task;
import io.cartograph.model.landscape.User;

/**
 * How problems name objects: by kind and name, as a user would ({@code Data source 'CPI_EU'}),
 * and by the path of containers down to them.
 */
public final class ObjectLabels {

	private static final Map<String, String> KINDS = Map.ofEntries(
			Map.entry("LandscapeSystem", "System"),
			Map.entry("Interface", "Interface"),
			Map.entry("EndToEndIntegration", "End-to-end integration"),
			Map.entry("IpAllowlist", "IP allowlist"),
			Map.entry("IpAllowlistEntry", "IP allowlist entry"),
			Map.entry("ApiProvider", "API provider"),
			Map.entry("ApiProxy", "API proxy"),
			Map.entry("ApiProduct", "API product"),
			Map.entry("ApiManagement", "API Management"),
			Map.entry("KeyValueMap", "Key value map"),
			Map.entry("KeyValueEntry", "Key value entry"));

	private ObjectLabels() {
	}

	/** {@code System 'SAP S/4HANA'}, {@code System mapping rule '.*Order.*'}, {@code Task RUNTIME}. */
	public static String label(EObject object) {
		String kind = kind(object.eClass());
		if (object.eIsProxy()) {
			// A reference whose object is not in the files: say where it was expected.
			return kind + " " + ((InternalEObject) object).eProxyURI().lastSegment() + "#"
					+ ((InternalEObject) object).eProxyURI().fragment() + " (not found)";
		}
		String name = switch (object) {
		case User user when !Findings.isBlank(user.getEmail()) -> user.getEmail();
		case Named named when !Findings.isBlank(named.getName()) -> named.getName();
		case PropertyValue value when value.getDefinition() != null -> value.getDefinition().getName();
		case SystemMappingRule rule when !Findings.isBlank(rule.getInterfacePattern()) -> rule.getInterfacePattern();
		case ObjectRule rule when !Findings.isBlank(rule.getInterfacePattern()) -> rule.getInterfacePattern();
		case IpAllowlistEntry entry when !Findings.isBlank(entry.getCidr()) -> entry.getCidr();
		default -> null;
		};
		if (name != null) {
			return kind + " '" + name + "'";
		}
		if (object instanceof Task task && task.getType() != null) {
			return kind + " " + task.getType().getName();
		}
		return kind + position(object);
	}

	/** The labels from the file's root (left out) down to the object: {@code Data source 'X' > Authentication}. */
	public static String path(EObject object) {
		Deque<String> labels = new ArrayDeque<>();
		for (EObject current = object; current != null && current.eContainer() != null; current = current.eContainer()) {
			labels.push(label(current));
		}
		return labels.isEmpty() ? label(object) : String.join(" > ", labels);
	}

	/** {@code SystemMappingRule} becomes {@code System mapping rule}. */
	static String kind(EClass type) {
		String known = KINDS.get(type.getName());
		if (known != null) {
			return known;
		}
		String words = type.getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase();
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private static String position(EObject object) {
		if (object.eContainingFeature() != null && object.eContainingFeature().isMany()) {
			List<?> siblings = (List<?>) object.eContainer().eGet(object.eContainingFeature());
			return " " + (siblings.indexOf(object) + 1);
		}
		return "";
	}
}
