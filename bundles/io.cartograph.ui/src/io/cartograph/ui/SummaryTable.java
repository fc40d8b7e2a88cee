package io.cartograph.ui;

import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The shape of the list views (Job Monitor, Problems, ...): a one-line summary above a table with
 * headers, both tagged so that tests and the window report find them.
 */
public final class SummaryTable {

	private final Label summary;
	private final TableViewer viewer;

	public SummaryTable(Composite parent, String summaryId, String tableId) {
		parent.setLayout(new GridLayout(1, false));
		summary = WidgetTags.tag(new Label(parent, SWT.NONE), summaryId);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		ColumnViewerToolTipSupport.enableFor(viewer);
		WidgetTags.tag(viewer.getTable(), tableId);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
	}

	public TableViewer viewer() {
		return viewer;
	}

	public boolean isDisposed() {
		return viewer.getControl().isDisposed();
	}

	/** Adds a column whose cells show text taken from each row. */
	public <T> void column(String title, int width, Class<T> rowType, Function<T, String> text) {
		column(title, width, rowType, text, row -> null);
	}

	/** Adds a column whose cells show text in a colour taken from each row (null: the default). */
	public <T> void column(String title, int width, Class<T> rowType, Function<T, String> text,
			Function<T, Color> foreground) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(rowType.cast(element));
			}

			@Override
			public Color getForeground(Object element) {
				return foreground.apply(rowType.cast(element));
			}

			/** Long texts (errors, log messages) are cut by the column: the tooltip shows them whole. */
			@Override
			public String getToolTipText(Object element) {
				String value = text.apply(rowType.cast(element));
				return value != null && value.length() > 40 ? value : null;
			}
		});
	}

	/** Shows the rows and the summary line that describes them. */
	public void show(Object rows, String summaryText) {
		viewer.setInput(rows);
		summary.setText(summaryText);
		summary.getParent().layout(true);
	}
}
