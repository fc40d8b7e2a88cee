package io.cartograph.connect.cpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.cartograph.connect.CancelledException;
import io.cartograph.connect.ConnectionCheck;
import io.cartograph.connect.ConnectionField;
import io.cartograph.connect.Connector;
import io.cartograph.connect.ConnectorContext;
import io.cartograph.connect.ConnectorException;
import io.cartograph.connect.HarvestSink;
import io.cartograph.connect.HarvestSink.Level;
import io.cartograph.connect.TaskOutcome;
import io.cartograph.connect.TaskProgress;
import io.cartograph.connect.http.ApiClient;
import io.cartograph.model.landscape.AuthenticationType;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.LandscapePackage.Literals;
import io.cartograph.model.landscape.Product;
import io.cartograph.model.landscape.TaskType;

/**
 * SAP Cloud Integration (Cloud Foundry and Neo) through its OData API {@code /api/v1}.
 * CONFIGURATION reads packages, design-time and runtime artifacts, externalized parameters and
 * service endpoints; RUNTIME reads message processing logs since the last successful run;
 * INVENTORY is declared here but runs on the harvested data, not on the tenant (see
 * docs/connectors-cpi.md). Field documentation: docs/connectors-cpi.md.
 */
public final class CloudIntegrationConnector implements Connector {

	/** The cheap call of Test Connection: one package at most. */
	static final String PROBE = "api/v1/IntegrationPackages?$top=1";

	@Override
	public DataSourceType type() {
		return DataSourceType.SAP_BTP;
	}

	@Override
	public Set<Product> products() {
		return Set.of(Product.CLOUDINTEGRATION);
	}

	@Override
	public List<AuthenticationType> authenticationTypes() {
		return List.of(AuthenticationType.OAUTH2, AuthenticationType.BASICAUTH);
	}

	@Override
	public List<ConnectionField> connectionFields() {
		return List.of(
				ConnectionField.required(Literals.DATA_SOURCE__HOSTNAME,
						"Host of the service key's url, without https://"),
				ConnectionField.optional(Literals.DATA_SOURCE__REGION, "e.g. EU10"),
				ConnectionField.optional(Literals.DATA_SOURCE__URL,
						"Full base URL instead of the host name (e.g. the sandbox tenant)"),
				ConnectionField.optional(Literals.DATA_SOURCE__PROXY, "Only when the tenant is reached through a proxy"),
				ConnectionField.forAuthentication(Literals.AUTHENTICATION__CLIENT_ID, "Service key: clientid",
						AuthenticationType.OAUTH2),
				ConnectionField.forAuthentication(Literals.AUTHENTICATION__TOKEN_URL, "Service key: tokenurl",
						AuthenticationType.OAUTH2),
				new ConnectionField(Literals.AUTHENTICATION__SCOPE, false, "Not required for Cloud Integration",
						Set.of(AuthenticationType.OAUTH2)),
				ConnectionField.forAuthentication(Literals.AUTHENTICATION__USERNAME, "Technical user",
						AuthenticationType.BASICAUTH),
				ConnectionField.forAuthentication(Literals.AUTHENTICATION__SECRET,
						"Service key: clientsecret, or the user's password", AuthenticationType.OAUTH2,
						AuthenticationType.BASICAUTH));
	}

	@Override
	public List<TaskType> tasks() {
		return List.of(TaskType.CONFIGURATION, TaskType.INVENTORY, TaskType.RUNTIME);
	}

	@Override
	public TaskOutcome run(ConnectorContext context, TaskType type, HarvestSink sink, TaskProgress progress) {
		if (type == TaskType.INVENTORY) {
			// INVENTORY turns harvested raw data into interfaces; it reads the store, not the tenant.
			return TaskOutcome.failed("INVENTORY runs on the harvested data, not through the connector", 0, 0);
		}
		if (!supports(type)) {
			return TaskOutcome.failed("SAP Cloud Integration has no task " + type, 0, 0);
		}
		Counts counts = new Counts();
		try (ApiClient client = ApiClient.forDataSource(context)) {
			if (type == TaskType.CONFIGURATION) {
				new ConfigurationHarvest(client, context, sink, progress, counts).run();
			} else {
				new MessageLogHarvest(client, context, sink, progress, counts).run();
			}
			return TaskOutcome.success(counts.summary(), counts.artifacts, counts.messages);
		} catch (CancelledException e) {
			sink.log(Level.WARNING, "Cancelled after " + counts.summary());
			return TaskOutcome.cancelled(counts.artifacts, counts.messages);
		} catch (ConnectorException e) {
			if (context.cancellation().isCancelled()) {
				return TaskOutcome.cancelled(counts.artifacts, counts.messages);
			}
			// The run's log gets the failure from the outcome (once), with the counts of its run.
			return TaskOutcome.failed(e.getMessage(), counts.artifacts, counts.messages);
		}
	}

	@Override
	public ConnectionCheck testConnection(ConnectorContext context) {
		List<String> passed = new ArrayList<>();
		try (ApiClient client = ApiClient.forDataSource(context)) {
			passed.add("settings complete");
			if (client.usesTokenEndpoint()) {
				client.fetchToken();
				passed.add("token received");
			}
			client.get(PROBE, parser -> {
				parser.skipChildren();
				while (parser.nextToken() != null) {
					parser.skipChildren();
				}
				return Boolean.TRUE;
			});
			passed.add("API " + client.base().resolve(PROBE).getPath() + " answered");
			return ConnectionCheck.ok(passed);
		} catch (ConnectorException e) {
			return ConnectionCheck.failed(passed, e.failure(), e.getMessage());
		}
	}

	/** What a run harvested so far. */
	static final class Counts {
		long artifacts;
		long messages;

		String summary() {
			return artifacts + " artifacts, " + messages + " message records";
		}
	}
}
