package io.cartograph.core.validation;

import static io.cartograph.model.landscape.LandscapePackage.Literals.AUTHENTICATION__TYPE;
import static io.cartograph.model.landscape.LandscapePackage.Literals.DATA_SOURCE__AUTHENTICATION;
import static io.cartograph.model.landscape.LandscapePackage.Literals.DATA_SOURCE__ENVIRONMENT;
import static io.cartograph.model.landscape.LandscapePackage.Literals.DATA_SOURCE__PRODUCTS;
import static io.cartograph.model.landscape.LandscapePackage.Literals.TASK__TYPE;

import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import io.cartograph.core.validation.ConnectionRequirements.Field;
import io.cartograph.model.landscape.Authentication;
import io.cartograph.model.landscape.AuthenticationType;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.Task;
import io.cartograph.model.landscape.TaskType;

/** A data source has what its platform needs (see {@link ConnectionRequirements}) and only tasks it can run. */
final class DataSourceRules {

	private DataSourceRules() {
	}

	static void check(DataSource source, Findings findings) {
		String label = ObjectLabels.label(source);
		String kind = kind(source);
		if (source.getEnvironment() == null) {
			findings.report(Check.CONNECTION_FIELDS, source, DATA_SOURCE__ENVIRONMENT,
					label + " belongs to no environment. Choose the environment its platform serves.");
		}
		if (ConnectionRequirements.needsProducts(source.getType()) && source.getProducts().isEmpty()) {
			findings.report(Check.CONNECTION_FIELDS, source, DATA_SOURCE__PRODUCTS,
					label + " names no product. Choose the SAP BTP products it reads (e.g. CLOUDINTEGRATION).");
		}
		for (Field field : ConnectionRequirements.fields(source)) {
			if (isMissing(source, field)) {
				findings.report(Check.CONNECTION_FIELDS, source, field.anyOf().get(0),
						label + " (" + kind + ") has no " + field.label() + ". Enter it: its tasks cannot connect without it.");
			}
		}
		checkAuthentication(source, label, kind, findings);
		checkTasks(source, label, findings);
	}

	private static void checkAuthentication(DataSource source, String label, String kind, Findings findings) {
		Set<AuthenticationType> allowed = ConnectionRequirements.authentications(source);
		if (allowed.isEmpty()) {
			return;
		}
		Authentication authentication = source.getAuthentication();
		String choices = allowed.stream().map(AuthenticationType::getName).collect(Collectors.joining(" or "));
		if (authentication == null || authentication.getType() == null || authentication.getType() == AuthenticationType.NONE) {
			EObject at = authentication == null ? source : authentication;
			findings.report(Check.CONNECTION_FIELDS, at, authentication == null ? DATA_SOURCE__AUTHENTICATION : AUTHENTICATION__TYPE,
					label + " (" + kind + ") has no authentication. Choose " + choices + " and enter the credentials.");
			return;
		}
		if (!allowed.contains(authentication.getType())) {
			findings.report(Check.CONNECTION_FIELDS, authentication, AUTHENTICATION__TYPE,
					label + " authenticates with " + authentication.getType().getName() + ", but " + kind
							+ " accepts " + choices + ". Change the authentication type.");
			return;
		}
		for (Field field : ConnectionRequirements.authenticationFields(source.getType(), authentication.getType())) {
			if (isMissing(authentication, field)) {
				findings.report(Check.CONNECTION_FIELDS, authentication, field.anyOf().get(0),
						label + " uses " + authentication.getType().getName() + " but has no " + field.label() + ". Enter it.");
			}
		}
	}

	private static void checkTasks(DataSource source, String label, Findings findings) {
		Set<TaskType> supported = ConnectionRequirements.tasks(source.getType());
		for (Task task : source.getTasks()) {
			if (!supported.contains(task.getType())) {
				findings.report(Check.TASK_TYPE, task, TASK__TYPE,
						label + " has a " + task.getType().getName() + " task, which " + source.getType().getName()
								+ " does not run (it runs " + supported.stream().map(TaskType::getName).collect(Collectors.joining(", "))
								+ "). Remove the task.");
			}
		}
	}

	private static String kind(DataSource source) {
		if (source.getProducts().isEmpty() || !ConnectionRequirements.needsProducts(source.getType())) {
			return source.getType().getName();
		}
		return source.getType().getName() + " " + source.getProducts().stream()
				.map(product -> product.getName()).collect(Collectors.joining("+"));
	}

	private static boolean isMissing(EObject object, Field field) {
		for (EAttribute attribute : field.anyOf()) {
			Object value = object.eGet(attribute);
			if (value instanceof String text ? !text.isBlank() : value != null) {
				return false;
			}
		}
		return true;
	}
}
