package io.cartograph.core.inventory;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import io.cartograph.connect.ConnectorRegistry;
import io.cartograph.connect.cpi.CloudIntegrationConnector;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.jobs.TaskContext;
import io.cartograph.jobs.TaskWork;
import io.cartograph.jobs.TaskWorkFactory;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.HarvestedData;
import io.cartograph.store.TaskRuns;

/**
 * The work of every task of a workspace: INVENTORY of a Cloud Integration source builds its
 * interfaces in the model (one undoable command); everything else goes to the standard work
 * (connectors and housekeeping) it wraps.
 */
public final class InventoryTasks implements TaskWorkFactory {

	private final TaskWorkFactory standard;
	private final TaskRuns runs;
	private final HarvestedData harvested;
	private final ConnectorRegistry registry;
	private final LandscapeModel model;
	private final ModelAccess access;
	private final boolean save;
	private final List<InventoryListener> listeners = new CopyOnWriteArrayList<>();

	/**
	 * @param standard the work of the other tasks, usually {@code StandardTaskWork}
	 * @param model    the model whose interface catalog INVENTORY changes
	 * @param access   where the model may be touched
	 * @param save     whether to save the model after the command (headless) or leave it to the
	 *                 user, who may still undo it (workbench)
	 */
	public InventoryTasks(TaskWorkFactory standard, TaskRuns runs, HarvestedData harvested, ConnectorRegistry registry,
			LandscapeModel model, ModelAccess access, boolean save) {
		this.standard = Objects.requireNonNull(standard, "standard");
		this.runs = Objects.requireNonNull(runs, "runs");
		this.harvested = Objects.requireNonNull(harvested, "harvested");
		this.registry = Objects.requireNonNull(registry, "registry");
		this.model = Objects.requireNonNull(model, "model");
		this.access = Objects.requireNonNull(access, "access");
		this.save = save;
	}

	public void addListener(InventoryListener listener) {
		listeners.add(listener);
	}

	public void removeListener(InventoryListener listener) {
		listeners.remove(listener);
	}

	/** Whether INVENTORY of this source builds interfaces here (Cloud Integration sources). */
	public boolean buildsInventory(DataSource source) {
		return registry.forDataSource(source).filter(CloudIntegrationConnector.class::isInstance).isPresent();
	}

	@Override
	public TaskWork create(TaskContext context) {
		if (context.taskType() == TaskType.INVENTORY && buildsInventory(context.dataSource())) {
			return new InventoryWork(context, runs, harvested, model, access, save, listeners);
		}
		return standard.create(context);
	}
}
