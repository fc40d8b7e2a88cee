package io.cartograph.ui.policy.flow;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;

import io.cartograph.model.landscape.Flow;
import io.cartograph.model.landscape.Policy;
import io.cartograph.model.landscape.Step;
import io.cartograph.ui.RowReorder;
import io.cartograph.ui.WidgetTags;

/**
 * The request or response steps of a flow, in the order they run. Steps are reordered by
 * dragging (a line shows where the step will go) or with Alt+Up / Alt+Down, added from the
 * proxy's policies and removed; each of these is one command.
 */
final class StepTable {

	/** What the table asks its editor to do, each as one command. */
	interface Changes {
		void move(Flow flow, EReference steps, Step step, int index);

		void add(Flow flow, EReference steps, Policy policy);

		void remove(Flow flow, EReference steps, Step step);

		List<Policy> policies();
	}

	private final TableViewer viewer;
	private final EReference steps;
	private final Changes changes;
	private Flow flow;

	StepTable(Composite parent, String title, String id, EReference steps, Changes changes, Consumer<Step> selected) {
		this.steps = steps;
		this.changes = changes;
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(box);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(box);
		Label heading = new Label(box, SWT.NONE);
		heading.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(heading);
		Button add = WidgetTags.tag(new Button(box, SWT.PUSH), id + ".add");
		add.setText("Add Step \u25be");
		add.addListener(SWT.Selection, event -> offerPolicies(add));
		Button remove = WidgetTags.tag(new Button(box, SWT.PUSH), id + ".remove");
		remove.setText("Remove");
		remove.addListener(SWT.Selection, event -> {
			Step step = selection();
			if (step != null && flow != null) {
				changes.remove(flow, steps, step);
			}
		});
		Label hint = new Label(box, SWT.NONE);
		hint.setText("Drag or Alt+\u2191/\u2193 to reorder");
		// The columns share the table's width (weights), so none is cut off behind a scroll bar.
		Composite tableArea = new Composite(box, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(SWT.DEFAULT, 110).applyTo(tableArea);
		viewer = new TableViewer(tableArea, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		Table table = WidgetTags.tag(viewer.getTable(), id);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(columns, "#", new ColumnPixelData(44), step -> step.getSequence() == 0 ? "" : Integer.toString(step.getSequence()));
		column(columns, "Policy", new ColumnWeightData(28, 120), StepTable::policyName);
		column(columns, "Type", new ColumnWeightData(24, 100), step -> step.getPolicy() == null ? ""
				: orEmpty(step.getPolicy().getType()));
		column(columns, "Condition", new ColumnWeightData(48, 120), step -> orEmpty(step.getCondition()));
		viewer.addSelectionChangedListener(event -> selected.accept(selection()));
		table.addListener(SWT.KeyDown, event -> {
			if ((event.stateMask & SWT.ALT) != 0 && (event.keyCode == SWT.ARROW_UP || event.keyCode == SWT.ARROW_DOWN)) {
				event.doit = false;
				shift(event.keyCode == SWT.ARROW_UP ? -1 : 1);
			}
		});
		enableDragging();
	}

	private void column(TableColumnLayout columns, String title, ColumnLayoutData width,
			java.util.function.Function<Step, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		columns.setColumnData(column.getColumn(), width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Step) element);
			}
		});
	}

	/** Shows a flow's steps (null: none), keeping the selected step selected. */
	void show(Flow shown) {
		Step keep = selection();
		flow = shown;
		viewer.setInput(shown == null ? List.of() : List.copyOf(list()));
		if (keep != null && shown != null && list().contains(keep)) {
			viewer.setSelection(new StructuredSelection(keep), true);
		}
	}

	private List<Step> list() {
		@SuppressWarnings("unchecked")
		List<Step> list = (List<Step>) flow.eGet(steps);
		return list;
	}

	Step selection() {
		return viewer.getStructuredSelection().getFirstElement() instanceof Step step ? step : null;
	}

	void select(Step step) {
		viewer.setSelection(step == null ? StructuredSelection.EMPTY : new StructuredSelection(step), true);
	}

	TableViewer viewer() {
		return viewer;
	}

	/** Alt+Up / Alt+Down: the selected step one place earlier or later. */
	void shift(int by) {
		Step step = selection();
		if (step != null && flow != null) {
			int to = list().indexOf(step) + by;
			if (to >= 0 && to < list().size()) {
				changes.move(flow, steps, step, to);
			}
		}
	}

	private void offerPolicies(Button anchor) {
		if (flow == null) {
			return;
		}
		Menu menu = new Menu(anchor);
		for (Policy policy : changes.policies()) {
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText(orEmpty(policy.getName()) + (policy.getType() == null ? "" : "  (" + policy.getType() + ")"));
			item.addListener(SWT.Selection, event -> changes.add(flow, steps, policy));
		}
		if (menu.getItemCount() == 0) {
			new MenuItem(menu, SWT.PUSH).setText("The proxy has no policies yet");
			menu.getItem(0).setEnabled(false);
		}
		Point below = anchor.toDisplay(0, anchor.getSize().y);
		menu.setLocation(below);
		menu.setVisible(true);
	}

	/** Drag a step onto another: before it, after it or in its place, as the drop line shows. */
	private void enableDragging() {
		RowReorder.enable(viewer, Step.class, () -> flow == null ? List.of() : list(),
				(step, index) -> changes.move(flow, steps, step, index), StepTable::policyName);
	}

	private static String policyName(Step step) {
		return step.getPolicy() == null ? "(missing policy)" : orEmpty(step.getPolicy().getName());
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
