package io.cartograph.ui.landscape.editors;

import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import io.cartograph.jobs.StartedTask;
import io.cartograph.jobs.TaskRunListener;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.Task;
import io.cartograph.store.TaskRun;
import io.cartograph.ui.WidgetTags;
import io.cartograph.ui.jobs.WorkspaceTasks;

/**
 * Start Task and Cancel beside a data source's task list: they run or stop the selected task
 * now, whatever its recurrence. An early INVENTORY (too soon after CONFIGURATION) runs all the
 * same, after a warning; the Job Monitor shows the run.
 */
final class TaskActions implements FieldBinding {

	private final Form form;
	private ChildTable table;
	private Button start;
	private Button cancel;
	private WorkspaceTasks watched;
	private final TaskRunListener onRun = new TaskRunListener() {
		@Override
		public void started(TaskRun run) {
			later();
		}

		@Override
		public void finished(TaskRun run) {
			later();
		}
	};

	TaskActions(Form form) {
		this.form = form;
	}

	/** Makes the buttons in the task table's button column. */
	void create(Composite buttons, String id) {
		start = button(buttons, "Start Task", id + ".start", "Run the selected task now", this::startSelected);
		cancel = button(buttons, "Cancel", id + ".cancel", "Stop the selected task if it is queued or running",
				this::cancelSelected);
		start.addListener(SWT.Dispose, event -> watch(null));
	}

	/** Follows the table's selection; call once the table is built. */
	void follow(ChildTable built) {
		table = built;
		table.table().addListener(SWT.Selection, event -> refresh());
		form.bind(this);
		refresh();
	}

	private static Button button(Composite parent, String text, String id, String tip, Runnable action) {
		Button button = WidgetTags.tag(new Button(parent, SWT.PUSH), id);
		button.setText(text);
		button.setToolTipText(tip);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private Optional<WorkspaceTasks> tasks() {
		return Optional.ofNullable(form.context().tasks().get());
	}

	private Task selected() {
		return table == null ? null : (Task) table.selected();
	}

	@Override
	public void refresh() {
		if (start == null || start.isDisposed()) {
			return;
		}
		WorkspaceTasks tasks = tasks().orElse(null);
		watch(tasks);
		Task task = selected();
		DataSource source = (DataSource) form.target();
		boolean runnable = tasks != null && task != null && task.getType() != null && source != null;
		boolean running = runnable && tasks.isActive(source, task.getType());
		start.setEnabled(runnable && !running);
		cancel.setEnabled(running);
		start.setToolTipText(tasks == null ? "Tasks cannot run: no workspace store is open"
				: "Run the selected task now");
	}

	private void watch(WorkspaceTasks tasks) {
		if (watched == tasks) {
			return;
		}
		if (watched != null) {
			watched.removeListener(onRun);
		}
		watched = tasks;
		if (tasks != null) {
			tasks.addListener(onRun);
		}
	}

	/** Runs come and go on the jobs' threads. */
	private void later() {
		if (!start.isDisposed()) {
			start.getDisplay().asyncExec(this::refresh);
		}
	}

	private void startSelected() {
		Task task = selected();
		DataSource source = (DataSource) form.target();
		WorkspaceTasks tasks = tasks().orElse(null);
		if (task == null || source == null || tasks == null || task.getType() == null) {
			return;
		}
		Optional<StartedTask> started = tasks.start(start.getShell(), source, task.getType());
		refresh();
		started.flatMap(StartedTask::warning).ifPresent(warning -> {
			if (started.get().isNew()) {
				MessageDialog.openWarning(start.getShell(), "Start Task", warning
						+ "\n\nThe task runs all the same; its log carries this warning.");
			} else {
				MessageDialog.openInformation(start.getShell(), "Start Task", warning);
			}
		});
	}

	private void cancelSelected() {
		Task task = selected();
		DataSource source = (DataSource) form.target();
		tasks().ifPresent(tasks -> {
			if (task != null && source != null && task.getType() != null) {
				tasks.cancel(source, task.getType());
			}
		});
		refresh();
	}
}
