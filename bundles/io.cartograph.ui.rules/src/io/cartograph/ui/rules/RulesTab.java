package io.cartograph.ui.rules;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.cartograph.core.model.Identities;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.Interface;
import io.cartograph.rules.RuleBench;
import io.cartograph.ui.RowReorder;
import io.cartograph.ui.WidgetTags;
import io.cartograph.ui.landscape.Edits;
import io.cartograph.ui.landscape.ObjectLabels;

/**
 * One tab of the rules editor: the ordered rules of one kind with + / - / up / down above, and
 * below what the test bench says about them. Subclasses add the columns and the bench's findings.
 */
abstract class RulesTab {

	final Composite body;
	final TableViewer viewer;
	final Composite below;
	final RuleColumns columns;
	private final String prefix;
	private final Button remove;
	private final Button up;
	private final Button down;
	LandscapeModel model;

	RulesTab(Composite parent, String prefix, Function<Object, String> shadowNote) {
		this.prefix = prefix;
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(body);
		Composite bar = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
		button(bar, "+", "Adds a rule after the selected one", "add", this::addRule);
		remove = button(bar, "-", "Removes the selected rules", "remove", this::removeRules);
		up = button(bar, "Move Up", "Moves the selected rule one place earlier: it is tried sooner", "up", () -> move(-1));
		down = button(bar, "Move Down", "Moves the selected rule one place later", "down", () -> move(1));
		SashForm sash = new SashForm(body, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		viewer = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		WidgetTags.tag(viewer.getTable(), prefix + ".table");
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
				ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		columns = new RuleColumns(viewer, this::edits, shadowNote);
		RowReorder.enable(viewer, EObject.class, this::rules, this::moveTo, ObjectLabels::text);
		columns.shown("#", 40, row -> Integer.toString(rules().indexOf(row) + 1));
		below = new Composite(sash, SWT.NONE);
		sash.setWeights(60, 40);
		viewer.addSelectionChangedListener(event -> {
			updateButtons();
			selectionChanged();
		});
		updateButtons();
	}

	abstract EReference rulesFeature();

	abstract EObject newRule();

	/** Shows what the bench found; null when there is no model. */
	abstract void showBench(RuleBench bench);

	abstract void selectionChanged();

	void show(LandscapeModel next) {
		model = next;
		viewer.setInput(next == null ? List.of() : rules());
		updateButtons();
	}

	void refresh() {
		if (model != null && !viewer.getTable().isDisposed()) {
			viewer.setInput(rules());
			viewer.refresh();
			updateButtons();
		}
	}

	@SuppressWarnings("unchecked")
	List<EObject> rules() {
		return model == null ? List.of() : (List<EObject>) model.rules().eGet(rulesFeature());
	}

	List<Interface> interfaces() {
		return model == null ? List.of() : model.interfaces().getInterfaces();
	}

	Edits edits() {
		return new Edits(model);
	}

	EObject selected() {
		return (EObject) viewer.getStructuredSelection().getFirstElement();
	}

	Label label(Composite parent, String id) {
		return WidgetTags.tag(new Label(parent, SWT.WRAP), prefix + "." + id);
	}

	String prefix() {
		return prefix;
	}

	private Button button(Composite bar, String text, String tooltip, String id, Runnable action) {
		Button button = WidgetTags.tag(new Button(bar, SWT.PUSH), prefix + "." + id);
		button.setText(text);
		button.setToolTipText(tooltip);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private void addRule() {
		if (model == null) {
			return;
		}
		EObject rule = newRule();
		EObject after = selected();
		int index = after == null ? rules().size() : rules().indexOf(after) + 1;
		if (edits().add(model.rules(), rulesFeature(), rule, index)) {
			viewer.setSelection(new StructuredSelection(rule), true);
		}
	}

	private void removeRules() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		if (model != null && !selection.isEmpty()) {
			edits().remove(model.rules(), rulesFeature(), selection.toList());
		}
	}

	private void move(int by) {
		EObject rule = selected();
		if (rule != null) {
			moveTo(rule, rules().indexOf(rule) + by);
		}
	}

	/** Puts the rule at this place of the order (one command), keeping it selected. */
	void moveTo(EObject rule, int index) {
		if (model != null && edits().move(model.rules(), rulesFeature(), rule, index)) {
			viewer.setSelection(new StructuredSelection(rule), true);
		}
	}

	private void updateButtons() {
		if (remove.isDisposed()) {
			return;
		}
		EObject rule = selected();
		int index = rule == null ? -1 : rules().indexOf(rule);
		remove.setEnabled(rule != null);
		up.setEnabled(index > 0);
		down.setEnabled(index >= 0 && index < rules().size() - 1);
	}

	static <T extends EObject> T create(EReference feature, Class<T> type) {
		return Identities.create(feature.getEReferenceType(), type);
	}
}
