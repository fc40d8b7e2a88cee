package io.cartograph.ui.landscape.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import io.cartograph.ui.WidgetTags;
import io.cartograph.ui.landscape.ObjectLabels;

/**
 * A two-column form (label, field) on one target object. Fields are bindings: they show the
 * target's value after every change and turn user input into commands. The target may change
 * (a detail form follows the selected row; a data source's authentication may come and go).
 */
final class Form {

	private static final int LABEL_WIDTH = 180;

	private final FormContext context;
	private final Composite body;
	private final EClass type;
	private final String scope;
	private final Supplier<EObject> targetSource;
	private final List<FieldBinding> bindings = new ArrayList<>();
	private final List<Row> rows = new ArrayList<>();
	private EObject target;

	/**
	 * @param scope the start of the widget ids ("editor"; settings tabs have their own, so that
	 *              ids stay unique within one editor)
	 */
	Form(FormContext context, Composite body, EClass type, String scope, Supplier<EObject> target) {
		this.context = context;
		this.body = body;
		this.type = type;
		this.scope = scope;
		this.targetSource = target;
		this.target = target.get();
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 6).applyTo(body);
	}

	FormContext context() {
		return context;
	}

	Composite body() {
		return body;
	}

	EClass type() {
		return type;
	}

	/** The object the fields edit now; null when there is none (the fields are then disabled). */
	EObject target() {
		return target;
	}

	/** The stable id of a feature's widget: editor.Interface.sender, ... */
	String idOf(EStructuralFeature feature) {
		return scope + "." + type.getName() + "." + feature.getName();
	}

	String scope() {
		return scope;
	}

	/** A heading across both columns. */
	void section(String title) {
		Label heading = new Label(body, SWT.NONE);
		heading.setText(title);
		heading.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().span(2, 1).indent(0, rows.isEmpty() && bindings.isEmpty() ? 0 : 10).applyTo(heading);
		Label line = new Label(body, SWT.SEPARATOR | SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(line);
	}

	/** A labelled row holding the control that {@code field} makes in the given parent. */
	Row row(String label, Function<Composite, Control> field) {
		Label caption = new Label(body, SWT.NONE);
		caption.setText(label);
		Control control = field.apply(body);
		boolean tall = control instanceof Table || control instanceof Text && (control.getStyle() & SWT.MULTI) != 0
				|| control.getClass() == Composite.class;
		// One width for every form's labels, so that a nested form's fields line up with its parent's.
		int width = Math.max(caption.computeSize(SWT.DEFAULT, SWT.DEFAULT).x, LABEL_WIDTH);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, tall ? SWT.BEGINNING : SWT.CENTER).indent(0, tall ? 4 : 0)
				.hint(width, SWT.DEFAULT).applyTo(caption);
		if (control.getLayoutData() == null) {
			GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(control);
		}
		Row row = new Row(caption, control);
		rows.add(row);
		return row;
	}

	/** A control across both columns (tables, lists). */
	Row wide(Function<Composite, Control> field) {
		Control control = field.apply(body);
		if (control.getLayoutData() == null) {
			GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(control);
		}
		Row row = new Row(null, control);
		rows.add(row);
		return row;
	}

	/**
	 * A drop-down under the mouse wheel would change its value (GTK does that), so scrolling
	 * through a form would edit it. The wheel scrolls the form instead.
	 */
	static void scrollsTheFormOnWheel(Control control) {
		control.addListener(SWT.MouseVerticalWheel, event -> {
			event.doit = false;
			for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
				if (parent instanceof ScrolledComposite scroller) {
					Point origin = scroller.getOrigin();
					scroller.setOrigin(origin.x, Math.max(0, origin.y - event.count * 16));
					return;
				}
			}
		});
	}

	<B extends FieldBinding> B bind(B binding) {
		bindings.add(binding);
		return binding;
	}

	Row text(EAttribute feature) {
		return TextBinding.add(this, feature, ObjectLabels.featureName(feature), TextCodec.of(feature), SWT.SINGLE);
	}

	Row text(EAttribute feature, String label) {
		return TextBinding.add(this, feature, label, TextCodec.of(feature), SWT.SINGLE);
	}

	Row area(EAttribute feature) {
		return area(feature, ObjectLabels.featureName(feature));
	}

	/** A text of several lines (descriptions, notes, XML). */
	Row area(EAttribute feature, String label) {
		return TextBinding.add(this, feature, label, TextCodec.of(feature), SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
	}

	Row check(EAttribute feature) {
		return check(feature, ObjectLabels.featureName(feature));
	}

	Row check(EAttribute feature, String label) {
		return ChoiceBinding.check(this, feature, label);
	}

	Row choice(EAttribute feature) {
		return choice(feature, ObjectLabels.featureName(feature));
	}

	Row choice(EAttribute feature, String label) {
		return ChoiceBinding.enumeration(this, feature, label);
	}

	Row choice(EAttribute feature, String label, Supplier<List<?>> literals) {
		return ChoiceBinding.enumeration(this, feature, label, literals);
	}

	/** A text field for a many-valued string attribute, values separated by "|". */
	Row list(EAttribute feature) {
		return text(feature, ObjectLabels.featureName(feature) + " (a | b)");
	}

	Row text(EAttribute feature, String label, TextCodec codec) {
		return TextBinding.add(this, feature, label, codec, SWT.SINGLE);
	}

	Row reference(EReference feature, Supplier<List<? extends EObject>> candidates) {
		return reference(feature, ObjectLabels.featureName(feature), candidates);
	}

	Row reference(EReference feature, String label, Supplier<List<? extends EObject>> candidates) {
		return ChoiceBinding.reference(this, feature, label, candidates);
	}

	/** A many-valued feature as a list of check boxes (business objects, tags, products). */
	Row checklist(EStructuralFeature feature, String label, Supplier<List<?>> candidates) {
		return ChecklistBinding.add(this, feature, label, candidates);
	}

	/** Shows the model as it is now; a new target if the source now gives another one. */
	void refresh() {
		target = targetSource.get();
		boolean moved = false;
		for (Row row : rows) {
			moved |= row.update(target);
		}
		for (FieldBinding binding : bindings) {
			binding.refresh();
		}
		if (moved) {
			body.layout(true, true);
			context.relayout().run();
		}
	}

	/** Says why an input was not taken. */
	void problem(String message) {
		context.problems().accept(message);
	}

	/** A label and its field, shown only while the condition holds for the target. */
	static final class Row {
		private final Label caption;
		private final Control control;
		private Predicate<EObject> condition = target -> true;

		Row(Label caption, Control control) {
			this.caption = caption;
			this.control = control;
		}

		Control control() {
			return control;
		}

		Row visibleWhen(Predicate<EObject> shown) {
			condition = shown;
			return this;
		}

		Row tag(String id) {
			WidgetTags.tag(control, id);
			return this;
		}

		/** Shows or hides the row; true when that changed. */
		boolean update(EObject target) {
			boolean shown = target != null && condition.test(target);
			if (control.getVisible() == shown && !((GridData) control.getLayoutData()).exclude == shown) {
				return false;
			}
			for (Control part : caption == null ? new Control[] { control } : new Control[] { caption, control }) {
				part.setVisible(shown);
				((GridData) part.getLayoutData()).exclude = !shown;
			}
			return true;
		}
	}
}
