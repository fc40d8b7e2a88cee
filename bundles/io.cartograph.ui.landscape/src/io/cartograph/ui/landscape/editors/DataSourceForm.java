package io.cartograph.ui.landscape.editors;

import static io.cartograph.model.landscape.DataSourceType.*;
import static io.cartograph.model.landscape.LandscapePackage.Literals.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import io.cartograph.connect.ConnectorRegistry;
import io.cartograph.core.model.Identities;
import io.cartograph.core.validation.ConnectionRequirements;
import io.cartograph.jobs.StandardTaskWork;
import io.cartograph.model.landscape.Authentication;
import io.cartograph.model.landscape.AuthenticationType;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.Product;
import io.cartograph.model.landscape.Task;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.ui.landscape.ObjectLabels;

/**
 * A data source: the connection fields its platform uses (others are hidden), its proxy,
 * authentication (the secret goes to the secret store) and its scheduled tasks.
 */
final class DataSourceForm {

	/** The connection fields each platform asks for, as the onboarding guide lists them. */
	static final Map<EAttribute, Set<DataSourceType>> FIELDS = Map.ofEntries(
			Map.entry(DATA_SOURCE__REGION, EnumSet.of(SAP_BTP)),
			Map.entry(DATA_SOURCE__HOSTNAME, EnumSet.of(SAP_BTP, MULESOFT_ANYPOINT, JIRA, LEANIX, BEE360, LUY, HOPEX)),
			Map.entry(DATA_SOURCE__URL, EnumSet.of(SAP_BTP, SAP_PO, SAP_ABAP)),
			Map.entry(DATA_SOURCE__TENANT, EnumSet.of(MICROSOFT_AZURE)),
			Map.entry(DATA_SOURCE__WORKSPACE, EnumSet.of(LEANIX)),
			Map.entry(DATA_SOURCE__PROJECT_ID, EnumSet.of(JIRA)),
			Map.entry(DATA_SOURCE__ROOT_URL, EnumSet.of(CONFLUENCE)),
			Map.entry(DATA_SOURCE__SYSTEM_ID, EnumSet.of(SAP_ABAP)),
			Map.entry(DATA_SOURCE__CLIENT, EnumSet.of(SAP_ABAP)),
			Map.entry(DATA_SOURCE__RFC_DESTINATION, EnumSet.of(SAP_ABAP)),
			Map.entry(DATA_SOURCE__UPDATE_MODE, EnumSet.of(CONFLUENCE, LEANIX, LUY, HOPEX)),
			Map.entry(DATA_SOURCE__TARGET_FIELD, EnumSet.of(LEANIX)));

	/** The authentication fields each method needs besides its secret. */
	static final Map<EAttribute, Set<AuthenticationType>> AUTHENTICATION_FIELDS = Map.of(
			AUTHENTICATION__USERNAME, EnumSet.of(AuthenticationType.BASICAUTH),
			AUTHENTICATION__CLIENT_ID, EnumSet.of(AuthenticationType.OAUTH2),
			AUTHENTICATION__TOKEN_URL, EnumSet.of(AuthenticationType.OAUTH2),
			AUTHENTICATION__SCOPE, EnumSet.of(AuthenticationType.OAUTH2),
			AUTHENTICATION__API_KEY_HEADER, EnumSet.of(AuthenticationType.APIKEY));

	private static final ConnectorRegistry CONNECTORS = ConnectorRegistry.standard();

	private static final List<EAttribute> CONNECTION_ORDER = List.of(DATA_SOURCE__HOSTNAME, DATA_SOURCE__REGION,
			DATA_SOURCE__URL, DATA_SOURCE__TENANT, DATA_SOURCE__WORKSPACE, DATA_SOURCE__PROJECT_ID, DATA_SOURCE__ROOT_URL,
			DATA_SOURCE__SYSTEM_ID, DATA_SOURCE__CLIENT, DATA_SOURCE__RFC_DESTINATION, DATA_SOURCE__UPDATE_MODE,
			DATA_SOURCE__TARGET_FIELD);

	private DataSourceForm() {
	}

