package io.cartograph.ui.problems;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;

import io.cartograph.ui.WidgetTags;
import jakarta.annotation.PostConstruct;

/**
 * The Problems view: errors and warnings found in the workspace, one row each. The landscape
 * model's validation feeds it once the model exists; until then it honestly reports none.
 */
public class ProblemsPart {

	public static final String TABLE_ID = "problems.table";
	public static final String SUMMARY_ID = "problems.summary";

	private TableViewer viewer;
	private Label summary;

	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		summary = WidgetTags.tag(new Label(parent, SWT.NONE), SUMMARY_ID);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		WidgetTags.tag(viewer.getTable(), TABLE_ID);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Severity", 90);
		column("Description", 420);
		column("Element", 200);
		column("Location", 200);
		show(List.of());
	}

	void show(List<?> problems) {
		viewer.setInput(problems);
		summary.setText(problems.isEmpty() ? "No problems." : problems.size() + " problem(s).");
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(viewer.getTable(), SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
	}
}
