package io.cartograph.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.Task;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.RunTrigger;
import io.cartograph.store.TaskRuns;

/**
 * Runs the enabled tasks of a landscape's data sources when their recurrence says so, and
 * single tasks on request (Start Task). Each run is a {@link TaskJob}.
 * <p>
 * A task is due one recurrence after its last run started, whatever that run's outcome (a
 * failing task is not retried at once). A task that never ran is due at once, or at its first
 * start time if its recurrence has one. A scheduled INVENTORY waits until the source's last
 * CONFIGURATION ended at least {@link #minimumGap()} ago (the onboarding guide asks for 2-3
 * hours, since INVENTORY reads what CONFIGURATION harvested); a manual one starts anyway, with a
 * warning in its result and its log.
 * <p>
 * {@link #tick()} starts what is due now and is what tests call with their own clock;
 * {@link #start()} calls it in a background job until {@link #stop()}.
 */
public final class TaskScheduler {

	public static final Duration DEFAULT_GAP = Duration.ofHours(2);

	/** Looks again at least this often, so edited tasks and moved clocks are noticed. */
	private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

	private record TaskKey(String dataSourceUuid, TaskType taskType) {
	}

	private final TaskRuns runs;
	private final TaskWorkFactory factory;
	private final Supplier<? extends Collection<DataSource>> dataSources;
	private final Clock clock;
	private final Instant since;
	private final List<TaskRunListener> listeners = new CopyOnWriteArrayList<>();
	private final Map<TaskKey, TaskJob> active = new HashMap<>();
	private volatile Duration gap = DEFAULT_GAP;
	private Job loop;

	/**
	 * @param dataSources the landscape's data sources, asked at every look; called from a
	 *                    background thread, so hand out a snapshot if the model is being edited
	 * @param clock       the time the scheduler goes by; its zone is the recurrences' zone
	 */
	public TaskScheduler(TaskRuns runs, TaskWorkFactory factory, Supplier<? extends Collection<DataSource>> dataSources,
			Clock clock) {
		this.runs = Objects.requireNonNull(runs, "runs");
		this.factory = Objects.requireNonNull(factory, "factory");
		this.dataSources = Objects.requireNonNull(dataSources, "dataSources");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.since = clock.instant();
	}

	/** The least time between the end of a CONFIGURATION and a following INVENTORY. */
	public Duration minimumGap() {
		return gap;
	}

	public void setMinimumGap(Duration minimumGap) {
		if (minimumGap.isNegative()) {
			throw new IllegalArgumentException("The gap must not be negative, was " + minimumGap);
		}
		this.gap = minimumGap;
	}

	public void addListener(TaskRunListener listener) {
		listeners.add(Objects.requireNonNull(listener, "listener"));
	}

	public void removeListener(TaskRunListener listener) {
		listeners.remove(listener);
	}

	/** Start Task: runs a task now, queued behind whatever its data source is running. */
	public StartedTask startNow(DataSource dataSource, TaskType taskType) {
		Optional<String> warning = taskType == TaskType.INVENTORY ? gapWarning(dataSource) : Optional.empty();
		return launch(dataSource, taskType, RunTrigger.MANUAL, warning.orElse(null));
	}

	/** Starts every enabled task that is due now and not already queued or running. */
	public List<StartedTask> tick() {
		List<StartedTask> started = new ArrayList<>();
		Instant now = clock.instant();
		// Due times are worked out one by one, so that a CONFIGURATION started here holds back
		// the INVENTORY of its source that comes after it.
		for (Map.Entry<DataSource, Task> entry : enabledTasks()) {
			DataSource source = entry.getKey();
			TaskType type = entry.getValue().getType();
			if (!isActive(source, type) && due(source, entry.getValue()).isDueAt(now)) {
				started.add(launch(source, type, RunTrigger.SCHEDULED, null));
			}
		}
		return started;
	}

	/** When each enabled task is due, CONFIGURATION before INVENTORY of each source. */
	public List<DueTask> plan() {
		return enabledTasks().stream().map(entry -> due(entry.getKey(), entry.getValue())).toList();
	}

	/** The enabled tasks, by data source, in the order of TaskType; one per type and source. */
	private List<Map.Entry<DataSource, Task>> enabledTasks() {
		List<Map.Entry<DataSource, Task>> tasks = new ArrayList<>();
		for (DataSource source : List.copyOf(dataSources.get())) {
			if (source.getUuid() == null) {
				continue;
			}
			Set<TaskType> seen = EnumSet.noneOf(TaskType.class);
			source.getTasks().stream().filter(t -> t.isEnabled() && t.getType() != null)
					.sorted(Comparator.comparing(Task::getType)).filter(t -> seen.add(t.getType()))
					.forEach(t -> tasks.add(Map.entry(source, t)));
		}
		return tasks;
	}

