package io.cartograph.ui.landscape;

import java.util.MissingResourceException;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.cartograph.model.landscape.DashboardSettings;
import io.cartograph.model.landscape.DomainAllowlistEntry;
import io.cartograph.model.landscape.IntegrationStrategy;
import io.cartograph.model.landscape.LintRuleSetting;
import io.cartograph.model.landscape.LintSeverity;
import io.cartograph.model.landscape.PolicyLintSettings;
import io.cartograph.model.landscape.IpAllowlistEntry;
import io.cartograph.model.landscape.Named;
import io.cartograph.model.landscape.ObjectRule;
import io.cartograph.model.landscape.PropertyValue;
import io.cartograph.model.landscape.ProxyEndpoint;
import io.cartograph.model.landscape.SecretReference;
import io.cartograph.model.landscape.Step;
import io.cartograph.model.landscape.SystemMappingRule;
import io.cartograph.model.landscape.TagValue;
import io.cartograph.model.landscape.TagCategory;
import io.cartograph.model.landscape.TargetEndpoint;
import io.cartograph.model.landscape.Task;
import io.cartograph.model.landscape.TechnologyFit;
import io.cartograph.model.landscape.TodoSettings;
import io.cartograph.model.landscape.provider.CartographEditPlugin;

/**
 * How landscape objects are called on screen. The generated item providers label objects
 * without a name by their UUID, which tells a user nothing; these labels say what the object is.
 */
public final class ObjectLabels {

	private ObjectLabels() {
	}

	public static String text(Object element) {
		// A proxy's endpoints are mostly all called "default": without the kind they look alike in the tree.
		if (element instanceof ProxyEndpoint endpoint) {
			return "ProxyEndpoint " + orUnnamed(endpoint.getName(), "endpoint");
		}
		if (element instanceof TargetEndpoint endpoint) {
			return "TargetEndpoint " + orUnnamed(endpoint.getName(), "endpoint");
		}
		if (element instanceof Named named) {
			return named instanceof TagValue value && value.eContainer() instanceof TagCategory category
					? orUnnamed(category.getName(), "category") + ": " + orUnnamed(value.getName(), "value")
					: orUnnamed(named.getName(), typeName(named.eClass()).toLowerCase());
		}
		if (element instanceof SystemMappingRule rule) {
			return orBlank(rule.getInterfacePattern(), "any interface") + "  \u2192  "
					+ orBlank(rule.getOriginalSystem(), "?") + " = " + nameOf(rule.getHarmonizedSystem());
		}
		if (element instanceof ObjectRule rule) {
			return orBlank(rule.getInterfacePattern(), "any interface") + "  \u2192  " + nameOf(rule.getHarmonizedObject());
		}
		if (element instanceof Task task) {
			return (task.getType() == null ? "Task" : task.getType().getLiteral())
					+ (task.getRecurrence() == null || task.getRecurrence().isBlank() ? "" : "  (" + task.getRecurrence() + ")");
		}
		if (element instanceof PropertyValue value) {
			return nameOf(value.getDefinition()) + " = " + orBlank(value.getValue(), "");
		}
		if (element instanceof IpAllowlistEntry entry) {
			return orBlank(entry.getCidr(), "(no CIDR)");
		}
		if (element instanceof DomainAllowlistEntry entry) {
			return orBlank(entry.getDomain(), "(no domain)") + (entry.getPort() > 0 ? ":" + entry.getPort() : "");
		}
		if (element instanceof Step step) {
			return "Step " + step.getSequence() + ": " + nameOf(step.getPolicy());
		}
		if (element instanceof TechnologyFit fit) {
			return (fit.getFit() == null ? "?" : fit.getFit().getLiteral()) + ": " + orBlank(fit.getTechnologies(), "");
		}
		if (element instanceof SecretReference) {
			return "Secret (kept outside the model)";
		}
		if (element instanceof DashboardSettings) {
			return "Dashboard";
		}
		if (element instanceof TodoSettings) {
			return "To-do";
		}
		if (element instanceof IntegrationStrategy) {
			return "Integration Strategy";
		}
		if (element instanceof PolicyLintSettings) {
			return "Policy Lint";
		}
		if (element instanceof LintRuleSetting setting) {
			return orBlank(setting.getRuleId(), "(no rule)") + (setting.isEnabled() ? "" : " off")
					+ (setting.getSeverity() == null || setting.getSeverity() == LintSeverity.DEFAULT ? ""
							: " as " + setting.getSeverity().getLiteral());
		}
		if (element instanceof EObject object) {
			return typeName(object.eClass());
		}
		return element == null ? "" : element.toString();
	}

	/** The name of a referenced object, or "(none)". */
	public static String nameOf(EObject object) {
		return object == null ? "(none)" : text(object);
	}

	/** A class in the users' words: "System", "End-to-End Integration", ... */
	public static String typeName(EClass type) {
		return switch (type.getName()) {
		case "EndToEndIntegration" -> "End-to-End Integration";
		case "SystemMappingRule" -> "System Rule";
		case "IpAllowlist" -> "IP Allowlist";
		case "ApiProxy" -> "API Proxy";
		case "ApiProvider" -> "API Provider";
		case "ApiProduct" -> "API Product";
		default -> resource("_UI_" + type.getName() + "_type", type.getName());
		};
	}

	/** A feature's label: "External ID", "Sender", ... */
	public static String featureName(EStructuralFeature feature) {
		String generated = resource("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature",
				feature.getName());
		// The generator splits camel case word by word; abbreviations read better in capitals.
		return generated.replaceAll("\\bUrl\\b", "URL").replaceAll("\\bId\\b", "ID").replaceAll("\\bRfc\\b", "RFC")
				.replaceAll("\\bApi\\b", "API").replaceAll("\\bXml\\b", "XML").replaceAll("\\bCidr\\b", "CIDR");
	}

	private static String resource(String key, String fallback) {
		try {
			return CartographEditPlugin.INSTANCE.getString(key);
		} catch (MissingResourceException missing) {
			return fallback;
		}
	}

	private static String orUnnamed(String name, String what) {
		return name == null || name.isBlank() ? "(unnamed " + what + ")" : name;
	}

	private static String orBlank(String text, String blank) {
		return text == null || text.isBlank() ? blank : text;
	}
}
