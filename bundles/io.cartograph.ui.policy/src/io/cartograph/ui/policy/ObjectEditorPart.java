package io.cartograph.ui.policy;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.ui.landscape.EditorArea;
import io.cartograph.ui.landscape.EditorInput;
import io.cartograph.ui.landscape.Edits;
import io.cartograph.ui.landscape.ModelChanges;
import io.cartograph.ui.landscape.editors.LandscapeEditorPart;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * An editor of one model object, like the landscape editor: it finds its object by the key in
 * the part's persisted state, hears every command, undo and redo of the model, is dirty while
 * the model has unsaved changes, saves the whole model, and closes when a workspace switch
 * takes its object away.
 */
public abstract class ObjectEditorPart {

	@Inject
	private MPart part;

	@Inject
	private WorkspaceSession session;

	@Inject
	private UISynchronize ui;

	@Inject
	private EditorArea editors;

	private Composite root;
	private ModelChanges changes;
	private LandscapeModel model;
	private EObject input;
	private final Consumer<Workspace> onSwitch = workspace -> ui.asyncExec(this::reopen);

	@PostConstruct
	public void create(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 8).spacing(6, 6).applyTo(root);
		changes = new ModelChanges(parent.getDisplay(), this::modelChanged);
		session.addListener(onSwitch);
		reopen();
	}

	private void reopen() {
		if (root.isDisposed()) {
			return;
		}
		Optional<EditorInput> key = EditorInput.parse(part.getPersistedState().get(LandscapeEditorPart.INPUT_KEY));
		LandscapeModel current;
		try {
			current = session.model().orElse(null);
		} catch (RuntimeException unreadable) {
			current = null;
		}
		Object found = current == null || key.isEmpty() ? null : key.get().resolve(current).orElse(null);
		if (!(found instanceof EObject object) || !accepts(object)) {
			changes.follow(null);
			model = null;
			ui.asyncExec(() -> editors.close(part));
			return;
		}
		model = current;
		input = object;
		changes.follow(model);
		for (Control child : root.getChildren()) {
			child.dispose();
		}
		build(root, object);
		root.layout(true, true);
		updatePart();
	}

	/** Whether this editor can show the object (the descriptor may be asked for another kind). */
	protected abstract boolean accepts(EObject object);

	/** Puts the editor's controls onto the root (a one-column grid). */
	protected abstract void build(Composite root, EObject object);

	/** The model changed (a command, an undo, a redo or a save): show it. */
	protected abstract void refresh(List<?> affected);

	/** The part's label: the object's name. */
	protected abstract String label(EObject object);

	private void modelChanged(List<?> affected) {
		if (root.isDisposed() || model == null) {
			return;
		}
		boolean present = input.eResource() != null;
		root.setEnabled(present);
		if (present) {
			refresh(affected);
		}
		updatePart();
	}

	private void updatePart() {
		part.setLabel(label(input));
		part.setDirty(model.isDirty());
	}

	/** The object the editor shows; null before it found it. */
	public EObject input() {
		return input;
	}

	protected LandscapeModel model() {
		return model;
	}

	protected Edits edits() {
		return new Edits(model);
	}

	protected EditorArea editors() {
		return editors;
	}

	/** File > Save and Save All: the landscape is saved as a whole. */
	@Persist
	public void save() {
		if (model == null) {
			return;
		}
		try {
			model.save();
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(root.getShell(), "Save Landscape", "The landscape could not be saved: "
					+ e.getMessage() + "\n\nYour changes are still open; nothing was lost.");
		}
		part.setDirty(model.isDirty());
	}

	@Focus
	public void onFocus() {
		root.setFocus();
	}

	@PreDestroy
	public void dispose() {
		session.removeListener(onSwitch);
		changes.follow(null);
	}
}
