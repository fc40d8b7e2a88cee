package io.cartograph.ui.landscape.explorer;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.model.ModelFileException;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.ui.ObjectDrag;
import io.cartograph.ui.WidgetTags;
import io.cartograph.ui.landscape.EditorArea;
import io.cartograph.ui.landscape.ModelChanges;
import io.cartograph.ui.landscape.ObjectLabels;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Landscape Explorer: the open workspace's landscape by kind of object, with New, Delete and
 * Open. It follows workspace switches and every change to the model; it is dirty while the
 * model has unsaved changes, so File > Save and Save All reach the model from here too.
 */
public class LandscapeExplorerPart {

	public static final String TREE_ID = "landscape.explorer.tree";
	public static final String STATUS_ID = "landscape.explorer.status";

	@Inject
	private WorkspaceSession session;

	@Inject
	private UISynchronize ui;

	@Inject
	private MPart part;

	@Inject
	private ESelectionService selectionService;

	@Inject
	private EditorArea editors;

	@Inject
	private IEventBroker events;

	private Composite body;
	private Label status;
	private ExplorerTree tree;
	private ExplorerActions actions;
	private ModelChanges changes;
	private final Consumer<Workspace> onSwitch = workspace -> onDisplay(this::show);

	@PostConstruct
	public void create(Composite parent) {
		body = parent;
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		actions = new ExplorerActions(this, editors, events);
		actions.createToolBar(parent);
		status = WidgetTags.tag(new Label(parent, SWT.WRAP), STATUS_ID);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 4).exclude(true).applyTo(status);
		status.setVisible(false);
		tree = new ExplorerTree(parent, TREE_ID);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.widget());
		actions.attachTo(tree);
		tree.widget().addListener(SWT.Selection, event -> publishSelection());
		// Objects dragged from here drop into editors, e.g. interfaces into an end-to-end sequence.
		ObjectDrag.from(tree.widget(), this::selectedObjects, ObjectLabels::text);
		changes = new ModelChanges(parent.getDisplay(), this::modelChanged);
		session.addListener(onSwitch);
		show();
	}

	/** Now when on the display's thread (the old model is already closed), else as soon as possible. */
	private void onDisplay(Runnable update) {
		if (!body.isDisposed() && body.getDisplay().getThread() == Thread.currentThread()) {
			update.run();
		} else {
			ui.asyncExec(update);
		}
	}

	/** Shows the session's current landscape, or why there is none. */
	void show() {
		if (body.isDisposed()) {
			return;
		}
		LandscapeModel model = null;
		String problem = null;
		try {
			model = session.model().orElse(null);
			if (model == null) {
				problem = "No workspace is open. Use File > Open Workspace... or File > New Workspace...";
			}
		} catch (ModelFileException damaged) {
			problem = damaged.getMessage();
		}
		changes.follow(model);
		tree.show(model == null ? null : new ExplorerContent(model));
		showProblem(problem);
		part.setDirty(model != null && model.isDirty());
		actions.update();
		publishSelection();
	}

	private void showProblem(String problem) {
		boolean shown = problem != null;
		status.setText(shown ? problem : "");
		status.setVisible(shown);
		((GridData) status.getLayoutData()).exclude = !shown;
		body.layout(true);
	}

	private void modelChanged(List<?> affected) {
		if (tree.content() == null || tree.widget().isDisposed()) {
			return;
		}
		tree.content().forget(affected);
		tree.refresh();
		part.setDirty(tree.content().model().isDirty());
		actions.update();
	}

	/** The open landscape, or null. */
	LandscapeModel model() {
		return tree.content() == null ? null : tree.content().model();
	}

	ExplorerTree tree() {
		return tree;
	}

	/** Tells the workbench what is selected: the landscape objects, one or a list; groups count as nothing. */
	void publishSelection() {
		List<EObject> objects = selectedObjects();
		selectionService.setSelection(objects.isEmpty() ? null : objects.size() == 1 ? objects.get(0) : objects);
		actions.update();
	}

	private List<EObject> selectedObjects() {
		return tree.selection().stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
	}

	/** Saves the landscape (File > Save while the explorer is active, and Save All). */
	@Persist
	public void save() {
		LandscapeModel model = model();
		if (model == null) {
			return;
		}
		try {
			model.save();
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(body.getShell(), "Save Landscape",
					"The landscape could not be saved: " + e.getMessage() + "\n\nYour changes are still open; nothing was lost.");
		}
		part.setDirty(model.isDirty());
	}

	@Focus
	public void onFocus() {
		tree.widget().setFocus();
	}

	@PreDestroy
	public void dispose() {
		session.removeListener(onSwitch);
		changes.follow(null);
	}
}
