package io.cartograph.ui.landscape.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
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
 * name, tick the ones you mean. Shows at most {@value #SHOWN} matches at a time.
 */
final class ObjectPicker extends Dialog {

	static final String SHELL_ID = "picker";
	static final int SHOWN = 500;

	private final String title;
	private final List<EObject> choices;
	private final List<String> labels = new ArrayList<>();
	private final List<EObject> shown = new ArrayList<>();
	private final List<EObject> picked = new ArrayList<>();
	private Text filter;
	private Table list;
	private Label count;

	ObjectPicker(Shell parent, String title, List<EObject> choices) {
		super(parent);
		this.title = title;
		this.choices = choices;
		for (EObject choice : choices) {
			labels.add(ObjectLabels.text(choice));
		}
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
		list = WidgetTags.tag(new Table(area, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL), "picker.list");
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 320).applyTo(list);
		count = new Label(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
		filter.addListener(SWT.Modify, event -> show());
		list.addListener(SWT.DefaultSelection, event -> okPressed());
		show();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		WidgetTags.tag(getButton(IDialogConstants.OK_ID), "picker.ok");
	}

	private void show() {
		String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
		shown.clear();
		int matches = 0;
		for (int i = 0; i < choices.size(); i++) {
			if (wanted.isEmpty() || labels.get(i).toLowerCase(Locale.ROOT).contains(wanted)) {
				matches++;
				if (shown.size() < SHOWN) {
					shown.add(choices.get(i));
				}
			}
		}
		list.setItemCount(0);
		for (EObject object : shown) {
			new TableItem(list, SWT.NONE).setText(ObjectLabels.text(object));
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
