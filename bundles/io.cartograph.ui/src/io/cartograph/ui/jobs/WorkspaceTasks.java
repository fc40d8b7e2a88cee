package io.cartograph.ui.jobs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Shell;

import io.cartograph.connect.ConnectionCheck;
import io.cartograph.connect.ConnectorException;
import io.cartograph.connect.ConnectorRegistry;
import io.cartograph.connect.Secrets;
import io.cartograph.core.inventory.InventoryTasks;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.jobs.StandardTaskWork;
import io.cartograph.jobs.StartedTask;
import io.cartograph.jobs.TaskRunListener;
import io.cartograph.jobs.TaskScheduler;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.SecretReference;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.HarvestedData;
import io.cartograph.store.TaskRun;
import io.cartograph.store.TaskRuns;
import io.cartograph.ui.secrets.SecretAccess;

/**
 * The tasks of the open workspace as the workbench runs them: its task runs, a scheduler over
 * its store, Start Task, Cancel and Test Connection. One per open workspace; the
 * {@link WorkspaceTasksAddon} makes a new one when another workspace opens.
 * <p>
 * Jobs never read the objects people are editing: every start hands the job a copy of the data
 * source taken on the UI thread, and the scheduler's list of sources is such a copy too. The
 * schedules do not run until someone switches them on ({@link #runSchedules(boolean)}): the
 * sample's sources point at hosts that do not exist, and harvesting is a decision. INVENTORY
 * changes the live model on the UI thread as one undoable command.
 */
public final class WorkspaceTasks implements AutoCloseable {

	private final Workspace workspace;
	private final SecretAccess secrets;
	private final UISynchronize ui;
	private final ConnectorRegistry registry = ConnectorRegistry.standard();
	private final TaskRuns runs;
	private final TaskScheduler scheduler;
	private final InventoryTasks inventory;
	/** The latest copy of each source handed to a job, by UUID: what Cancel names. */
	private final Map<String, DataSource> launched = new ConcurrentHashMap<>();
	private volatile boolean schedulesRunning;

	public WorkspaceTasks(Workspace workspace, SecretAccess secrets, UISynchronize ui) {
		this.workspace = Objects.requireNonNull(workspace, "workspace");
		this.secrets = Objects.requireNonNull(secrets, "secrets");
		this.ui = Objects.requireNonNull(ui, "ui");
		runs = TaskRuns.of(workspace.store());
		Secrets resolver = reference -> secrets.ifOpen().flatMap(store -> store.get(reference));
		HarvestedData harvested = HarvestedData.of(workspace.store());
		// INVENTORY executes its command on the UI thread, on the live model, and leaves it unsaved:
		// the user sees the interfaces at once and can undo the whole run in one step.
		inventory = new InventoryTasks(new StandardTaskWork(runs, harvested, registry, resolver), runs, harvested, registry,
				workspace.model(), ui::syncExec, false);
		scheduler = new TaskScheduler(runs, inventory, this::sourcesForScheduler, Clock.systemDefaultZone());
	}

	public Workspace workspace() {
		return workspace;
	}

	public TaskRuns runs() {
		return runs;
	}

	public TaskScheduler scheduler() {
		return scheduler;
	}

	/** The work of the tasks; listeners hear what each INVENTORY run changed. */
	public InventoryTasks inventory() {
		return inventory;
	}

	public void addListener(TaskRunListener listener) {
		scheduler.addListener(listener);
	}

	public void removeListener(TaskRunListener listener) {
		scheduler.removeListener(listener);
	}

	/** The task types a connector can run for the source. */
	public Set<TaskType> supportedTasks(DataSource source) {
		return StandardTaskWork.supportedTasks(registry, source);
	}

	/**
	 * Start Task, on the UI thread: opens the secret store first if the source needs a secret
	 * (asking for the master password), then runs a copy of the source.
	 *
	 * @return what the scheduler did; empty when the user would not open the secret store
	 */
	public Optional<StartedTask> start(Shell shell, DataSource source, TaskType type) {
		DataSource copy = snapshot(source);
		if (!secretsReady(shell, copy)) {
			return Optional.empty();
		}
		return Optional.of(scheduler.startNow(copy, type));
	}

	/** Whether a task of the source is queued or running. */
	public boolean isActive(DataSource source, TaskType type) {
		return source.getUuid() != null && scheduler.isActive(source, type);
	}

