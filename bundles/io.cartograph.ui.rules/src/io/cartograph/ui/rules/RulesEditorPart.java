package io.cartograph.ui.rules;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.rules.RuleBench;
import io.cartograph.rules.UpdateInventory;
import io.cartograph.ui.DedicatedView;
import io.cartograph.ui.WidgetTags;

/**
 * The Transformation Rules editor: system mapping rules and object rules as ordered tables,
 * each edit one command, with the test bench's live preview recomputed shortly after every
 * command (several quick edits cost one computation, see {@link ModelView}), and Update Inventory to write the rules'
 * results into the interfaces as one undoable command.
 */
public class RulesEditorPart extends ModelView {

	public static final String PART_ID = "io.cartograph.ui.rules.part.rulesEditor";
	static final String STATUS_ID = "rules.status";
	static final String UPDATE_ID = "rules.updateInventory";

	private Label status;
	private Button update;
	private SystemRulesTab systemRules;
	private ObjectRulesTab objectRules;
	private CTabFolder tabs;
	private LandscapeModel shown;
	private RuleBench bench;
	/** What the last Update Inventory did, shown until the next other change. */
	private String updateNote;

	@Override
	void createContents(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		status = WidgetTags.tag(new Label(top, SWT.WRAP), STATUS_ID);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		update = WidgetTags.tag(new Button(top, SWT.PUSH), UPDATE_ID);
		update.setText("Update Inventory");
		update.setToolTipText("Applies all rules to all interfaces as one undoable command; values set by hand are kept");
		update.addListener(SWT.Selection, event -> updateInventory());
		tabs = WidgetTags.tag(new CTabFolder(parent, SWT.BORDER), "rules.tabs");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		systemRules = new SystemRulesTab(tabs);
		tab(tabs, "System Mapping Rules", systemRules);
		objectRules = new ObjectRulesTab(tabs);
		tab(tabs, "Object Rules", objectRules);
		tabs.setSelection(0);
	}

	/** Brings the system mapping rules or the object rules to the front; other views leave the tabs as they are. */
	void bringForward(DedicatedView view) {
		if (view == DedicatedView.SYSTEM_RULES || view == DedicatedView.OBJECT_RULES) {
			tabs.setSelection(view == DedicatedView.SYSTEM_RULES ? 0 : 1);
		}
	}

	private static void tab(CTabFolder tabs, String title, RulesTab content) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(content.body);
	}

	/** The tables follow each command at once (rows, order, cell text); the preview follows debounced. */
	@Override
	void modelChanged(List<?> affected) {
		if (!body.isDisposed()) {
			systemRules.refresh();
			objectRules.refresh();
			var latest = model == null ? null : model.commandStack().getMostRecentCommand();
			if (latest == null || !UpdateInventory.LABEL.equals(latest.getLabel())) {
				updateNote = null;
			}
		}
		super.modelChanged(affected);
	}

	/**
	 * The preview over all interfaces. The engine takes well under a second for 100,000
	 * interfaces and it reads the model, which only the UI thread changes: so it runs here.
	 */
	@Override
	void show(LandscapeModel current) {
		if (current != shown) {
			shown = current;
			systemRules.show(current);
			objectRules.show(current);
		}
		bench = current == null ? null : new RuleBench(current.rules(), current.interfaces().getInterfaces());
		systemRules.showBench(bench);
		objectRules.showBench(bench);
		update.setEnabled(bench != null);
		status.setText(bench == null ? "No workspace is open."
				: summary(bench) + (updateNote == null ? "" : ". " + updateNote));
		body.layout(true);
	}

	private String summary(RuleBench current) {
		int problems = current.results().problems().size();
		return model.rules().getSystemMappingRules().size() + " system rules, " + model.rules().getObjectRules().size()
				+ " object rules over " + current.results().size() + " interfaces"
				+ (problems == 0 ? "" : "; " + problems + (problems == 1 ? " rule is" : " rules are")
						+ " skipped: the regex does not compile");
	}

	private void updateInventory() {
		if (model == null) {
			return;
		}
		show(model);
		UpdateInventory.Plan plan = UpdateInventory.plan(model.editingDomain(), bench.results(), false);
		if (plan.changesNothing()) {
			updateNote = "Update Inventory: the interfaces already agree with the rules";
			status.setText(summary(bench) + ". " + updateNote);
			return;
		}
		updateNote = "Update Inventory: " + plan.summary();
		model.commandStack().execute(plan.command());
	}

	SystemRulesTab systemRules() {
		return systemRules;
	}

	ObjectRulesTab objectRules() {
		return objectRules;
	}
}
