package io.cartograph.ui.policy.flow;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.Flow;
import io.cartograph.model.landscape.FlowKind;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.Policy;
import io.cartograph.model.landscape.Step;
import io.cartograph.ui.WidgetTags;
import io.cartograph.policy.simulate.SecretValues;
import io.cartograph.ui.policy.ObjectEditorPart;
import io.cartograph.ui.policy.dryrun.DryRunForm;
import io.cartograph.ui.secrets.SecretAccess;
import jakarta.inject.Inject;

/**
 * The flow editor of an API proxy. The Flows tab: its endpoints and flows on the left; for the
 * chosen flow its condition (conditional flows), its request and response steps, and the
 * condition of the chosen step; every change is one command on the model's command stack. The
 * Dry Run tab sends a request through the flows (see {@link DryRunForm}); the Proxy tab has the
 * proxy's own fields.
 */
public class ProxyFlowsPart extends ObjectEditorPart implements StepTable.Changes {

	public static final String DESCRIPTOR_ID = "io.cartograph.ui.policy.partdescriptor.proxyFlows";
	public static final String TREE_ID = "flows.tree";
	public static final String REQUEST_ID = "flows.request";
	public static final String RESPONSE_ID = "flows.response";
	public static final String FLOW_CONDITION_ID = "flows.flowCondition";
	public static final String STEP_CONDITION_ID = "flows.stepCondition";
	public static final String STATUS_ID = "flows.status";
	public static final String TABS_ID = "flows.tabs";

	/** Room for both step tables with a few rows each, the conditions and the status line. */
	private static final Point FLOWS_MINIMUM = new Point(720, 440);
	/** Room for the form, a few trace rows and the outcome. */
	private static final Point DRY_RUN_MINIMUM = new Point(760, 560);

	private ApiProxy proxy;
	private TreeViewer tree;
	private Label flowTitle;
	private ConditionField flowCondition;
	private StepTable request;
	private StepTable response;
	private ConditionField stepCondition;
	private Label status;
	private Flow flow;
	private Step step;
	private DryRunForm dryRun;
	private ProxySettings settings;

	@Inject
	@Optional
	private SecretAccess secrets;

	@Override
	protected boolean accepts(EObject object) {
		return object instanceof ApiProxy;
	}

	@Override
	protected String label(EObject object) {
		String name = ((ApiProxy) object).getName();
		return (name == null || name.isBlank() ? "API Proxy" : name) + " flows";
	}