	static void fill(Form form) {
		var model = form.context().model();
		form.section("Data Source");
		form.text(NAMED__NAME);
		form.choice(DATA_SOURCE__TYPE);
		form.reference(DATA_SOURCE__ENVIRONMENT, () -> Candidates.environments(model));
		form.checklist(DATA_SOURCE__PRODUCTS, "Products", () -> List.copyOf(Product.VALUES))
				.visibleWhen(target -> ((DataSource) target).getType() == SAP_BTP);
		form.list(DATA_SOURCE__FEATURES);
		form.section("Connection");
		for (EAttribute field : CONNECTION_ORDER) {
			form.text(field).visibleWhen(target -> FIELDS.get(field).contains(((DataSource) target).getType()));
		}
		form.reference(DATA_SOURCE__PROXY, "Proxy (Cloud Connector)", () -> Candidates.proxies(model));
		authentication(form);
		ConnectionTest.add(form);
		tasks(form);
	}

	private static void authentication(Form form) {
		form.section("Authentication");
		AuthenticationTypeField.add(form);
		Composite body = new Composite(form.body(), SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(body);
		Form credentials = new Form(form.context(), body, AUTHENTICATION, form.scope(),
				() -> ((DataSource) form.target()).getAuthentication());
		form.bind(credentials::refresh);
		for (EAttribute field : List.of(AUTHENTICATION__USERNAME, AUTHENTICATION__CLIENT_ID, AUTHENTICATION__TOKEN_URL,
				AUTHENTICATION__SCOPE, AUTHENTICATION__API_KEY_HEADER)) {
			credentials.text(field)
					.visibleWhen(auth -> AUTHENTICATION_FIELDS.get(field).contains(((Authentication) auth).getType()));
		}
		SecretField.add(credentials, AUTHENTICATION__SECRET, "Secret", DataSourceForm::purposeOf)
				.visibleWhen(auth -> ((Authentication) auth).getType() != AuthenticationType.NONE);
	}

	private static String purposeOf(EObject authentication) {
		Authentication credentials = (Authentication) authentication;
		String what = switch (credentials.getType()) {
		case BASICAUTH -> "password";
		case APIKEY -> "API key";
		case ACCESSTOKEN -> "access token";
		default -> "client secret";
		};
		return what + " of data source " + ObjectLabels.text(credentials.eContainer());
	}

	private static void tasks(Form form) {
		form.section("Tasks");
		TaskActions actions = new TaskActions(form);
		String id = form.idOf(DATA_SOURCE__TASKS);
		ChildTable table = ChildTable.of(form, DATA_SOURCE__TASKS)
				.column("Task", 140, task -> String.valueOf(((Task) task).getType()))
				.column("Recurrence", 180, task -> orEmpty(((Task) task).getRecurrence()))
				.column("Enabled", 80, task -> ((Task) task).isEnabled() ? "yes" : "no")
				.creating(owner -> newTask((DataSource) owner))
				.button(buttons -> actions.create(buttons, id))
				.detail(detail -> {
					detail.choice(TASK__TYPE, ObjectLabels.featureName(TASK__TYPE),
							() -> List.copyOf(taskTypes(detail.target() == null ? null : (DataSource) detail.target().eContainer())));
					detail.text(TASK__RECURRENCE, "Recurrence (e.g. every 1 day)");
					detail.check(TASK__ENABLED);
				}).build();
		actions.follow(table);
	}

	/**
	 * The task types offered for a source: those its connector runs. A platform without a
	 * connector yet gets the tasks the onboarding guide lists for it, so that they can be planned
	 * before Cartograph reads the platform (their runs say that it does not yet).
	 */
	static List<TaskType> taskTypes(DataSource source) {
		Set<TaskType> supported = source == null ? Set.of() : StandardTaskWork.supportedTasks(CONNECTORS, source);
		if (supported.isEmpty() && source != null) {
			supported = ConnectionRequirements.tasks(source.getType());
		}
		Set<TaskType> offered = supported;
		return offered.isEmpty() ? TaskType.VALUES : TaskType.VALUES.stream().filter(offered::contains).toList();
	}

	/** A new task of the first offered type the data source does not have yet. */
	private static Task newTask(DataSource source) {
		Task task = Identities.create(LandscapePackage.Literals.TASK, Task.class);
		List<TaskType> offered = taskTypes(source);
		task.setType(offered.stream()
				.filter(type -> source.getTasks().stream().noneMatch(existing -> existing.getType() == type))
				.findFirst().orElse(offered.get(0)));
		task.setRecurrence("every 1 day");
		task.setEnabled(true);
		return task;
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	/** Newly made authentication, for the type picker. */
	static Authentication newAuthentication(AuthenticationType type) {
		Authentication authentication = Identities.create(LandscapePackage.Literals.AUTHENTICATION, Authentication.class);
		authentication.setType(type);
		return authentication;
	}
}
