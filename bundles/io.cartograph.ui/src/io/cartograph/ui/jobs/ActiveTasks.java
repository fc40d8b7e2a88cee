package io.cartograph.ui.jobs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

import io.cartograph.jobs.RunProgress;
import io.cartograph.jobs.TaskRunListener;
import io.cartograph.store.TaskRun;
import io.cartograph.ui.WidgetTags;

/**
 * The tasks running now, with their live progress (share done, what the work does, counts),
 * as a table that shows only while something runs. Fed by a task listener on the jobs' threads;
 * the table is updated at most once per pass of the UI thread, however often the work reports.
 */
final class ActiveTasks implements TaskRunListener {

	/** One running task as last reported. */
	record Active(TaskRun run, RunProgress progress) {
		long read() {
			return progress == null ? run.read() : progress.read();
		}

		long written() {
			return progress == null ? run.written() : progress.written();
		}
	}

	private final UISynchronize ui;
	private final Runnable onStartOrEnd;
	private final Runnable onProgress;
	private final Map<Long, Active> active = new ConcurrentHashMap<>();
	private final AtomicBoolean updateQueued = new AtomicBoolean();
	private final TableViewer viewer;

	/**
	 * @param onStartOrEnd called on the UI thread when a run started or ended
	 * @param onProgress   called on the UI thread after the table showed new progress
	 */
	ActiveTasks(Composite parent, String id, UISynchronize ui, Runnable onStartOrEnd, Runnable onProgress) {
		this.ui = ui;
		this.onStartOrEnd = onStartOrEnd;
		this.onProgress = onProgress;
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
		WidgetTags.tag(viewer.getTable(), id);
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Running now", 200, a -> a.run().dataSourceName());
		column("Task", 130, a -> a.run().taskType().name());
		column("Progress", 420, a -> a.progress() == null ? "Starting" : RunTexts.progress(a.progress()));
		column("Read", 80, a -> String.valueOf(a.read()));
		column("Written", 80, a -> String.valueOf(a.written()));
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, viewer.getTable().getItemHeight() * 3)
				.exclude(true).applyTo(viewer.getTable());
		viewer.getTable().setVisible(false);
	}

	private void column(String title, int width, Function<Active, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Active) element);
			}
		});
	}

	/** Tells about every change of the selection. */
	void onSelection(Runnable listener) {
		viewer.addSelectionChangedListener(event -> listener.run());
	}

	/** The selected running task, if any. */
	Optional<TaskRun> selected() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return first instanceof Active running ? Optional.of(running.run()) : Optional.empty();
	}

	/** The run as last reported, if it is running. */
	Optional<Active> live(TaskRun run) {
		return Optional.ofNullable(active.get(run.id()));
	}

	/** Forgets every run (another workspace is shown). */
	void clear() {
		active.clear();
		update();
	}

	@Override
	public void started(TaskRun run) {
		active.put(run.id(), new Active(run, null));
		ui.asyncExec(() -> {
			update();
			onStartOrEnd.run();
		});
	}

	@Override
	public void progress(TaskRun run, RunProgress progress) {
		active.computeIfPresent(run.id(), (id, was) -> new Active(run, progress));
		if (updateQueued.compareAndSet(false, true)) {
			ui.asyncExec(() -> {
				updateQueued.set(false);
				update();
				onProgress.run();
			});
		}
	}

	@Override
	public void finished(TaskRun run) {
		active.remove(run.id());
		ui.asyncExec(() -> {
			update();
			onStartOrEnd.run();
		});
	}

	private void update() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		List<Active> rows = new ArrayList<>(active.values());
		rows.sort(Comparator.comparing((Active a) -> a.run().startedAt()).reversed());
		viewer.setInput(rows);
		boolean shown = !rows.isEmpty();
		if (viewer.getTable().getVisible() != shown) {
			viewer.getTable().setVisible(shown);
			((GridData) viewer.getTable().getLayoutData()).exclude = !shown;
			viewer.getTable().getParent().layout(true);
		}
	}
}