	@Override
	protected void build(Composite root, EObject object) {
		proxy = (ApiProxy) object;
		Label title = new Label(root, SWT.NONE);
		title.setFont(JFaceResources.getHeaderFont());
		title.setText("API Proxy: " + proxy.getName() + (proxy.getBasePath() == null ? "" : "  " + proxy.getBasePath()));
		CTabFolder tabs = WidgetTags.tag(new CTabFolder(root, SWT.BORDER), TABS_ID);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		ScrolledComposite flowsScroll = scrolling(tabs);
		SashForm sash = new SashForm(flowsScroll, SWT.HORIZONTAL);
		flowsScroll.setContent(sash);
		flowsScroll.setMinSize(FLOWS_MINIMUM);
		CTabItem flowsTab = new CTabItem(tabs, SWT.NONE);
		flowsTab.setText("Flows");
		flowsTab.setControl(flowsScroll);
		ScrolledComposite dryRunScroll = scrolling(tabs);
		Composite dryRunArea = new Composite(dryRunScroll, SWT.NONE);
		dryRunArea.setLayout(new FillLayout());
		dryRun = new DryRunForm(dryRunArea, proxy, this::secretValues);
		dryRunScroll.setContent(dryRunArea);
		dryRunScroll.setMinSize(DRY_RUN_MINIMUM);
		CTabItem dryRunTab = new CTabItem(tabs, SWT.NONE);
		dryRunTab.setText("Dry Run");
		dryRunTab.setControl(dryRunScroll);
		settings = new ProxySettings(tabs, proxy, this::edits);
		CTabItem settingsTab = new CTabItem(tabs, SWT.NONE);
		settingsTab.setText("Proxy");
		settingsTab.setControl(settings.control());
		tabs.setSelection(flowsTab);
		tree = new TreeViewer(sash, SWT.BORDER | SWT.SINGLE);
		WidgetTags.tag(tree.getTree(), TREE_ID);
		tree.setContentProvider(new FlowTree.Content());
		tree.setLabelProvider(new FlowTree.Labels());
		tree.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
		tree.setInput(proxy);
		tree.addSelectionChangedListener(event -> {
			Object chosen = tree.getStructuredSelection().getFirstElement();
			showFlow(chosen instanceof Flow chosenFlow ? chosenFlow : null);
		});
		Composite right = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 0).applyTo(right);
		sash.setWeights(26, 74);
		flowTitle = new Label(right, SWT.NONE);
		flowTitle.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(flowTitle);
		Composite conditionRow = new Composite(right, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(conditionRow);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(conditionRow);
		new Label(conditionRow, SWT.NONE).setText("Flow condition:");
		flowCondition = new ConditionField(conditionRow, text -> {
			if (flow != null) {
				edits().set(flow, LandscapePackage.Literals.FLOW__CONDITION, text);
			}
		}, this::showStatus);
		WidgetTags.tag(flowCondition.control(), FLOW_CONDITION_ID);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(flowCondition.control());
		request = new StepTable(right, "Request steps", REQUEST_ID, LandscapePackage.Literals.FLOW__REQUEST_STEPS, this,
				chosen -> chooseStep(chosen, true));
		response = new StepTable(right, "Response steps", RESPONSE_ID, LandscapePackage.Literals.FLOW__RESPONSE_STEPS, this,
				chosen -> chooseStep(chosen, false));
		Composite stepRow = new Composite(right, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(stepRow);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(stepRow);
		new Label(stepRow, SWT.NONE).setText("Step condition:");
		stepCondition = new ConditionField(stepRow, text -> {
			if (step != null) {
				edits().set(step, LandscapePackage.Literals.STEP__CONDITION, text);
			}
		}, this::showStatus);
		WidgetTags.tag(stepCondition.control(), STEP_CONDITION_ID);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(stepCondition.control());
		status = WidgetTags.tag(new Label(right, SWT.WRAP), STATUS_ID);
		status.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		Object first = tree.getTree().getItemCount() == 0 ? null : firstFlow();
		if (first != null) {
			tree.setSelection(new StructuredSelection(first), true);
		} else {
			showFlow(null);
		}
	}

	/**
	 * A tab's content that fills the tab and scrolls when the editor is smaller than its minimum:
	 * in the workbench's default layout the editor area is short, and without this the step and
	 * trace tables were squeezed to a row or to their headers.
	 */
	private static ScrolledComposite scrolling(Composite parent) {
		ScrolledComposite scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		return scroll;
	}

	private Object firstFlow() {
		Object[] endpoints = new FlowTree.Content().getElements(proxy);
		for (Object endpoint : endpoints) {
			Object[] flows = new FlowTree.Content().getChildren(endpoint);
			if (flows.length > 0) {
				return flows[0];
			}
		}
		return null;
	}

	/** Secret values for the dry run: from the secret store when it is open, else none (the trace says what failed). */
	private SecretValues secretValues() {
		if (secrets == null) {
			return SecretValues.none();
		}
		return secrets.ifOpen().<SecretValues>map(store -> reference -> store.get(reference).map(String::new))
				.orElse(SecretValues.none());
	}

	/** The dry run tab's form. */
	public DryRunForm dryRun() {
		return dryRun;
	}

	/** Shows a flow (null: none chosen). */
	public void showFlow(Flow shown) {
		flow = shown;
		flowTitle.setText(shown == null ? "Choose a flow on the left" : FlowTree.label(shown));
		boolean conditional = shown != null && shown.getKind() == FlowKind.CONDITIONAL;
		flowCondition.control().setEnabled(conditional);
		flowCondition.show(conditional ? shown.getCondition() : "");
		request.show(shown);
		response.show(shown);
		chooseStep(null, true);
	}

	private void chooseStep(Step chosen, boolean inRequest) {
		if (chosen != null) {
			(inRequest ? response : request).select(null);
		}
		step = chosen;
		stepCondition.control().setEnabled(chosen != null);
		stepCondition.show(chosen == null ? "" : chosen.getCondition());
	}

	private void showStatus(String message) {
		if (status != null && !status.isDisposed()) {
			status.setText(message == null ? "" : "Condition: " + message);
		}
	}

	@Override
	protected void refresh(List<?> affected) {
		tree.refresh();
		settings.refresh();
		if (flow != null && flow.eResource() == null) {
			showFlow(null);
			return;
		}
		request.show(flow);
		response.show(flow);
		if (flow != null && flow.getKind() == FlowKind.CONDITIONAL) {
			flowCondition.show(flow.getCondition());
		}
		if (step != null) {
			stepCondition.show(step.getCondition());
		}
	}

	@Override
	public void move(Flow owner, EReference steps, Step moved, int index) {
		edits().run(StepMoves.move(model().editingDomain(), owner, steps, moved, index));
	}

	@Override
	public void add(Flow owner, EReference steps, Policy policy) {
		Step added = Identities.create(LandscapePackage.Literals.STEP, Step.class);
		added.setPolicy(policy);
		@SuppressWarnings("unchecked")
		List<Step> list = (List<Step>) owner.eGet(steps);
		if (list.stream().anyMatch(each -> each.getSequence() != 0)) {
			added.setSequence(list.size() + 1);
		}
		edits().add(owner, steps, added);
	}

	@Override
	public void remove(Flow owner, EReference steps, Step removed) {
		edits().remove(owner, steps, List.of(removed));
	}

	@Override
	public List<Policy> policies() {
		return List.copyOf(proxy.getPolicies());
	}

	/** The request and response tables, the tree and condition fields, for tests. */
	public TreeViewer tree() {
		return tree;
	}

	StepTable requestSteps() {
		return request;
	}

	StepTable responseSteps() {
		return response;
	}

	ConditionField stepCondition() {
		return stepCondition;
	}

	ConditionField flowCondition() {
		return flowCondition;
	}
}
