package io.cartograph.ui.landscape.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import io.cartograph.ui.WidgetTags;

/**
 * The objects a target contains (tasks, steps, entries, environments, ...) as a table with
 * + and -, optionally up and down, and below it a form on the selected row. Adding, removing,
 * moving and every field of the form are one command each.
 */
final class ChildTable implements FieldBinding {

	/** Moves a child to another index of the owner's list, as one command; false if nothing moved. */
	interface Mover {
		boolean move(Form form, EObject owner, EObject child, int index);
	}

	/** A column: its title, width and the text of a row. */
	record Column(String title, int width, Function<EObject, String> text) {
	}

	private final Form form;
	private final EReference feature;
	private final List<Column> columns;
	private final Predicate<EObject> filter;
	private final Function<EObject, EObject> factory;
	private final Predicate<EObject> removable;
	private final Mover mover;
	private final Table table;
	private final List<EObject> rows = new ArrayList<>();
	private final Form detail;
	private final Button remove;
	private final List<Button> moves = new ArrayList<>();

	private ChildTable(Builder builder) {
		form = builder.form;
		feature = builder.feature;
		columns = builder.columns;
		filter = builder.filter;
		factory = builder.factory;
		removable = builder.removable;
		mover = builder.mover;
		String id = builder.id != null ? builder.id : form.idOf(feature);
		Composite area = new Composite(form.body(), SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(area);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(area);
		table = WidgetTags.tag(new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL), id);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, table.getItemHeight() * builder.visibleRows).applyTo(table);
		for (Column column : columns) {
			TableColumn header = new TableColumn(table, SWT.LEFT);
			header.setText(column.title());
			header.setWidth(column.width());
		}
		Composite buttons = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(buttons);
		button(buttons, "+", id + ".add", "Add", this::add);
		remove = button(buttons, "-", id + ".remove", "Remove the selected row", this::removeSelected);
		if (builder.ordered) {
			moves.add(button(buttons, "Up", id + ".up", "Move up", () -> moveSelected(-1)));
			moves.add(button(buttons, "Down", id + ".down", "Move down", () -> moveSelected(1)));
		}
		builder.extraButtons.forEach(extra -> extra.accept(buttons));
		Composite detailBody = new Composite(form.body(), SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).indent(12, 0).applyTo(detailBody);
		detail = new Form(form.context(), detailBody, feature.getEReferenceType(), form.scope(), this::selected);
		if (builder.detail != null) {
			builder.detail.accept(detail);
		}
		table.addListener(SWT.Selection, event -> {
			detail.refresh();
			updateButtons();
		});
	}

	static Builder of(Form form, EReference feature) {
		return new Builder(form, feature);
	}

	private static Button button(Composite parent, String text, String id, String tip, Runnable action) {
		Button button = WidgetTags.tag(new Button(parent, SWT.PUSH), id);
		button.setText(text);
		button.setToolTipText(tip);
		GridDataFactory.fillDefaults().grab(true, false).hint(64, SWT.DEFAULT).applyTo(button);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	Table table() {
		return table;
	}

	/** The object of the selected row, or null. */
	EObject selected() {
		int index = table.getSelectionIndex();
		return index >= 0 && index < rows.size() ? rows.get(index) : null;
	}

	@SuppressWarnings("unchecked")
	private List<EObject> children() {
		EObject owner = form.target();
		return owner == null ? List.of() : ((List<EObject>) owner.eGet(feature)).stream().filter(filter).toList();
	}

	@Override
	public void refresh() {
		EObject keep = selected();
		List<EObject> now = children();
		if (!now.equals(rows)) {
			rows.clear();
			rows.addAll(now);
			table.setItemCount(rows.size());
		}
		for (int row = 0; row < rows.size(); row++) {
			TableItem item = table.getItem(row);
			for (int column = 0; column < columns.size(); column++) {
				String text = columns.get(column).text().apply(rows.get(row));
				if (!text.equals(item.getText(column))) {
					item.setText(column, text);
				}
			}
		}
		select(keep);
		table.setEnabled(form.target() != null);
		detail.refresh();
		updateButtons();
	}

	void select(EObject child) {
		int index = rows.indexOf(child);
		if (index >= 0) {
			table.setSelection(index);
		} else {
			table.deselectAll();
		}
	}

	private void updateButtons() {
		int index = table.getSelectionIndex();
		remove.setEnabled(index >= 0 && removable.test(rows.get(index)));
		if (!moves.isEmpty()) {
			moves.get(0).setEnabled(index > 0);
			moves.get(1).setEnabled(index >= 0 && index < rows.size() - 1);
		}
	}

	private void add() {
		EObject owner = form.target();
		if (owner == null) {
			return;
		}
		EObject child = factory.apply(owner);
		if (form.context().edits().add(owner, feature, child)) {
			refresh();
			select(child);
			detail.refresh();
			updateButtons();
		}
	}

	private void removeSelected() {
		EObject child = selected();
		if (child != null && removable.test(child)) {
			form.context().edits().delete(List.of(child));
			refresh();
		}
	}

	/** Moves within the whole list, past rows that the filter hides. */
	@SuppressWarnings("unchecked")
	private void moveSelected(int step) {
		int index = table.getSelectionIndex();
		int other = index + step;
		if (index < 0 || other < 0 || other >= rows.size()) {
			return;
		}
		EObject child = rows.get(index);
		List<EObject> all = (List<EObject>) form.target().eGet(feature);
		mover.move(form, form.target(), child, all.indexOf(rows.get(other)));
		refresh();
		select(child);
		updateButtons();
	}

	/** How a child table is made. */
	static final class Builder {
		private final Form form;
		private final EReference feature;
		private final List<Column> columns = new ArrayList<>();
		private final List<Consumer<Composite>> extraButtons = new ArrayList<>();
		private Predicate<EObject> filter = child -> true;
		private Predicate<EObject> removable = child -> true;
		private Mover mover;
		private Function<EObject, EObject> factory;
		private Consumer<Form> detail;
		private boolean ordered;
		private String id;
		private int visibleRows = 6;

		private Builder(Form form, EReference feature) {
			this.form = form;
			this.feature = feature;
			mover = (owner, target, child, index) -> owner.context().edits().move(target, feature, child, index);
		}

		Builder removable(Predicate<EObject> canRemove) {
			removable = canRemove;
			return this;
		}

		Builder moving(Mover how) {
			mover = how;
			ordered = true;
			return this;
		}

		Builder column(String title, int width, Function<EObject, String> text) {
			columns.add(new Column(title, width, text));
			return this;
		}

		Builder filter(Predicate<EObject> shown) {
			filter = shown;
			return this;
		}

		/** Makes a new child for the owner (not yet added). */
		Builder creating(Function<EObject, EObject> newChild) {
			factory = newChild;
			return this;
		}

		Builder creating(Supplier<EObject> newChild) {
			factory = owner -> newChild.get();
			return this;
		}

		Builder detail(Consumer<Form> fields) {
			detail = fields;
			return this;
		}

		Builder ordered() {
			ordered = true;
			return this;
		}

		Builder id(String tableId) {
			id = tableId;
			return this;
		}

		Builder rows(int count) {
			visibleRows = count;
			return this;
		}

		Builder button(Consumer<Composite> extra) {
			extraButtons.add(extra);
			return this;
		}

		ChildTable build() {
			ChildTable table = new ChildTable(this);
			form.bind(table);
			table.refresh();
			return table;
		}
	}
}
