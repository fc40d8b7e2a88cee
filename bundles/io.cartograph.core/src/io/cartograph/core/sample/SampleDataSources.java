package io.cartograph.core.sample;

import static io.cartograph.model.landscape.LandscapePackage.Literals.AUTHENTICATION;
import static io.cartograph.model.landscape.LandscapePackage.Literals.DATA_SOURCE;
import static io.cartograph.model.landscape.LandscapePackage.Literals.PROXY;
import static io.cartograph.model.landscape.LandscapePackage.Literals.SECRET_REFERENCE;
import static io.cartograph.model.landscape.LandscapePackage.Literals.TASK;

import java.util.List;

import io.cartograph.connect.sandbox.SandboxOptions;
import io.cartograph.model.landscape.Authentication;
import io.cartograph.model.landscape.AuthenticationType;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceCatalog;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.Product;
import io.cartograph.model.landscape.Proxy;
import io.cartograph.model.landscape.SecretReference;
import io.cartograph.model.landscape.Task;
import io.cartograph.model.landscape.TaskType;

/**
 * Data sources of several platforms, set up as the onboarding guide describes: connection
 * fields, authentication (secrets as references only: the sample has no secrets, the workbench
 * asks for them) and the tasks each platform runs, with the recommended recurrences.
 */
public final class SampleDataSources {

	/** The data source that reads the sandbox tenant of {@code ./cartograph sandbox} on its default port. */
	public static final String SANDBOX_NAME = "CPI_SANDBOX";
	static final String SANDBOX_URL = "http://localhost:8765";
	private static final String DAILY = "Every 1 day";
	private static final String HOURLY = "Every 1 hour";

	private SampleDataSources() {
	}

	static void fill(Sample sample) {
		DataSourceCatalog catalog = sample.model.dataSources();
		Proxy connector = sample.create(PROXY, Proxy.class);
		connector.setName("Cloud Connector PRD");
		connector.setHost("scc.acme.example");
		connector.setPort(20003);
		connector.setLocationId("ACME_PRD");
		connector.setUsername("cartograph-scc");
		connector.setPassword(secret(sample, "Cloud Connector connectivity password"));
		catalog.getProxies().add(connector);

		DataSource cpiPrd = btp(sample, "CPI_EU_PRD", "Production", Product.CLOUDINTEGRATION, "acme-prd");
		DataSource cpiDev = btp(sample, "CPI_EU_DEV", "Development", Product.CLOUDINTEGRATION, "acme-dev");
		DataSource apim = btp(sample, "APIM_EU", "Production", Product.APIMANAGEMENT, "acme-apim");
		apim.setHostname(null);

		DataSource po = source(sample, "PO_PRD", DataSourceType.SAP_PO, "Production");
		po.setUrl("https://po-prd.acme.example:50001/inbound/cartograph");
		po.setAuthentication(basic(sample, "CARTOGRAPH_PUSH"));
		tasks(sample, po, TaskType.INVENTORY, TaskType.UPDATE);

		DataSource abap = source(sample, "S4_PRD_ABAP", DataSourceType.SAP_ABAP, "Production");
		abap.setSystemId("S4P");
		abap.setClient("100");
		abap.setUrl("http://s4p.acme.example:8000");
		abap.setProxy(connector);
		abap.getFeatures().addAll(List.of("IDocs", "SOAP Services", "OData Services", "RFC Destinations"));
		abap.setAuthentication(basic(sample, "CARTOGRAPH_RO"));
		tasks(sample, abap, TaskType.CONFIGURATION, TaskType.INVENTORY, TaskType.RUNTIME);

		DataSource mule = source(sample, "MULESOFT_EU", DataSourceType.MULESOFT_ANYPOINT, "Production");
		mule.setHostname("eu1.anypoint.mulesoft.com");
		mule.setAuthentication(oauth(sample, "7f3c2a9e51d04b6c9e0f1a2b3c4d5e6f",
				"https://eu1.anypoint.mulesoft.com/accounts/api/v2/oauth2/token", null));
		tasks(sample, mule, TaskType.CONFIGURATION, TaskType.INVENTORY, TaskType.RUNTIME);

		DataSource azure = source(sample, "AZURE_INTEGRATION", DataSourceType.MICROSOFT_AZURE, "Production");
		String tenant = sample.ids.next();
		azure.setTenant(tenant);
		azure.getFeatures().addAll(List.of("Logic Apps", "Service Bus"));
		azure.setAuthentication(oauth(sample, sample.ids.next(), "https://login.microsoftonline.com/" + tenant + "/oauth2/v2.0/token",
				"https://management.azure.com/.default"));
		tasks(sample, azure, TaskType.CONFIGURATION, TaskType.INVENTORY, TaskType.RUNTIME);

		DataSource jira = source(sample, "JIRA_INTEGRATION", DataSourceType.JIRA, "Production");
		jira.setHostname("acme.atlassian.net");
		jira.setProjectId("INT");
		jira.setAuthentication(basic(sample, "integration-bot@acme.example"));
		tasks(sample, jira, TaskType.CONFIGURATION);

		// Points at ./cartograph sandbox, so that a new user can run tasks and watch them.
		// Production, so that a harvest of the sandbox fills the dashboard's productive KPIs.
		DataSource sandbox = source(sample, SANDBOX_NAME, DataSourceType.SAP_BTP, "Production");
		sandbox.getProducts().add(Product.CLOUDINTEGRATION);
		sandbox.setUrl(SANDBOX_URL);
		sandbox.getFeatures().addAll(List.of("Adapter", "Last Traffic"));
		sandbox.setAuthentication(oauth(sample, SandboxOptions.CLIENT_ID, SANDBOX_URL + "/oauth/token", null));
		tasks(sample, sandbox, TaskType.CONFIGURATION, TaskType.INVENTORY, TaskType.RUNTIME);

		DataSource logs = source(sample, "WIC_HOUSEKEEPING", DataSourceType.LOGS, "Test");
		logs.getTasks().add(task(sample, TaskType.UPDATE, "Every 7 days"));
		logs.getTasks().add(task(sample, TaskType.RUNTIME, DAILY));

		// Order matters to the interface generator: the first ones carry most interfaces.
		sample.dataSources.addAll(List.of(cpiPrd, po, mule, cpiDev, azure, abap, apim));
		catalog.getDataSources().addAll(List.of(cpiPrd, cpiDev, apim, po, abap, mule, azure, jira, sandbox, logs));
	}

