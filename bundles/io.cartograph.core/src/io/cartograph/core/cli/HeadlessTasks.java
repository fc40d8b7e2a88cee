package io.cartograph.core.cli;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.cartograph.connect.ConnectorRegistry;
import io.cartograph.connect.Secrets;
import io.cartograph.core.inventory.InventoryTasks;
import io.cartograph.core.inventory.ModelAccess;
import io.cartograph.core.secrets.MasterPassword;
import io.cartograph.core.secrets.SecretReferences;
import io.cartograph.core.secrets.SecretStore;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceException;
import io.cartograph.jobs.StandardTaskWork;
import io.cartograph.jobs.TaskScheduler;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.store.HarvestedData;
import io.cartograph.store.TaskRuns;

/**
 * A workspace's tasks run without the workbench: the scheduler over its store, the standard
 * connectors, and secrets from the secret store, unlocked with {@code CARTOGRAPH_MASTER_PASSWORD}
 * (opened only when some data source refers to a secret). INVENTORY builds the interfaces in the
 * workspace's model and saves it.
 */
final class HeadlessTasks implements AutoCloseable {

	private final SecretStore secrets;
	private final TaskRuns runs;
	private final TaskScheduler scheduler;
	private final InventoryTasks inventory;

	/**
	 * @param running the data sources whose tasks will run: the secret store is opened (and the
	 *                master password required) only if one of them refers to a secret
	 */
	HeadlessTasks(Workspace workspace, List<DataSource> running) {
		List<DataSource> sources = List.copyOf(workspace.model().dataSources().getDataSources());
		secrets = needsSecrets(running) ? openSecrets() : null;
		runs = TaskRuns.of(workspace.store());
		Secrets lookup = secrets == null ? Secrets.none() : secrets::get;
		HarvestedData harvested = HarvestedData.of(workspace.store());
		ConnectorRegistry registry = ConnectorRegistry.standard();
		inventory = new InventoryTasks(new StandardTaskWork(runs, harvested, registry, lookup), runs, harvested, registry,
				workspace.model(), ModelAccess.locked(workspace.model()), true);
		scheduler = new TaskScheduler(runs, inventory, () -> sources, Clock.systemDefaultZone());
	}

	/** The work of the tasks; INVENTORY changes and saves the workspace's model. */
	InventoryTasks inventory() {
		return inventory;
	}

	TaskScheduler scheduler() {
		return scheduler;
	}

	TaskRuns runs() {
		return runs;
	}

	private static boolean needsSecrets(List<DataSource> sources) {
		return sources.stream().anyMatch(source -> !SecretReferences.of(source).isEmpty());
	}

	private static SecretStore openSecrets() {
		Optional<char[]> password = MasterPassword.fromEnvironment();
		if (password.isEmpty()) {
			throw new WorkspaceException("The data sources of this workspace use secrets, which are kept in the secret store. "
					+ "Set " + MasterPassword.VARIABLE + " to the store's master password and run the command again.");
		}
		return SecretStore.openDefault(password.get());
	}

	@Override
	public void close() {
		scheduler.stop();
		if (secrets != null) {
			secrets.close();
		}
	}
}
