package io.cartograph.ui.policy.dryrun;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.cartograph.policy.simulate.Trace;
import io.cartograph.policy.simulate.TraceStep;
import io.cartograph.ui.WidgetTags;

/** The trace of a dry run: one row per step, then the fault or the request that reaches the backend. */
final class TraceTable {

	static final String TABLE_ID = "dryRun.trace";
	static final String OUTCOME_ID = "dryRun.outcome";
	static final String BACKEND_ID = "dryRun.backend";
	private static final Color SKIPPED = new Color(0x88, 0x88, 0x88);
	private static final Color FAULT = new Color(0xb0, 0x10, 0x10);
	private static final Color PASSED = new Color(0x1a, 0x7f, 0x37);

	private final Table table;
	private final Label outcome;
	private final Text backend;

	TraceTable(Composite parent) {
		table = WidgetTags.tag(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION), TABLE_ID);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		// Small hints: the table and the text fill the width they get instead of asking for their columns' width.
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 120).applyTo(table);
		String[] titles = { "Where", "Step", "Type", "Ran", "Why", "Effects" };
		int[] widths = { 170, 165, 140, 64, 240, 330 };
		for (int i = 0; i < titles.length; i++) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(titles[i]);
			column.setWidth(widths[i]);
		}
		outcome = WidgetTags.tag(new Label(parent, SWT.WRAP), OUTCOME_ID);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(outcome);
		backend = WidgetTags.tag(new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL), BACKEND_ID);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, 70).applyTo(backend);
	}

	void show(Trace trace) {
		table.removeAll();
		for (TraceStep step : trace.steps()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { step.endpoint() + " " + step.flow() + " (" + step.phase() + ")", step.policy(),
					step.policyType() == null ? "" : step.policyType(), step.ran() ? "ran" : "skipped", step.reason(),
					String.join("; ", step.effects()) });
			if (!step.ran()) {
				item.setForeground(SKIPPED);
			}
		}
		if (trace.fault().isPresent()) {
			var fault = trace.fault().get();
			outcome.setText("Fault " + fault.status() + ": " + fault.reason()
					+ (fault.policy() == null ? "" : " (raised by " + fault.policy() + ")"));
			outcome.setForeground(FAULT);
			backend.setText("The request does not reach the backend.");
		} else {
			outcome.setText("The request reaches the backend:");
			outcome.setForeground(PASSED);
			StringBuilder text = new StringBuilder();
			var request = trace.backendRequest();
			if (request != null) {
				text.append(request.verb()).append(' ').append(request.path());
				if (!request.query().isEmpty()) {
					text.append("  query ").append(request.query());
				}
				request.headers().forEach((name, value) -> text.append('\n').append(name).append(": ").append(value));
			}
			backend.setText(text.toString());
		}
		outcome.getParent().layout(true, true);
	}
}
