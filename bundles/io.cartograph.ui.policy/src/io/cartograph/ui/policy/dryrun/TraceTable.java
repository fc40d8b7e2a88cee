package io.cartograph.ui.policy.dryrun;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.cartograph.policy.simulate.Fault;
import io.cartograph.policy.simulate.SimulatedRequest;
import io.cartograph.policy.simulate.Trace;
import io.cartograph.policy.simulate.TraceStep;
import io.cartograph.ui.WidgetTags;

/**
 * The trace of a dry run: one row per step, and under it (a sash between them) the outcome: the
 * fault that stopped the request and the policy that raised it, or the request the backend gets.
 */
final class TraceTable {

	static final String TABLE_ID = "dryRun.trace";
	static final String OUTCOME_ID = "dryRun.outcome";
	static final String BACKEND_ID = "dryRun.backend";
	private static final Color SKIPPED = new Color(0x88, 0x88, 0x88);
	private static final Color FAULT = new Color(0xb0, 0x10, 0x10);
	private static final Color PASSED = new Color(0x1a, 0x7f, 0x37);
	private static final String[] TITLES = { "Where", "Step", "Type", "Ran", "Why", "Effects" };
	/** Shares of the table's width: the columns always fit, the free-text ones get the most. */
	private static final int[] WEIGHTS = { 16, 13, 12, 6, 26, 27 };
	private static final int[] MINIMUM_WIDTHS = { 90, 80, 80, 50, 120, 120 };

	private final Table table;
	private final Label outcome;
	private final Text backend;

	TraceTable(Composite parent) {
		SashForm split = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 260).applyTo(split);
		Composite steps = new Composite(split, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(steps);
		heading(steps, "Trace");
		Composite tableArea = new Composite(steps, SWT.NONE);
		// Small hint: the table fills the height it gets instead of asking for all its rows.
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 80).applyTo(tableArea);
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		table = WidgetTags.tag(new Table(tableArea, SWT.BORDER | SWT.FULL_SELECTION), TABLE_ID);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (int i = 0; i < TITLES.length; i++) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(TITLES[i]);
			columns.setColumnData(column, new ColumnWeightData(WEIGHTS[i], MINIMUM_WIDTHS[i], true));
		}
		Composite result = new Composite(split, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).extendedMargins(0, 0, 6, 0).applyTo(result);
		heading(result, "Outcome");
		outcome = WidgetTags.tag(new Label(result, SWT.WRAP), OUTCOME_ID);
		outcome.setText("Run a request to see where it goes.");
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(outcome);
		backend = WidgetTags.tag(new Text(result, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL),
				BACKEND_ID);
		backend.setFont(JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 60).applyTo(backend);
		split.setWeights(58, 42);
	}

	private static void heading(Composite parent, String text) {
		Label heading = new Label(parent, SWT.NONE);
		heading.setText(text);
		heading.setFont(JFaceResources.getBannerFont());
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
			item.setData(step);
		}
		if (trace.fault().isPresent()) {
			Fault fault = trace.fault().get();
			outcome.setText(stopped(trace, fault));
			outcome.setForeground(FAULT);
			backend.setText("The request does not reach the backend.");
		} else {
			outcome.setText("Reaches the backend:");
			outcome.setForeground(PASSED);
			backend.setText(request(trace.backendRequest()));
		}
		outcome.getParent().layout(true, true);
	}

	/** "Stopped: 403 by allowOffice (AccessControl): why": the status, the policy with its type, the reason. */
	static String stopped(Trace trace, Fault fault) {
		StringBuilder text = new StringBuilder("Stopped: ").append(fault.status());
		if (fault.policy() != null) {
			text.append(" by ").append(fault.policy());
			trace.steps().stream().filter(step -> fault.policy().equals(step.policy()) && step.policyType() != null)
					.map(TraceStep::policyType).findFirst().ifPresent(type -> text.append(" (").append(type).append(')'));
		}
		if (fault.reason() != null && !fault.reason().isBlank()) {
			text.append(": ").append(fault.reason());
		}
		return text.toString();
	}

	/** The request line, the query and one header a line, as the backend gets them. */
	static String request(SimulatedRequest request) {
		if (request == null) {
			return "";
		}
		StringBuilder text = new StringBuilder(request.verb()).append(' ').append(request.path());
		if (!request.query().isEmpty()) {
			StringBuilder query = new StringBuilder();
			request.query().forEach((name, value) -> query.append(query.isEmpty() ? '?' : '&').append(name).append('=').append(value));
			text.append(query);
		}
		request.headers().forEach((name, value) -> text.append('\n').append(name).append(": ").append(value));
		return text.toString();
	}
}
