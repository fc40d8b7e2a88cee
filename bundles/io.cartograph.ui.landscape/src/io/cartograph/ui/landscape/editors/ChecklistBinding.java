package io.cartograph.ui.landscape.editors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import io.cartograph.ui.WidgetTags;
import io.cartograph.ui.landscape.ObjectLabels;

/**
 * A many-valued feature as check boxes, one per possible value (business objects, tags,
 * products). Ticking or unticking one is one command that sets the whole list.
 */
final class ChecklistBinding implements FieldBinding {

	private final Form form;
	private final EStructuralFeature feature;
	private final Supplier<List<?>> candidates;
	private final Table table;
	private final List<Object> rows = new ArrayList<>();

	private ChecklistBinding(Form form, EStructuralFeature feature, Supplier<List<?>> candidates, Table table) {
		this.form = form;
		this.feature = feature;
		this.candidates = candidates;
		this.table = table;
		table.addListener(SWT.Selection, this::toggled);
	}

	static Form.Row add(Form form, EStructuralFeature feature, String label, Supplier<List<?>> candidates) {
		Form.Row row = form.row(label, parent -> {
			Table table = WidgetTags.tag(new Table(parent, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL), form.idOf(feature));
			GridDataFactory.fillDefaults().grab(true, false).hint(260, table.getItemHeight() * 5).applyTo(table);
			return table;
		});
		ChecklistBinding binding = form.bind(new ChecklistBinding(form, feature, candidates, (Table) row.control()));
		binding.refresh();
		return row;
	}

	@Override
	public void refresh() {
		EObject target = form.target();
		table.setEnabled(target != null);
		List<?> now = candidates.get();
		if (!now.equals(rows)) {
			rows.clear();
			rows.addAll(now);
			table.setItemCount(0);
			for (Object candidate : now) {
				new TableItem(table, SWT.NONE).setText(label(candidate));
			}
			// As tall as its rows (up to eight; it scrolls beyond), now that the rows' height is known.
			((GridData) table.getLayoutData()).heightHint = Math.min(Math.max(now.size(), 2), 8) * table.getItemHeight()
					+ 2 * table.getBorderWidth();
			form.context().relayout().run();
		}
		Collection<?> values = target == null ? List.of() : (Collection<?>) target.eGet(feature);
		for (int i = 0; i < rows.size(); i++) {
			TableItem item = table.getItem(i);
			boolean checked = values.contains(rows.get(i));
			if (item.getChecked() != checked) {
				item.setChecked(checked);
			}
			String text = label(rows.get(i));
			if (!item.getText().equals(text)) {
				item.setText(text);
			}
		}
	}

	private static String label(Object candidate) {
		return candidate instanceof EObject object ? ObjectLabels.text(object) : String.valueOf(candidate);
	}

	private void toggled(Event event) {
		EObject target = form.target();
		if (event.detail != SWT.CHECK || target == null) {
			return;
		}
		int row = table.indexOf((TableItem) event.item);
		Object value = rows.get(row);
		List<Object> values = new ArrayList<>((Collection<?>) target.eGet(feature));
		if (((TableItem) event.item).getChecked()) {
			if (!values.contains(value)) {
				values.add(value);
			}
		} else {
			values.remove(value);
		}
		form.context().edits().set(target, feature, values);
		refresh();
	}
}
