package io.cartograph.jobs;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.Status;

import io.cartograph.connect.ConnectionCheck;
import io.cartograph.connect.Connector;
import io.cartograph.connect.ConnectorContext;
import io.cartograph.connect.ConnectorException;
import io.cartograph.connect.ConnectorRegistry;
import io.cartograph.connect.Secrets;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.HarvestedData;
import io.cartograph.store.TaskRuns;

/**
 * The work of every task Cartograph can run: housekeeping for LOGS sources, the platform's
 * connector for the others. A task nobody can run yet fails with a message that says so, rather
 * than pretending to succeed.
 */
public final class StandardTaskWork implements TaskWorkFactory {

	private final TaskRuns runs;
	private final HarvestedData harvested;
	private final ConnectorRegistry registry;
	private final Secrets secrets;
	private final Clock clock;

	public StandardTaskWork(TaskRuns runs, HarvestedData harvested, ConnectorRegistry registry, Secrets secrets) {
		this(runs, harvested, registry, secrets, Clock.systemUTC());
	}

	StandardTaskWork(TaskRuns runs, HarvestedData harvested, ConnectorRegistry registry, Secrets secrets, Clock clock) {
		this.runs = runs;
		this.harvested = harvested;
		this.registry = registry;
		this.secrets = secrets;
		this.clock = clock;
	}

	@Override
	public TaskWork create(TaskContext context) {
		DataSource source = context.dataSource();
		if (source.getType() == DataSourceType.LOGS) {
			return new HousekeepingWork(context, runs, harvested);
		}
		if (context.taskType() == TaskType.INVENTORY) {
			// The work that builds interfaces needs the landscape model, which this bundle does not know:
			// io.cartograph.core's InventoryTasks wraps this factory and runs INVENTORY where it can.
			return monitor -> Status.error("INVENTORY builds interfaces in the landscape model from the artifacts CONFIGURATION"
					+ " harvested; Cartograph builds them for SAP Cloud Integration sources, not for " + describe(source) + ".");
		}
		Optional<Connector> connector = registry.forDataSource(source);
		if (connector.isEmpty()) {
			return monitor -> Status.error("Cartograph cannot read " + describe(source) + " yet: there is no connector for it."
					+ " Connectors exist for " + String.join(", ", known(registry)) + ".");
		}
		if (!connector.get().supports(context.taskType())) {
			return monitor -> Status.error("The connector for " + describe(source) + " runs " + connector.get().tasks()
					+ ", not " + context.taskType() + ".");
		}
		return new ConnectorWork(connector.get(), context, secrets, harvested, clock);
	}

	/** The task types a source can run: its connector's, or UPDATE and RUNTIME for housekeeping. */
	public static Set<TaskType> supportedTasks(ConnectorRegistry registry, DataSource source) {
		if (source.getType() == DataSourceType.LOGS) {
			return EnumSet.of(TaskType.UPDATE, TaskType.RUNTIME);
		}
		return registry.forDataSource(source).map(connector -> connector.tasks().isEmpty()
				? EnumSet.noneOf(TaskType.class) : EnumSet.copyOf(connector.tasks())).orElse(EnumSet.noneOf(TaskType.class));
	}

	/** Gets a token and makes one cheap call, reporting each step that passed and what failed. */
	public static ConnectionCheck testConnection(ConnectorRegistry registry, DataSource source, Secrets secrets) {
		if (source.getType() == DataSourceType.LOGS) {
			return ConnectionCheck.ok(java.util.List.of("A housekeeping source works on the local store; there is nothing to connect to"));
		}
		return registry.forDataSource(source)
				.map(connector -> connector.testConnection(ConnectorContext.of(source, secrets)))
				.orElseGet(() -> ConnectionCheck.failed(java.util.List.of(), ConnectorException.Failure.CONFIGURATION,
						"There is no connector for " + describe(source) + " yet; connectors exist for "
								+ String.join(", ", known(registry)) + "."));
	}

	private static String describe(DataSource source) {
		String products = source.getProducts().isEmpty() ? "" : " " + source.getProducts();
		return "data source '" + source.getName() + "' (" + source.getType() + products + ")";
	}

	private static java.util.List<String> known(ConnectorRegistry registry) {
		return registry.connectors().stream()
				.map(connector -> connector.type() + (connector.products().isEmpty() ? "" : " " + connector.products())).toList();
	}
}
