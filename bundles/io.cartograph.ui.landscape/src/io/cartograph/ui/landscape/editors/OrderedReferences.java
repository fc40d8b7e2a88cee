package io.cartograph.ui.landscape.editors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import io.cartograph.ui.DragBadge;
import io.cartograph.ui.WidgetTags;
import io.cartograph.ui.landscape.EditorInput;
import io.cartograph.ui.landscape.ObjectLabels;

/**
 * An ordered list of references (the interfaces of an end-to-end integration, in flow order):
 * Add... picks from the candidates, Remove, Up and Down change the list (also Delete, Alt+Up and
 * Alt+Down, and dragging rows to their new place), each one command. Candidates dragged in from
 * other views join at the drop line. Double-click opens the referenced object.
 */
final class OrderedReferences implements FieldBinding {

	private static final int NUMBER_WIDTH = 44;
	private static final int MIN_WIDTH = 110;
	private static final int MAX_WIDTH = 380;

	private final Form form;
	private final EReference feature;
	private final Supplier<List<? extends EObject>> candidates;
	private final List<Function<EObject, String>> columns = new ArrayList<>();
	private final Table table;
	private final List<EObject> rows = new ArrayList<>();
	private final Button remove;
	private final Button up;
	private final Button down;
	private List<EObject> dragged = List.of();
	private boolean fitColumns = true;

	private final List<ObjectPicker.Facet> facets;

