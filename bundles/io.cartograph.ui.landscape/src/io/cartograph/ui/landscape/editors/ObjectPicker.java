package io.cartograph.ui.landscape.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.cartograph.ui.WidgetTags;
import io.cartograph.ui.landscape.ObjectLabels;

/**
 * Picks objects out of many (an integration's interfaces out of thousands): type part of a
 * name, narrow down by facets (an interface's data source and environment), select the ones you
 * mean. Shows at most {@value #SHOWN} matches at a time.
 */
final class ObjectPicker extends Dialog {

	static final String SHELL_ID = "picker";
	static final int SHOWN = 500;

	private final String title;
	private final List<EObject> choices;
	private final List<String> labels = new ArrayList<>();
	private final List<EObject> shown = new ArrayList<>();
	private final List<EObject> picked = new ArrayList<>();
	private final List<Facet> facets;
	private final List<Combo> facetChoices = new ArrayList<>();
	private Text filter;
	private Table list;
	private Label count;

	/** A property to narrow the choices by, e.g. the data source; blank when the object has none. */
	record Facet(String label, Function<EObject, String> value) {
	}

	ObjectPicker(Shell parent, String title, List<EObject> choices) {
		this(parent, title, choices, List.of());
	}

	ObjectPicker(Shell parent, String title, List<EObject> choices, List<Facet> facets) {
		super(parent);
		this.title = title;
		this.choices = choices;
		this.facets = List.copyOf(facets);
		for (EObject choice : choices) {
			List<String> values = this.facets.stream().map(facet -> facetValue(facet, choice)).filter(v -> !v.isEmpty()).toList();
			labels.add(ObjectLabels.text(choice) + (values.isEmpty() ? "" : "  (" + String.join(", ", values) + ")"));
		}
	}

	private static String facetValue(Facet facet, EObject choice) {
		String value = facet.value().apply(choice);
		return value == null ? "" : value;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
		WidgetTags.tag(shell, SHELL_ID);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		filter = WidgetTags.tag(new Text(area, SWT.BORDER | SWT.SEARCH), "picker.filter");
		filter.setMessage("Part of the name");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		for (Facet facet : facets) {
			facetChoices.add(facetCombo(area, facet));
		}
		list = WidgetTags.tag(new Table(area, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL), "picker.list");
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 320).applyTo(list);
		count = new Label(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
		filter.addListener(SWT.Modify, event -> show());
		list.addListener(SWT.DefaultSelection, event -> okPressed());
		show();
		return area;
	}

	/** "All ..." and every value the choices have, sorted; picking one narrows the list. */
	private Combo facetCombo(Composite area, Facet facet) {
		Composite row = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		new Label(row, SWT.NONE).setText(facet.label());
		Combo combo = WidgetTags.tag(new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN),
				"picker.facet." + facet.label().toLowerCase(Locale.ROOT).replace(' ', '-'));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		combo.add("All");
		new TreeSet<>(choices.stream().map(choice -> facetValue(facet, choice)).filter(v -> !v.isEmpty()).toList())
				.forEach(combo::add);
		combo.select(0);
		combo.addListener(SWT.Selection, event -> show());
		return combo;
	}

	private boolean facetsAccept(EObject choice) {
		for (int f = 0; f < facets.size(); f++) {
			Combo combo = facetChoices.get(f);
			if (combo.getSelectionIndex() > 0 && !combo.getText().equals(facetValue(facets.get(f), choice))) {
				return false;
			}
		}
		return true;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		WidgetTags.tag(getButton(IDialogConstants.OK_ID), "picker.ok");
	}

	private void show() {
		String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
		shown.clear();
		List<String> shownLabels = new ArrayList<>();
		int matches = 0;
		for (int i = 0; i < choices.size(); i++) {
			if ((wanted.isEmpty() || labels.get(i).toLowerCase(Locale.ROOT).contains(wanted)) && facetsAccept(choices.get(i))) {
				matches++;
				if (shown.size() < SHOWN) {
					shown.add(choices.get(i));
					shownLabels.add(labels.get(i));
				}
			}
		}
		list.setItemCount(0);
		for (String label : shownLabels) {
			new TableItem(list, SWT.NONE).setText(label);
		}
		count.setText(matches > shown.size() ? shown.size() + " of " + matches + " shown: type more of the name"
				: matches + " match(es)");
	}

	@Override
	protected void okPressed() {
		picked.clear();
		for (int index : list.getSelectionIndices()) {
			picked.add(shown.get(index));
		}
		super.okPressed();
	}

	/** Opens the dialog; the picked objects, or none when cancelled. */
	List<EObject> pick() {
		return super.open() == OK ? List.copyOf(picked) : List.of();
	}
}
