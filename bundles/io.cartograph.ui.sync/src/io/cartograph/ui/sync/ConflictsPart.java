package io.cartograph.ui.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.cartograph.sync.Conflict;
import io.cartograph.sync.Conflict.Side;
import io.cartograph.sync.Merge;
import io.cartograph.ui.WidgetTags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The conflicts of the merge a sync stopped on: per row the object, field, the value before, mine
 * and theirs. The user decides each (or all at once for one side); only when every conflict is
 * decided does Apply finish the merge, applying theirs and putting mine on top in one go, so that
 * nothing is ever applied half-way.
 */
public final class ConflictsPart {

	public static final String PART_ID = "io.cartograph.ui.sync.part.conflicts";
	static final String PREFIX = "io.cartograph.ui.sync.conflicts.";

	/** The side each conflict was resolved for here (the merge only says whether it is resolved). */
	private final Map<String, Side> chosen = new HashMap<>();
	private TeamSync team;
	private UISynchronize ui;
	private Label summary;
	private TableViewer table;
	private Button keepMine;
	private Button takeTheirs;
	private Button keepAllMine;
	private Button takeAllTheirs;
	private Button apply;
	private Merge shown;
	private boolean applying;
	private final Runnable onChange = () -> ui.asyncExec(this::refresh);

	@PostConstruct
	public void create(Composite parent, TeamSync teamSync, UISynchronize synchronize) {
		team = teamSync;
		ui = synchronize;
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(area);
		summary = WidgetTags.tag(new Label(area, SWT.WRAP), PREFIX + "summary");
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(summary);
		table = new TableViewer(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		WidgetTags.tag(table.getTable(), PREFIX + "table");
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(table);
		column("Object", 170, Conflict::objectLabel);
		column("Field", 110, Conflict::fieldLabel);
		column("Before", 240, Conflict::base);
		column("Mine", 240, Conflict::mine);
		column("Theirs", 240, Conflict::theirs);
		column("Kind", 120, conflict -> ConflictTexts.kind(conflict.kind()));
		column("Decision", 100, conflict -> shown == null ? "" : ConflictTexts.resolution(conflict, shown, chosen));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		table.addSelectionChangedListener(event -> enableButtons());

		Composite buttons = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(buttons);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
		keepMine = button(buttons, "Keep Mine", "keepMine", () -> resolveSelected(Side.MINE));
		takeTheirs = button(buttons, "Take Theirs", "takeTheirs", () -> resolveSelected(Side.THEIRS));
		keepAllMine = button(buttons, "Keep All Mine", "keepAllMine", () -> resolveAll(Side.MINE));
		takeAllTheirs = button(buttons, "Take All Theirs", "takeAllTheirs", () -> resolveAll(Side.THEIRS));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(new Label(buttons, SWT.NONE));
		apply = button(buttons, "Apply", "apply", this::apply);
		apply.setToolTipText("Apply their changes and put yours on top, in one go");

		team.addListener(onChange);
		refresh();
	}

	private void column(String title, int width, Function<Conflict, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Conflict) element);
			}

			@Override
			public String getToolTipText(Object element) {
				// Values are often longer than their column: the whole text on hover.
				return text.apply((Conflict) element);
			}
		});
	}

	private static Button button(Composite parent, String label, String id, Runnable action) {
		Button button = WidgetTags.tag(new Button(parent, SWT.PUSH), PREFIX + id);
		button.setText(label);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private void resolveSelected(Side side) {
		if (shown == null) {
			return;
		}
		for (Object element : ((IStructuredSelection) table.getStructuredSelection()).toList()) {
			Conflict conflict = (Conflict) element;
			shown.resolve(conflict, side);
			chosen.put(conflict.key(), side);
		}
		refresh();
		team.conflictsDecided();
	}

	private void resolveAll(Side side) {
		if (shown == null) {
			return;
		}
		shown.resolveAll(side);
		shown.conflicts().forEach(conflict -> chosen.put(conflict.key(), side));
		refresh();
		team.conflictsDecided();
	}

	private void apply() {
		if (shown == null || !shown.isResolved()) {
			return;
		}
		applying = true;
		enableButtons();
		summary.setText("Applying the merge...");
		Job job = team.applyMerge();
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				ui.asyncExec(() -> {
					applying = false;
					refresh();
					if (!event.getResult().isOK() && !summary.isDisposed()) {
						summary.setText(event.getResult().getMessage());
					}
				});
			}
		});
	}

	void refresh() {
		if (table.getControl().isDisposed()) {
			return;
		}
		Merge merge = team.openMerge().orElse(null);
		if (merge != shown) {
			chosen.clear();
			shown = merge;
			List<Conflict> rows = merge == null ? List.of() : merge.conflicts();
			table.setInput(rows);
		} else {
			// The same conflicts with new decisions: keep the rows selected, as the user left them.
			table.refresh();
		}
		if (!applying) {
			summary.setText(merge == null ? ConflictTexts.NO_MERGE : ConflictTexts.summary(merge));
		}
		summary.getParent().layout(true, true);
		enableButtons();
	}

	private void enableButtons() {
		boolean open = shown != null && !applying;
		boolean selected = open && !table.getStructuredSelection().isEmpty();
		keepMine.setEnabled(selected);
		takeTheirs.setEnabled(selected);
		keepAllMine.setEnabled(open);
		takeAllTheirs.setEnabled(open);
		apply.setEnabled(open && shown.isResolved());
	}

	@PreDestroy
	public void dispose() {
		team.removeListener(onChange);
	}
}
