package io.cartograph.ui.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Display;

import io.cartograph.model.landscape.Named;
import io.cartograph.rules.RulePattern;
import io.cartograph.ui.landscape.Edits;

/**
 * The columns of a rules table: text shown, how a row looks (a shadowed rule is grey italic, an
 * invalid regex red with its error as tooltip) and editing, where every edit is one command.
 */
final class RuleColumns {

	/** Shown for an unset reference in the choice columns. */
	static final String NONE = "(none)";

	private final TableViewer viewer;
	private final Supplier<Edits> edits;
	private final Function<Object, String> shadowNote;
	private final Font italic;

	/** @param shadowNote why a row is shadowed (its tooltip), or null when it is not */
	RuleColumns(TableViewer viewer, Supplier<Edits> edits, Function<Object, String> shadowNote) {
		this.viewer = viewer;
		this.edits = edits;
		this.shadowNote = shadowNote;
		FontData[] data = viewer.getTable().getFont().getFontData();
		for (FontData one : data) {
			one.setStyle(SWT.ITALIC);
		}
		italic = new Font(viewer.getTable().getDisplay(), data);
		viewer.getTable().addDisposeListener(event -> italic.dispose());
	}

	/** A column that only shows. */
	TableViewerColumn shown(String title, int width, Function<Object, String> text) {
		return column(title, width, text, row -> null);
	}

	/** A regex column: red with the compile error as tooltip when it does not compile. */
	TableViewerColumn regex(String title, int width, EStructuralFeature feature) {
		Function<Object, String> text = row -> valueOf(row, feature);
		TableViewerColumn column = column(title, width, text, row -> {
			String value = valueOf(row, feature);
			// An empty Original System means "any", as the engine reads it; only typed text can be wrong.
			return value.isEmpty() ? null : RulePattern.of(value).error().map(error -> "Invalid regex: " + error).orElse(null);
		});
		column.setEditingSupport(new TextEditing(feature));
		return column;
	}

	TableViewerColumn text(String title, int width, EStructuralFeature feature) {
		TableViewerColumn column = column(title, width, row -> valueOf(row, feature), row -> null);
		column.setEditingSupport(new TextEditing(feature));
		return column;
	}

	TableViewerColumn check(String title, EStructuralFeature feature) {
		TableViewerColumn column = column(title, 30, row -> Boolean.TRUE.equals(((EObject) row).eGet(feature)) ? "\u2714" : "",
				row -> null);
		column.setEditingSupport(new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new CheckboxCellEditor(viewer.getTable());
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				return ((EObject) element).eGet(feature);
			}

			@Override
			protected void setValue(Object element, Object value) {
				edits.get().set((EObject) element, feature, value);
			}
		});
		return column;
	}

	/** A reference picked from a list, or none. */
	TableViewerColumn choice(String title, int width, EStructuralFeature feature, Supplier<List<? extends EObject>> choices) {
		TableViewerColumn column = column(title, width, row -> nameOf(((EObject) row).eGet(feature)), row -> null);
		column.setEditingSupport(new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor(viewer.getTable(), SWT.READ_ONLY);
				editor.setContentProvider(ArrayContentProvider.getInstance());
				editor.setLabelProvider(new LabelProvider() {
					@Override
					public String getText(Object element) {
						return nameOf(element);
					}
				});
				List<Object> items = new ArrayList<>();
				items.add(NONE);
				items.addAll(choices.get());
				editor.setInput(items);
				return editor;
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				Object value = ((EObject) element).eGet(feature);
				return value == null ? NONE : value;
			}

			@Override
			protected void setValue(Object element, Object value) {
				edits.get().set((EObject) element, feature, value == NONE ? null : value);
			}
		});
		return column;
	}

	static String nameOf(Object value) {
		if (value instanceof Named named) {
			return named.getName() == null ? "" : named.getName();
		}
		return value == null ? NONE : value.toString();
	}

	private static String valueOf(Object row, EStructuralFeature feature) {
		Object value = ((EObject) row).eGet(feature);
		return value == null ? "" : value.toString();
	}

	private TableViewerColumn column(String title, int width, Function<Object, String> text, Function<Object, String> problem) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Color getForeground(Object element) {
				Display display = viewer.getTable().getDisplay();
				if (problem.apply(element) != null) {
					return display.getSystemColor(SWT.COLOR_RED);
				}
				return shadowNote.apply(element) != null ? display.getSystemColor(SWT.COLOR_DARK_GRAY) : null;
			}

			@Override
			public Font getFont(Object element) {
				return shadowNote.apply(element) != null ? italic : null;
			}

			@Override
			public String getToolTipText(Object element) {
				String error = problem.apply(element);
				return error != null ? error : shadowNote.apply(element);
			}
		});
		return column;
	}

	private final class TextEditing extends EditingSupport {

		private final EStructuralFeature feature;

		TextEditing(EStructuralFeature feature) {
			super(viewer);
			this.feature = feature;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new TextCellEditor(viewer.getTable());
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return valueOf(element, feature);
		}

		@Override
		protected void setValue(Object element, Object value) {
			String text = value == null ? "" : value.toString();
			edits.get().set((EObject) element, feature, text.isEmpty() && ((EObject) element).eGet(feature) == null ? null : text);
		}
	}
}
