package io.cartograph.ui.landscape.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;

import io.cartograph.ui.WidgetTags;
import io.cartograph.ui.landscape.ObjectLabels;

/**
 * One value out of a few: a check box for a flag, a drop-down for an enumeration or a reference
 * (sender and receiver systems, data source, environment, ...). Each pick is one command.
 */
final class ChoiceBinding implements FieldBinding {

	private static final String NONE = "(none)";

	private final Form form;
	private final EStructuralFeature feature;
	private final Supplier<List<?>> candidates;
	private final Function<Object, String> labels;
	private final boolean optional;
	private final Combo combo;
	private final Button check;
	private final List<Object> shownChoices = new ArrayList<>();

	private ChoiceBinding(Form form, EStructuralFeature feature, Supplier<List<?>> candidates,
			Function<Object, String> labels, boolean optional, Combo combo, Button check) {
		this.form = form;
		this.feature = feature;
		this.candidates = candidates;
		this.labels = labels;
		this.optional = optional;
		this.combo = combo;
		this.check = check;
	}

	static Form.Row check(Form form, EAttribute feature, String label) {
		Form.Row row = form.row(label, parent -> WidgetTags.tag(new Button(parent, SWT.CHECK), form.idOf(feature)));
		Button button = (Button) row.control();
		ChoiceBinding binding = form.bind(new ChoiceBinding(form, feature, null, null, false, null, button));
		button.addListener(SWT.Selection, event -> binding.picked(button.getSelection()));
		binding.refresh();
		return row;
	}

	static Form.Row enumeration(Form form, EAttribute feature, String label) {
		EEnum type = (EEnum) feature.getEAttributeType();
		List<Object> literals = new ArrayList<>();
		for (EEnumLiteral literal : type.getELiterals()) {
			literals.add(literal.getInstance());
		}
		return combo(form, feature, label, () -> literals, String::valueOf, false);
	}

	/** An enumeration offering only some of its literals (the value shows even when not among them). */
	static Form.Row enumeration(Form form, EAttribute feature, String label, Supplier<List<?>> literals) {
		return combo(form, feature, label, literals, String::valueOf, false);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	static Form.Row reference(Form form, EReference feature, String label, Supplier<List<? extends EObject>> candidates) {
		return combo(form, feature, label, (Supplier) candidates, ObjectLabels::text, true);
	}

	private static Form.Row combo(Form form, EStructuralFeature feature, String label, Supplier<List<?>> candidates,
			Function<Object, String> labels, boolean optional) {
		Form.Row row = form.row(label,
				parent -> WidgetTags.tag(new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN), form.idOf(feature)));
		Combo combo = (Combo) row.control();
		combo.setVisibleItemCount(16);
		Form.scrollsTheFormOnWheel(combo);
		ChoiceBinding binding = form.bind(new ChoiceBinding(form, feature, candidates, labels, optional, combo, null));
		combo.addListener(SWT.Selection, event -> binding.pickedIndex(combo.getSelectionIndex()));
		binding.refresh();
		return row;
	}

	@Override
	public void refresh() {
		EObject target = form.target();
		if (check != null) {
			check.setEnabled(target != null);
			check.setSelection(target != null && Boolean.TRUE.equals(target.eGet(feature)));
			return;
		}
		combo.setEnabled(target != null);
		List<Object> choices = new ArrayList<>();
		if (optional) {
			choices.add(null);
		}
		choices.addAll(candidates.get());
		List<String> texts = choices.stream().map(choice -> choice == null ? NONE : labels.apply(choice)).toList();
		if (!choices.equals(shownChoices) || !texts.equals(List.of(combo.getItems()))) {
			shownChoices.clear();
			shownChoices.addAll(choices);
			combo.setItems(texts.toArray(String[]::new));
		}
		Object value = target == null ? null : target.eGet(feature);
		int index = shownChoices.indexOf(value);
		if (index < 0 && value != null) {
			// A value that is not among the choices (a system of another list): show it all the same.
			shownChoices.add(value);
			combo.add(labels.apply(value));
			index = shownChoices.size() - 1;
		}
		if (combo.getSelectionIndex() != index) {
			if (index < 0) {
				combo.deselectAll();
			} else {
				combo.select(index);
			}
		}
	}

	private void picked(boolean selected) {
		EObject target = form.target();
		if (target != null) {
			form.context().edits().set(target, feature, selected);
		}
		refresh();
	}

	private void pickedIndex(int index) {
		EObject target = form.target();
		if (target != null && index >= 0 && index < shownChoices.size()) {
			Object value = shownChoices.get(index);
			if (!Objects.equals(value, target.eGet(feature))) {
				form.context().edits().set(target, feature, value);
			}
		}
		refresh();
	}
}