	/** Whether the task of this run is queued or running here. */
	public boolean isActive(TaskRun run) {
		DataSource source = launched.get(run.dataSourceUuid());
		return source != null && scheduler.isActive(source, run.taskType());
	}

	public void cancel(DataSource source, TaskType type) {
		scheduler.cancel(source, type);
	}

	/** Cancels the task that made this run, if it is still queued or running here. */
	public void cancel(TaskRun run) {
		DataSource source = launched.get(run.dataSourceUuid());
		if (source != null) {
			scheduler.cancel(source, run.taskType());
		}
	}

	/**
	 * Test Connection: gets a token if needed and makes one cheap call, in a job; the result
	 * comes to {@code done} on the UI thread. Empty when the user would not open the secret store.
	 */
	public Optional<Job> testConnection(Shell shell, DataSource source, Consumer<ConnectionCheck> done) {
		DataSource copy = snapshot(source);
		if (!secretsReady(shell, copy)) {
			return Optional.empty();
		}
		Secrets resolver = reference -> secrets.ifOpen().flatMap(store -> store.get(reference));
		Job job = Job.create("Test connection of " + copy.getName(), (IProgressMonitor monitor) -> {
			ConnectionCheck check;
			try {
				check = StandardTaskWork.testConnection(registry, copy, resolver);
			} catch (RuntimeException e) {
				check = ConnectionCheck.failed(List.of(), ConnectorException.Failure.CONFIGURATION,
						e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
			}
			ConnectionCheck result = check;
			ui.asyncExec(() -> done.accept(result));
			return Status.OK_STATUS;
		});
		job.schedule();
		return Optional.of(job);
	}

	/** Whether the recurrences run unattended. */
	public boolean runsSchedules() {
		return schedulesRunning;
	}

	/**
	 * Starts or stops running the recurrences unattended. Starting opens the secret store first
	 * when a source needs a secret; false when the user would not.
	 */
	public boolean runSchedules(Shell shell, boolean run) {
		if (run) {
			boolean needsSecrets = workspace.model().dataSources().getDataSources().stream()
					.anyMatch(source -> !secretReferences(source).isEmpty());
			if (needsSecrets && secrets.store(shell).isEmpty()) {
				return false;
			}
			scheduler.start();
		} else {
			scheduler.stop();
		}
		schedulesRunning = run;
		return true;
	}

	/** Stops the schedules and cancels what still runs; the workspace's store is closing. */
	@Override
	public void close() {
		scheduler.stop();
		schedulesRunning = false;
		for (DataSource source : launched.values()) {
			for (TaskType type : TaskType.VALUES) {
				scheduler.cancel(source, type);
			}
		}
	}

	private boolean secretsReady(Shell shell, DataSource copy) {
		return secretReferences(copy).isEmpty() || secrets.ifOpen().isPresent() || secrets.store(shell).isPresent();
	}

	private static List<SecretReference> secretReferences(DataSource source) {
		List<SecretReference> found = new ArrayList<>();
		List<EObject> roots = new ArrayList<>(List.of(source));
		if (source.getProxy() != null) {
			roots.add(source.getProxy());
		}
		for (EObject root : roots) {
			root.eAllContents().forEachRemaining(object -> {
				if (object instanceof SecretReference reference) {
					found.add(reference);
				}
			});
		}
		return found;
	}

	/** A copy of the source and its proxy, for a job; taken on the UI thread. */
	private DataSource snapshot(DataSource source) {
		List<EObject> originals = new ArrayList<>(List.of(source));
		if (source.getProxy() != null) {
			originals.add(source.getProxy());
		}
		DataSource copy = (DataSource) EcoreUtil.copyAll(originals).iterator().next();
		if (copy.getUuid() != null) {
			launched.put(copy.getUuid(), copy);
		}
		return copy;
	}

	/** The scheduler asks from its own thread; the copies are taken on the UI thread. */
	private Collection<DataSource> sourcesForScheduler() {
		List<DataSource> copies = new ArrayList<>();
		Runnable take = () -> workspace.model().dataSources().getDataSources().forEach(source -> copies.add(snapshot(source)));
		try {
			ui.syncExec(take);
		} catch (RuntimeException closing) {
			// The display is gone (the workbench is closing): nothing is due any more.
			return List.of();
		}
		return copies;
	}
}
