package io.cartograph.ui.rules;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.rules.proposals.EndToEndProposals;
import io.cartograph.rules.proposals.ProposalCommands;
import io.cartograph.ui.LandscapeTopics;
import io.cartograph.ui.WidgetTags;
import jakarta.inject.Inject;

/**
 * The end-to-end integrations INVENTORY proposed from message correlations, with their
 * evidence. Accept keeps a proposal as an integration and opens it; Reject removes it and
 * remembers its sequence so that it is not proposed again. Each is one undoable command, for
 * one proposal or several selected.
 */
public class ProposalsPart extends ModelView {

	public static final String PART_ID = "io.cartograph.ui.rules.part.proposals";
	static final String TABLE_ID = "proposals.table";
	static final String STATUS_ID = "proposals.status";
	static final String EVIDENCE_ID = "proposals.evidence";
	static final String ACCEPT_ID = "proposals.accept";
	static final String REJECT_ID = "proposals.reject";

	@Inject
	@Optional
	private IEventBroker events;

	private Label status;
	private TableViewer viewer;
	private Text evidence;
	private Button accept;
	private Button reject;

	@Override
	void createContents(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		status = WidgetTags.tag(new Label(top, SWT.WRAP), STATUS_ID);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		accept = WidgetTags.tag(new Button(top, SWT.PUSH), ACCEPT_ID);
		accept.setText("&Accept");
		accept.setToolTipText("Keep the selected proposals as end-to-end integrations (one opens in its editor)");
		accept.addListener(SWT.Selection, event -> acceptSelected());
		reject = WidgetTags.tag(new Button(top, SWT.PUSH), REJECT_ID);
		reject.setText("&Reject");
		reject.setToolTipText("Remove the selected proposals; their sequences are not proposed again");
		reject.addListener(SWT.Selection, event -> rejectSelected());

		SashForm split = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(split);
		Composite tableArea = new Composite(split, SWT.NONE);
		// Columns share the width by weight, so a maximized view shows whole sequences.
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		viewer = new TableViewer(tableArea, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		WidgetTags.tag(viewer.getTable(), TABLE_ID);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(columns, "Name", 25, integration -> text(integration.getName()));
		column(columns, "Interfaces in order", 45, integration -> integration.getInterfaces().stream().map(Interface::getName)
				.map(ProposalsPart::text).collect(Collectors.joining(" > ")));
		column(columns, "From", 15, integration -> endpoint(integration.getSender(), integration.getInterfaces(), true));
		column(columns, "To", 15, integration -> endpoint(integration.getReceiver(), integration.getInterfaces(), false));
		viewer.addSelectionChangedListener(event -> selectionChanged());
		viewer.addDoubleClickListener(event -> {
			if (viewer.getStructuredSelection().getFirstElement() instanceof EndToEndIntegration integration) {
				open(integration);
			}
		});
		evidence = WidgetTags.tag(new Text(split, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL), EVIDENCE_ID);
		split.setWeights(3, 1);
		selectionChanged();
	}

	private void column(TableColumnLayout columns, String title, int weight, Function<EndToEndIntegration, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		columns.setColumnData(column.getColumn(), new ColumnWeightData(weight, 80));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((EndToEndIntegration) element);
			}
		});
	}

	@Override
	void show(LandscapeModel current) {
		if (current == null) {
			status.setText("No workspace is open.");
			viewer.setInput(List.of());
			selectionChanged();
			return;
		}
		List<EndToEndIntegration> proposals = proposals();
		viewer.setInput(proposals);
		if (viewer.getStructuredSelection().isEmpty() && !proposals.isEmpty()) {
			// The evidence is what one decides on: show the first one's at once.
			viewer.getTable().setSelection(0);
		}
		status.setText(proposals.isEmpty()
				? "No end-to-end proposals. INVENTORY proposes sequences of interfaces whose messages share a correlation id in at least "
						+ EndToEndProposals.MIN_OCCURRENCES + " exchanges of the last " + EndToEndProposals.DAYS + " days."
				: proposals.size() + (proposals.size() == 1 ? " end-to-end integration" : " end-to-end integrations")
						+ " proposed from the message traffic. Accept keeps one and opens it; Reject removes it for good.");
		selectionChanged();
		body.layout(true, true);
	}

	/** The proposals of the model, in catalog order. */
	List<EndToEndIntegration> proposals() {
		return model == null ? List.of()
				: model.integrations().getIntegrations().stream().filter(EndToEndIntegration::isProposal).toList();
	}

	private List<EndToEndIntegration> selected() {
		return viewer.getStructuredSelection().stream().filter(EndToEndIntegration.class::isInstance)
				.map(EndToEndIntegration.class::cast).toList();
	}

	private void selectionChanged() {
		List<EndToEndIntegration> selected = selected();
		accept.setEnabled(model != null && !selected.isEmpty());
		reject.setEnabled(model != null && !selected.isEmpty());
		evidence.setText(selected.size() == 1 ? text(selected.get(0).getEvidence()) : "");
	}

	private void acceptSelected() {
		List<EndToEndIntegration> selected = selected();
		if (model != null && !selected.isEmpty() && execute(ProposalCommands.acceptAll(model.editingDomain(), selected)) && selected.size() == 1) {
			open(selected.get(0));
		}
	}

	private void rejectSelected() {
		List<EndToEndIntegration> selected = selected();
		if (model != null && !selected.isEmpty()) {
			execute(ProposalCommands.rejectAll(model.editingDomain(), model.integrations(), selected));
		}
	}

	private boolean execute(Command command) {
		model.commandStack().execute(command);
		return model.commandStack().getMostRecentCommand() == command;
	}

	private void open(EndToEndIntegration integration) {
		if (events != null) {
			events.send(LandscapeTopics.OPEN, integration);
		}
	}

	/**
	 * The integration's system; without one (no rule harmonized it yet), the first interface's
	 * original sender or the last one's original receiver, marked as such.
	 */
	private static String endpoint(LandscapeSystem system, List<Interface> interfaces, boolean sender) {
		if (system != null) {
			return text(system.getName());
		}
		if (interfaces.isEmpty()) {
			return "";
		}
		String original = sender ? interfaces.get(0).getOriginalSender() : interfaces.get(interfaces.size() - 1).getOriginalReceiver();
		return original == null || original.isBlank() ? "" : original + " (original)";
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