	private static DataSource btp(Sample sample, String name, String environment, Product product, String subaccount) {
		DataSource source = source(sample, name, DataSourceType.SAP_BTP, environment);
		source.getProducts().add(product);
		source.setRegion("eu10");
		source.setHostname(subaccount + ".it-cpi018.cfapps.eu10-003.hana.ondemand.com");
		source.getFeatures().addAll(List.of("Complexity", "Adapter", "Authentication", "Last Traffic"));
		source.setAuthentication(oauth(sample, "sb-" + subaccount + "!b21403|it-rt-" + subaccount + "!b196",
				"https://" + subaccount + ".authentication.eu10.hana.ondemand.com/oauth/token", null));
		tasks(sample, source, TaskType.CONFIGURATION, TaskType.INVENTORY, TaskType.RUNTIME);
		return source;
	}

	private static DataSource source(Sample sample, String name, DataSourceType type, String environment) {
		DataSource source = sample.create(DATA_SOURCE, DataSource.class);
		source.setName(name);
		source.setType(type);
		source.setEnvironment(sample.environments.get(environment));
		return source;
	}

	private static void tasks(Sample sample, DataSource source, TaskType... types) {
		for (TaskType type : types) {
			source.getTasks().add(task(sample, type, type == TaskType.RUNTIME ? HOURLY : DAILY));
		}
	}

	private static Task task(Sample sample, TaskType type, String recurrence) {
		Task task = sample.create(TASK, Task.class);
		task.setType(type);
		task.setRecurrence(recurrence);
		task.setEnabled(true);
		return task;
	}

	private static Authentication oauth(Sample sample, String clientId, String tokenUrl, String scope) {
		Authentication authentication = sample.create(AUTHENTICATION, Authentication.class);
		authentication.setType(AuthenticationType.OAUTH2);
		authentication.setClientId(clientId);
		authentication.setTokenUrl(tokenUrl);
		authentication.setScope(scope);
		authentication.setSecret(secret(sample, "OAuth2 client secret"));
		return authentication;
	}

	private static Authentication basic(Sample sample, String user) {
		Authentication authentication = sample.create(AUTHENTICATION, Authentication.class);
		authentication.setType(AuthenticationType.BASICAUTH);
		authentication.setUsername(user);
		authentication.setSecret(secret(sample, "password of " + user));
		return authentication;
	}

	/** A reference to a secret that is not in secure storage yet. */
	static SecretReference secret(Sample sample, String purpose) {
		SecretReference reference = sample.create(SECRET_REFERENCE, SecretReference.class);
		reference.setPurpose(purpose);
		return reference;
	}
}