	private DueTask due(DataSource source, Task task) {
		TaskType type = task.getType();
		Recurrence recurrence;
		try {
			recurrence = Recurrence.parse(task.getRecurrence(), clock.getZone());
		} catch (IllegalArgumentException e) {
			return new DueTask(source, type, null, null, e.getMessage());
		}
		Instant due = runs.lastRun(source.getUuid(), type).map(last -> recurrence.next(last.startedAt()))
				.orElseGet(() -> recurrence.hasStart() ? recurrence.next(since.minusMillis(1)) : since);
		if (type != TaskType.INVENTORY) {
			return new DueTask(source, type, recurrence, due, null);
		}
		if (configurationUnfinished(source)) {
			return new DueTask(source, type, recurrence, null, "waits until CONFIGURATION has finished and "
					+ hours(gap) + " have passed");
		}
		Optional<Instant> earliest = lastConfigurationEnd(source).map(end -> end.plus(gap));
		if (earliest.isPresent() && earliest.get().isAfter(due)) {
			return new DueTask(source, type, recurrence, earliest.get(), "postponed to keep " + hours(gap)
					+ " after CONFIGURATION");
		}
		return new DueTask(source, type, recurrence, due, null);
	}

	/** Why a manual INVENTORY now is early, if it is. */
	private Optional<String> gapWarning(DataSource source) {
		if (configurationUnfinished(source)) {
			return Optional.of("CONFIGURATION of " + source.getName() + " has not finished; INVENTORY runs after it "
					+ "without the recommended " + hours(gap) + " in between and may read incomplete data.");
		}
		Instant now = clock.instant();
		return lastConfigurationEnd(source).filter(end -> end.plus(gap).isAfter(now)).map(end ->
				"CONFIGURATION of " + source.getName() + " ended only " + minutes(Duration.between(end, now))
						+ " ago; " + hours(gap) + " are recommended between CONFIGURATION and INVENTORY, "
						+ "so INVENTORY may read incomplete data.");
	}

	private boolean configurationUnfinished(DataSource source) {
		return isActive(source, TaskType.CONFIGURATION) || runs.lastRun(source.getUuid(), TaskType.CONFIGURATION)
				.filter(run -> run.endedAt() == null).isPresent();
	}

	private Optional<Instant> lastConfigurationEnd(DataSource source) {
		return runs.lastRun(source.getUuid(), TaskType.CONFIGURATION).map(run -> run.endedAt());
	}

	private StartedTask launch(DataSource source, TaskType type, RunTrigger trigger, String warning) {
		TaskKey key = new TaskKey(source.getUuid(), type);
		TaskJob job;
		synchronized (active) {
			TaskJob queued = active.get(key);
			if (unfinished(queued)) {
				return new StartedTask(queued, type + " of " + source.getName()
						+ " is already queued or running; it was not started again.", false);
			}
			job = new TaskJob(new TaskExecution(runs, factory, source, type, trigger, warning, listeners));
			active.put(key, job);
		}
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				synchronized (active) {
					active.remove(key, job);
				}
			}
		});
		job.schedule();
		return new StartedTask(job, warning, true);
	}

	/** Whether a task of the source is queued or running in this scheduler. */
	public boolean isActive(DataSource source, TaskType type) {
		synchronized (active) {
			return unfinished(active.get(new TaskKey(source.getUuid(), type)));
		}
	}

	/**
	 * A job stays in {@code active} until its done-listener runs, which can be after a join on
	 * it has returned; a job that has recorded its run is finished already.
	 */
	private static boolean unfinished(TaskJob job) {
		return job != null && job.result() == null;
	}

	/** Cancel: stops a queued or running task of a data source. */
	public void cancel(DataSource source, TaskType type) {
		TaskJob job;
		synchronized (active) {
			job = active.get(new TaskKey(source.getUuid(), type));
		}
		if (job != null) {
			job.cancel();
		}
	}

	/** Starts looking for due tasks in the background, at least once a minute. */
	public synchronized void start() {
		if (loop != null) {
			return;
		}
		loop = new Job("Cartograph task scheduler") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				tick();
				schedule(untilNextLook().toMillis());
				return Status.OK_STATUS;
			}
		};
		loop.setSystem(true);
		loop.schedule();
	}

	/** Stops scheduling; tasks already started go on (cancel them with {@link TaskJob#FAMILY}). */
	public synchronized void stop() {
		if (loop != null) {
			loop.cancel();
			loop = null;
		}
	}

	private Duration untilNextLook() {
		Instant now = clock.instant();
		Duration wait = plan().stream().map(DueTask::due).filter(Objects::nonNull).map(due -> Duration.between(now, due))
				.min(Comparator.naturalOrder()).orElse(LONGEST_WAIT);
		wait = wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
		return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
	}

	private static String hours(Duration duration) {
		long minutes = duration.toMinutes();
		return minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min";
	}

	private static String minutes(Duration duration) {
		return Math.max(0, duration.toMinutes()) + " min";
	}
}
