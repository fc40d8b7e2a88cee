package io.cartograph.core.inventory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.cartograph.connect.ConnectorRegistry;
import io.cartograph.connect.Secrets;
import io.cartograph.connect.sandbox.SandboxOptions;
import io.cartograph.connect.sandbox.SandboxTenant;
import io.cartograph.core.sample.SampleDataSources;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.jobs.StandardTaskWork;
import io.cartograph.jobs.TaskExecution;
import io.cartograph.jobs.TaskWorkFactory;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.HarvestedData;
import io.cartograph.store.RunStatus;
import io.cartograph.store.RunTrigger;
import io.cartograph.store.TaskRun;
import io.cartograph.store.TaskRuns;

/** The sample workspace's CPI_SANDBOX source harvesting a sandbox tenant started by the test. */
public final class SandboxHarvest {

	/** Every secret reference resolves to the sandbox's client secret. */
	public static final Secrets SECRETS = reference -> Optional.of(SandboxOptions.CLIENT_SECRET.toCharArray());

	private SandboxHarvest() {
	}

	/** The CPI_SANDBOX source, pointed at the tenant (not saved). */
	public static DataSource pointAt(Workspace workspace, SandboxTenant tenant) {
		DataSource source = workspace.model().dataSources().getDataSources().stream()
				.filter(candidate -> SampleDataSources.SANDBOX_NAME.equals(candidate.getName())).findFirst().orElseThrow();
		source.setUrl(tenant.url().toString());
		source.getAuthentication().setTokenUrl(tenant.tokenUrl());
		return source;
	}

	public static StandardTaskWork standard(Workspace workspace) {
		TaskRuns runs = TaskRuns.of(workspace.store());
		return new StandardTaskWork(runs, HarvestedData.of(workspace.store()), ConnectorRegistry.standard(), SECRETS);
	}

	/**
	 * Harvests a tenant started with these options into the saved workspace at {@code folder}:
	 * CONFIGURATION and RUNTIME of CPI_SANDBOX, both required to succeed. Returns the source's UUID.
	 */
	public static String configurationAndRuntime(Path folder, SandboxOptions options) throws IOException {
		SandboxTenant tenant = SandboxTenant.start(0, options);
		try (Workspace workspace = Workspace.open(folder)) {
			DataSource sandbox = pointAt(workspace, tenant);
			workspace.model().save();
			StandardTaskWork standard = standard(workspace);
			for (TaskType type : List.of(TaskType.CONFIGURATION, TaskType.RUNTIME)) {
				TaskRun run = run(workspace, standard, sandbox, type);
				if (run.status() != RunStatus.SUCCESS) {
					throw new IllegalStateException(type + " of the sandbox did not succeed: " + run.error());
				}
			}
			return sandbox.getUuid();
		} finally {
			tenant.stop();
		}
	}

	public static TaskRun run(Workspace workspace, TaskWorkFactory work, DataSource source, TaskType type) {
		return new TaskExecution(TaskRuns.of(workspace.store()), work, source, type, RunTrigger.MANUAL, null, List.of()).run(null);
	}
}
