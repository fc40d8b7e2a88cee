package io.cartograph.ui.catalog;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

/**
 * A text field above each column of the table, kept as wide as its column and moved with the
 * table's horizontal scrolling, so that each filter sits over the column it filters.
 */
final class FilterRow {

	static final String ID_PREFIX = "catalog.filter.";

	private final Composite row;
	private final Table table;
	private final Map<CatalogColumn, Text> fields = new EnumMap<>(CatalogColumn.class);

	FilterRow(Composite parent, Table table, Runnable changed) {
		this.table = table;
		row = new Composite(parent, SWT.NONE);
		for (CatalogColumn column : CatalogColumn.values()) {
			Text field = new Text(row, SWT.BORDER | SWT.SEARCH);
			field.setMessage(column.label());
			field.setToolTipText("Show only interfaces whose " + column.label() + " contains this text");
			field.setData("cartograph.id", ID_PREFIX + column.name());
			field.addModifyListener(event -> changed.run());
			fields.put(column, field);
		}
		for (TableColumn column : table.getColumns()) {
			column.addListener(SWT.Resize, event -> place());
		}
		ScrollBar horizontal = table.getHorizontalBar();
		if (horizontal != null) {
			horizontal.addListener(SWT.Selection, event -> place());
		}
		row.addListener(SWT.Resize, event -> place());
	}

	Composite control() {
		return row;
	}

	int preferredHeight() {
		return fields.get(CatalogColumn.NAME).computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
	}

	/** The non-empty filters. */
	Map<CatalogColumn, String> filters() {
		Map<CatalogColumn, String> filters = new EnumMap<>(CatalogColumn.class);
		fields.forEach((column, field) -> {
			if (!field.getText().isBlank()) {
				filters.put(column, field.getText());
			}
		});
		return filters;
	}

	void set(CatalogColumn column, String text) {
		fields.get(column).setText(text == null ? "" : text);
	}

	void clear() {
		fields.values().forEach(field -> field.setText(""));
	}

	private void place() {
		if (row.isDisposed()) {
			return;
		}
		ScrollBar horizontal = table.getHorizontalBar();
		int x = -(horizontal == null ? 0 : horizontal.getSelection());
		int height = row.getSize().y;
		TableColumn[] columns = table.getColumns();
		for (CatalogColumn column : CatalogColumn.values()) {
			int width = columns[column.ordinal()].getWidth();
			fields.get(column).setBounds(x, 0, Math.max(0, width - 1), height);
			x += width;
		}
	}
}
