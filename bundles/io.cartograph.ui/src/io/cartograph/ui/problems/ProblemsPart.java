package io.cartograph.ui.problems;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;

import io.cartograph.ui.SummaryTable;
import jakarta.annotation.PostConstruct;

/**
 * The Problems view: errors and warnings found in the workspace, one row each. The landscape
 * model's validation feeds it once the model exists; until then it honestly reports none.
 */
public class ProblemsPart {

	public static final String TABLE_ID = "problems.table";
	public static final String SUMMARY_ID = "problems.summary";

	private SummaryTable list;

	@PostConstruct
	public void create(Composite parent) {
		list = new SummaryTable(parent, SUMMARY_ID, TABLE_ID);
		column("Severity", 90);
		column("Description", 420);
		column("Element", 200);
		column("Location", 200);
		show(List.of());
	}

	void show(List<?> problems) {
		list.show(problems, problems.isEmpty() ? "No problems." : problems.size() + " problem(s).");
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(list.viewer().getTable(), SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
	}
}
