package io.cartograph.ui.landscape.explorer;

import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.TreeItem;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.ui.DedicatedView;
import io.cartograph.ui.LandscapeTopics;
import io.cartograph.ui.WidgetTags;
import io.cartograph.ui.landscape.EditorArea;
import io.cartograph.ui.landscape.EditorInput;
import io.cartograph.ui.landscape.Edits;
import io.cartograph.ui.landscape.ObjectLabels;

/**
 * New, Delete and Open in the explorer: on its tool bar, in its context menu and on keys
 * (Insert, Delete, Enter or double-click). Open on a group with a view of its own (Interfaces,
 * Transformation Rules) asks for that view; the context menu of a settings object with one
 * (Integration Strategy, To-do) offers it beside the object's form.
 */
final class ExplorerActions {

	static final String NEW_ID = "landscape.explorer.new";
	static final String DELETE_ID = "landscape.explorer.delete";
	static final String OPEN_ID = "landscape.explorer.open";
	static final String OPEN_VIEW_ID = "landscape.explorer.openView";

	private final LandscapeExplorerPart explorer;
	private final EditorArea editors;
	private final IEventBroker events;
	private ToolItem newItem;
	private ToolItem deleteItem;
	private ToolItem openItem;

	ExplorerActions(LandscapeExplorerPart explorer, EditorArea editors, IEventBroker events) {
		this.explorer = explorer;
		this.editors = editors;
		this.events = events;
	}

	void createToolBar(Composite parent) {
		ToolBar bar = WidgetTags.tag(new ToolBar(parent, SWT.FLAT | SWT.RIGHT), "landscape.explorer.toolbar");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		newItem = item(bar, "New", NEW_ID, this::createNew);
		deleteItem = item(bar, "Delete", DELETE_ID, this::delete);
		openItem = item(bar, "Open", OPEN_ID, this::open);
	}

	private static ToolItem item(ToolBar bar, String text, String id, Runnable action) {
		ToolItem item = WidgetTags.tag(new ToolItem(bar, SWT.PUSH), id);
		item.setText(text);
		item.addListener(SWT.Selection, event -> action.run());
		return item;
	}

	void attachTo(ExplorerTree tree) {
		tree.widget().addListener(SWT.DefaultSelection, event -> open());
		tree.widget().addListener(SWT.KeyDown, this::keyPressed);
		Menu menu = new Menu(tree.widget());
		MenuItem newEntry = menuItem(menu, NEW_ID, this::createNew);
		MenuItem deleteEntry = menuItem(menu, DELETE_ID, this::delete);
		MenuItem openEntry = menuItem(menu, OPEN_ID, this::open);
		menu.addListener(SWT.Show, event -> {
			newEntry.setText(newItem.getToolTipText() + "\tInsert");
			newEntry.setEnabled(newItem.getEnabled());
			deleteEntry.setText("Delete\tDelete");
			deleteEntry.setEnabled(deleteItem.getEnabled());
			Object first = first();
			DedicatedView view = DedicatedViews.of(first);
			openEntry.setText(first instanceof ExplorerGroup && view != null ? "Open " + view.title() + "\tEnter" : "Open\tEnter");
			openEntry.setEnabled(openItem.getEnabled());
			offerView(menu, DedicatedViews.related(first));
		});
		tree.widget().setMenu(menu);
	}

	private static MenuItem menuItem(Menu menu, String id, Runnable action) {
		MenuItem item = WidgetTags.tag(new MenuItem(menu, SWT.PUSH), id);
		item.addListener(SWT.Selection, event -> action.run());
		return item;
	}

	/** The menu's extra entry for an object's view (after Open), there only while the object has one. */
	private void offerView(Menu menu, DedicatedView view) {
		for (MenuItem item : menu.getItems()) {
			if (OPEN_VIEW_ID.equals(item.getData(WidgetTags.KEY))) {
				item.dispose();
			}
		}
		if (view != null) {
			MenuItem entry = WidgetTags.tag(new MenuItem(menu, SWT.PUSH, menu.getItemCount()), OPEN_VIEW_ID);
			entry.setText("Open " + view.title());
			entry.addListener(SWT.Selection, event -> openView(view));
		}
	}

	private void keyPressed(Event event) {
		if ((event.keyCode == SWT.DEL || event.character == SWT.DEL) && event.stateMask == 0) {
			delete();
			event.doit = false;
		} else if (event.keyCode == SWT.INSERT && event.stateMask == 0) {
			createNew();
			event.doit = false;
		}
	}

	/** Enables what the selection allows and says what New would make. */
	void update() {
		if (newItem == null || newItem.isDisposed()) {
			return;
		}
		NewObject next = newObject();
		newItem.setEnabled(next != null);
		newItem.setToolTipText(next == null ? "New" : "New " + ObjectLabels.typeName(next.type()));
		deleteItem.setEnabled(!deletable().isEmpty());
		Object first = first();
		openItem.setEnabled(first instanceof EObject
				|| first instanceof ExplorerGroup group && (group.page() != null || DedicatedViews.of(group) != null));
	}

	private Object first() {
		List<Object> selected = explorer.tree().selection();
		return selected.isEmpty() ? null : selected.get(0);
	}

	private NewObject newObject() {
		LandscapeModel model = explorer.model();
		return model == null ? null : NewObject.beside(model, first());
	}

	void createNew() {
		NewObject next = newObject();
		if (next == null) {
			return;
		}
		EObject created = next.create();
		if (new Edits(explorer.model()).add(next.owner(), next.feature(), created)) {
			Object first = first();
			if (first instanceof ExplorerGroup group && group.page() != null) {
				editors.open(EditorInput.of(group.page()), group.page().title());
				return;
			}
			explorer.tree().select(List.of(created));
			explorer.publishSelection();
			editors.open(EditorInput.of(created), ObjectLabels.text(created));
		}
	}

	private List<EObject> deletable() {
		return explorer.tree().selection().stream()
				.filter(node -> node instanceof EObject object && object.eContainingFeature() != null
						&& object.eContainingFeature().isMany())
				.map(EObject.class::cast).toList();
	}

	void delete() {
		List<EObject> doomed = deletable();
		if (doomed.isEmpty()) {
			return;
		}
		Object parent = explorer.tree().content().parent(doomed.get(0));
		if (new Edits(explorer.model()).delete(doomed) && parent != null) {
			explorer.tree().select(List.of(parent));
			explorer.publishSelection();
		}
	}

	void open() {
		Object first = first();
		if (first instanceof EObject object) {
			editors.open(EditorInput.of(object), ObjectLabels.text(object));
		} else if (first instanceof ExplorerGroup group) {
			DedicatedView view = DedicatedViews.of(group);
			if (group.page() != null) {
				editors.open(EditorInput.of(group.page()), group.page().title());
			} else if (view != null) {
				openView(view);
			} else {
				// A group with nothing to open: double-click and Enter fold it, as in most trees.
				TreeItem item = explorer.tree().reveal(group);
				if (item != null) {
					item.setExpanded(!item.getExpanded());
				}
			}
		}
	}

	/** Asks for the view; the bundle that has it shows it (this one does not know the views). */
	void openView(DedicatedView view) {
		events.post(LandscapeTopics.OPEN_VIEW, view);
	}
}
