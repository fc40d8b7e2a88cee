package io.cartograph.ui.landscape.editors;

import java.io.IOException;
import java.net.URL;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.ui.WidgetTags;
import io.cartograph.ui.jobs.WorkspaceTasks;
import io.cartograph.ui.landscape.EditorArea;
import io.cartograph.ui.landscape.EditorInput;
import io.cartograph.ui.landscape.Edits;
import io.cartograph.ui.landscape.ModelChanges;
import io.cartograph.ui.landscape.ModelImages;
import io.cartograph.ui.landscape.ObjectLabels;
import io.cartograph.ui.landscape.SettingsPage;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The editor of one landscape object (or one settings page), found again by the UUID kept in
 * the part's persisted state. It shows the model after every command and undo, is dirty while
 * the model has unsaved changes, and saves the whole model. A deleted object's editor says so
 * (an undo brings it back); after a workspace switch the editor closes when the new workspace
 * does not hold its object.
 */
public class LandscapeEditorPart {

	public static final String DESCRIPTOR_ID = "io.cartograph.ui.landscape.partdescriptor.editor";
	public static final String INPUT_KEY = "io.cartograph.ui.landscape.input";
	public static final String TITLE_ID = "editor.title";
	public static final String MESSAGE_ID = "editor.message";
	private static final int MIN_WIDTH = 520;
	private static final int MAX_WIDTH = 900;

	@Inject
	private MPart part;

	@Inject
	private WorkspaceSession session;

	@Inject
	private UISynchronize ui;

	@Inject
	private EditorArea editors;

	@Inject
	private IEclipseContext partContext;

	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	private SecretStorage secrets;

	private Composite root;
	private Label title;
	private Label message;
	private ScrolledComposite scroller;
	private Composite body;
	private ModelImages images;
	private ModelChanges changes;
	private LandscapeModel model;
	private Object input;
	private Form form;
	private final Consumer<Workspace> onSwitch = workspace -> {
		if (!root.isDisposed() && root.getDisplay().getThread() == Thread.currentThread()) {
			reopen();
		} else {
			ui.asyncExec(this::reopen);
		}
	};

	@PostConstruct
	public void create(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(12, 10).spacing(0, 6).applyTo(root);
		title = WidgetTags.tag(new Label(root, SWT.NONE), TITLE_ID);
		title.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		message = WidgetTags.tag(new Label(root, SWT.WRAP), MESSAGE_ID);
		message.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(message);
		message.setVisible(false);
		scroller = new ScrolledComposite(root, SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		scroller.addListener(SWT.Resize, event -> fitScroller());
		images = new ModelImages(root);
		changes = new ModelChanges(parent.getDisplay(), affected -> modelChanged());
		session.addListener(onSwitch);
		reopen();
	}

	/** Finds the input in the session's model and builds the form for it (again). */
	void reopen() {
		if (root.isDisposed()) {
			return;
		}
		Optional<EditorInput> key = EditorInput.parse(part.getPersistedState().get(INPUT_KEY));
		LandscapeModel current;
		try {
			current = session.model().orElse(null);
		} catch (RuntimeException unreadable) {
			// A damaged model file: the explorer says what is wrong; an editor has nothing to show.
			current = null;
		}
		Object found = current == null || key.isEmpty() ? null : key.get().resolve(current).orElse(null);
		if (found == null) {
			// Not in this workspace (or none is open): nothing to edit here.
			changes.follow(null);
			model = null;
			ui.asyncExec(() -> editors.close(part));
			return;
		}
		model = current;
		input = found;
		changes.follow(model);
		images.use(model.adapterFactory());
		build();
	}

	private void build() {
		if (body != null) {
			body.dispose();
		}
		body = new Composite(scroller, SWT.NONE);
		scroller.setContent(body);
		EObject target = input instanceof EObject object ? object : model.landscape();
		FormContext context = new FormContext(new Edits(model), editors, secrets, images, this::showMessage, this::fitScroller,
				() -> partContext.get(WorkspaceTasks.class));
		form = new Form(context, body, target.eClass(), "editor", () -> target);
		FormContents.of(input).fill(form);
		form.refresh();
		updateHeader();
		fitScroller();
	}

	/** Forms use the editor's width up to a width that still reads well, and scroll below it. */
	private void fitScroller() {
		if (body != null && !body.isDisposed()) {
			int width = Math.min(Math.max(scroller.getClientArea().width, MIN_WIDTH), MAX_WIDTH);
			body.setSize(body.computeSize(width, SWT.DEFAULT));
		}
	}

	private void modelChanged() {
		if (form == null || root.isDisposed()) {
			return;
		}
		boolean present = !(input instanceof EObject object) || object.eResource() != null;
		body.setEnabled(present);
		if (present) {
			form.refresh();
		}
		updateHeader();
		fitScroller();
	}

	private void updateHeader() {
		String name = input instanceof SettingsPage page ? page.title() : ObjectLabels.text(input);
		String kind = input instanceof EObject object ? ObjectLabels.typeName(object.eClass()) : "Settings";
		title.setText(kind + ": " + name);
		if (input instanceof EObject object && object.eResource() == null) {
			showMessage("This " + kind.toLowerCase() + " was deleted. Undo (Ctrl+Z) brings it back.");
		} else if (message.getText().startsWith("This ")) {
			showMessage(null);
		}
		part.setLabel(name);
		part.setTooltip(kind + " " + name);
		URL icon = images.urlOf(input);
		if (icon != null) {
			part.setIconURI(icon.toString());
		}
		part.setDirty(model.isDirty());
		root.layout(true);
	}

	/** Shows why an input was refused (null: clears it). */
	private void showMessage(String text) {
		boolean shown = text != null;
		message.setText(shown ? text : "");
		message.setVisible(shown);
		((GridData) message.getLayoutData()).exclude = !shown;
		root.layout(true);
	}

	/** What this editor shows: a landscape object or a settings page. */
	public Object input() {
		return input;
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
		if (body != null && !body.isDisposed()) {
			body.setFocus();
		} else {
			root.setFocus();
		}
	}

	@PreDestroy
	public void dispose() {
		session.removeListener(onSwitch);
		changes.follow(null);
	}
}