	private OrderedReferences(Form form, EReference feature, Supplier<List<? extends EObject>> candidates,
			String[] titles, List<Function<EObject, String>> texts, List<ObjectPicker.Facet> facets) {
		this.form = form;
		this.facets = List.copyOf(facets);
		this.feature = feature;
		this.candidates = candidates;
		columns.addAll(texts);
		String id = form.idOf(feature);
		Composite area = new Composite(form.body(), SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(area);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(area);
		table = WidgetTags.tag(new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL), id);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(400, table.getItemHeight() * 8).applyTo(table);
		for (String title : titles) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(title);
			column.setWidth("#".equals(title) ? NUMBER_WIDTH : MIN_WIDTH);
		}
		Composite buttons = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(buttons);
		button(buttons, "Add...", id + ".add", this::add);
		remove = button(buttons, "Remove", id + ".remove", this::removeSelected);
		up = button(buttons, "Up", id + ".up", () -> move(-1));
		down = button(buttons, "Down", id + ".down", () -> move(1));
		table.addListener(SWT.Selection, event -> updateButtons());
		table.addListener(SWT.DefaultSelection, event -> openSelected());
		table.addListener(SWT.KeyDown, this::keyPressed);
		enableDragging();
		table.setToolTipText("Drag interfaces here from the catalog or the explorer; drag rows, or Alt+Up / Alt+Down, to reorder; "
				+ "Delete removes; double-click opens");
	}

	/**
	 * Rows dragged within the table, and candidates dragged in from elsewhere (interfaces from the
	 * catalog or the explorer), land before or after the row under the pointer, as the drop line
	 * shows; the new order is one command (one undo), however many rows moved or came in. A dragged
	 * object that is already in the list moves to the drop line rather than appearing twice.
	 */
	private void enableDragging() {
		LocalSelectionTransfer transfer = LocalSelectionTransfer.getTransfer();
		Transfer[] types = { transfer };
		DragSource source = new DragSource(table, DND.DROP_MOVE);
		source.setTransfer(types);
		source.setDragSourceEffect(new DragBadge(table, () -> {
			List<EObject> selected = selection();
			return selected.isEmpty() ? null : DragBadge.label(ObjectLabels.text(selected.get(0)), selected.size());
		}));
		source.addDragListener(new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				dragged = selection();
				event.doit = !dragged.isEmpty() && form.target() != null;
				transfer.setSelection(new StructuredSelection(dragged));
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				dragged = List.of();
				transfer.setSelection(null);
			}
		});
		DropTarget target = new DropTarget(table, DND.DROP_MOVE | DND.DROP_COPY);
		target.setTransfer(types);
		target.addDropListener(new DropTargetAdapter() {
			private List<EObject> arriving = List.of();

			@Override
			public void dragEnter(DropTargetEvent event) {
				arriving = dragged.isEmpty() ? acceptable(transfer.getSelection()) : List.of();
			}

			@Override
			public void dragOver(DropTargetEvent event) {
				int operation = !dragged.isEmpty() ? DND.DROP_MOVE : arriving.isEmpty() ? DND.DROP_NONE : DND.DROP_COPY;
				event.detail = (event.operations & operation) != 0 ? operation : DND.DROP_NONE;
				event.feedback = DND.FEEDBACK_SCROLL
						| (event.item == null ? 0 : after(event) ? DND.FEEDBACK_INSERT_AFTER : DND.FEEDBACK_INSERT_BEFORE);
			}

			@Override
			public void dragOperationChanged(DropTargetEvent event) {
				dragOver(event);
			}

			@Override
			public void drop(DropTargetEvent event) {
				int index = event.item == null ? rows.size() : table.indexOf((TableItem) event.item) + (after(event) ? 1 : 0);
				moveTo(dragged.isEmpty() ? arriving : dragged, index);
				arriving = List.of();
			}
		});
	}

	/** What of a selection dragged in from elsewhere may join the list: the candidates, in the dragged order. */
	private List<EObject> acceptable(ISelection dropped) {
		if (form.target() == null || !(dropped instanceof IStructuredSelection objects) || objects.isEmpty()) {
			return List.of();
		}
		Set<EObject> allowed = Collections.newSetFromMap(new IdentityHashMap<>());
		allowed.addAll(candidates.get());
		List<EObject> accepted = new ArrayList<>();
		for (Object object : objects) {
			if (object instanceof EObject candidate && allowed.contains(candidate) && !accepted.contains(candidate)) {
				accepted.add(candidate);
			}
		}
		return accepted;
	}

	/** Whether the pointer is in the lower half of the row it is over. */
	private boolean after(DropTargetEvent event) {
		Rectangle bounds = ((TableItem) event.item).getBounds();
		return table.toControl(event.x, event.y).y > bounds.y + bounds.height / 2;
	}

	/**
	 * The dragged objects, in their order, inserted before the row that was at {@code index}; those
	 * already in the list leave their old place.
	 */
	private void moveTo(List<EObject> moving, int index) {
		EObject owner = form.target();
		if (owner == null || moving.isEmpty()) {
			return;
		}
		List<EObject> order = new ArrayList<>(rows);
		int before = (int) moving.stream().map(rows::indexOf).filter(at -> at >= 0 && at < index).count();
		order.removeAll(moving);
		order.addAll(Math.max(0, Math.min(order.size(), index - before)), moving);
		if (!order.equals(rows)) {
			form.context().edits().set(owner, feature, order);
			refresh();
			table.setSelection(moving.stream().mapToInt(rows::indexOf).filter(i -> i >= 0).toArray());
			updateButtons();
		}
	}

	/** The buttons on the keyboard: Alt+Up / Alt+Down and Delete, each one command as the buttons. */
	private void keyPressed(Event event) {
		boolean alt = (event.stateMask & SWT.MODIFIER_MASK) == SWT.ALT;
		if (alt && (event.keyCode == SWT.ARROW_UP && up.isEnabled() || event.keyCode == SWT.ARROW_DOWN && down.isEnabled())) {
			move(event.keyCode == SWT.ARROW_UP ? -1 : 1);
			event.doit = false;
		} else if (event.keyCode == SWT.DEL && (event.stateMask & SWT.MODIFIER_MASK) == 0 && remove.isEnabled()) {
			removeSelected();
			event.doit = false;
		}
	}

	static OrderedReferences add(Form form, EReference feature, Supplier<List<? extends EObject>> candidates,
			String[] titles, List<Function<EObject, String>> texts) {
		return add(form, feature, candidates, titles, texts, List.of());
	}

	/** With facets that the Add... dialog offers to narrow the candidates (data source, environment). */
	static OrderedReferences add(Form form, EReference feature, Supplier<List<? extends EObject>> candidates,
			String[] titles, List<Function<EObject, String>> texts, List<ObjectPicker.Facet> facets) {
		OrderedReferences list = form.bind(new OrderedReferences(form, feature, candidates, titles, texts, facets));
		list.refresh();
		return list;
	}

	private static Button button(Composite parent, String text, String id, Runnable action) {
		Button button = WidgetTags.tag(new Button(parent, SWT.PUSH), id);
		button.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(80, SWT.DEFAULT).applyTo(button);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	@SuppressWarnings("unchecked")
	private List<EObject> current() {
		EObject target = form.target();
		return target == null ? List.of() : (List<EObject>) target.eGet(feature);
	}

	@Override
	public void refresh() {
		List<EObject> selected = selection();
		List<EObject> now = current();
		if (!now.equals(rows)) {
			rows.clear();
			rows.addAll(now);
			table.setItemCount(rows.size());
			fitColumns = true;
		}
		for (int row = 0; row < rows.size(); row++) {
			TableItem item = table.getItem(row);
			for (int column = 0; column < columns.size(); column++) {
				String text = columns.get(column).apply(rows.get(row));
				if (!text.equals(item.getText(column))) {
					item.setText(column, text);
				}
			}
		}
		if (fitColumns) {
			fitColumns();
		}
		table.setSelection(selected.stream().mapToInt(rows::indexOf).filter(i -> i >= 0).toArray());
		table.setEnabled(form.target() != null);
		updateButtons();
	}

	/** Text columns as wide as their widest text, within bounds, so that five columns fit beside each other. */
	private void fitColumns() {
		fitColumns = false;
		for (TableColumn column : table.getColumns()) {
			if (!"#".equals(column.getText())) {
				column.pack();
				column.setWidth(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, column.getWidth())));
			}
		}
	}

	private List<EObject> selection() {
		List<EObject> selected = new ArrayList<>();
		for (int index : table.getSelectionIndices()) {
			if (index < rows.size()) {
				selected.add(rows.get(index));
			}
		}
		return selected;
	}

	private void updateButtons() {
		int[] indices = table.getSelectionIndices();
		remove.setEnabled(indices.length > 0);
		up.setEnabled(indices.length == 1 && indices[0] > 0);
		down.setEnabled(indices.length == 1 && indices[0] < rows.size() - 1);
	}

	private void add() {
		EObject target = form.target();
		if (target == null) {
			return;
		}
		List<EObject> choices = new ArrayList<>(candidates.get());
		choices.removeAll(rows);
		List<EObject> picked = new ObjectPicker(table.getShell(), "Add " + ObjectLabels.featureName(feature), choices, facets)
				.pick();
		if (form.context().edits().addAll(target, feature, picked)) {
			refresh();
			table.setSelection(picked.stream().mapToInt(rows::indexOf).filter(i -> i >= 0).toArray());
			updateButtons();
		}
	}

	private void removeSelected() {
		EObject target = form.target();
		if (target != null) {
			form.context().edits().remove(target, feature, selection());
			refresh();
		}
	}

	private void move(int step) {
		List<EObject> selected = selection();
		if (selected.size() != 1) {
			return;
		}
		form.context().edits().move(form.target(), feature, selected.get(0), rows.indexOf(selected.get(0)) + step);
		refresh();
		table.setSelection(rows.indexOf(selected.get(0)));
		updateButtons();
	}

	private void openSelected() {
		for (EObject object : selection()) {
			form.context().editors().open(EditorInput.of(object), ObjectLabels.text(object));
		}
	}
}
