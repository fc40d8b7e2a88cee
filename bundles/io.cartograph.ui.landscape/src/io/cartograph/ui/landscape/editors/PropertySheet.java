package io.cartograph.ui.landscape.editors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;

import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.ui.landscape.ObjectLabels;

/**
 * The editor for any object without a form of its own: one row per property the item provider
 * describes, edited with the same fields (and the same commands) as the forms.
 */
final class PropertySheet {

	/** References with more choices than this are shown, not picked from a drop-down. */
	static final int MAX_CHOICES = 1000;

	private PropertySheet() {
	}

	static void fill(Form form) {
		EObject target = form.target();
		form.section(ObjectLabels.typeName(target.eClass()));
		Object source = form.context().model().adapterFactory().adapt(target, IItemPropertySource.class);
		if (!(source instanceof IItemPropertySource properties)) {
			return;
		}
		for (IItemPropertyDescriptor descriptor : properties.getPropertyDescriptors(target)) {
			if (descriptor.getFeature(target) instanceof EStructuralFeature feature
					&& feature != LandscapePackage.Literals.IDENTIFIED__UUID) {
				row(form, descriptor, feature);
			}
		}
	}

	private static void row(Form form, IItemPropertyDescriptor descriptor, EStructuralFeature feature) {
		EObject target = form.target();
		String label = descriptor.getDisplayName(target);
		if (feature instanceof EAttribute attribute) {
			if (attribute.getEAttributeType() instanceof EEnum && !attribute.isMany()) {
				form.choice(attribute, label);
			} else if (attribute.getEAttributeType().getInstanceClass() == boolean.class) {
				form.check(attribute, label);
			} else if (attribute.isMany()) {
				form.text(attribute, label + " (a | b)");
			} else {
				form.text(attribute, label);
			}
			return;
		}
		EReference reference = (EReference) feature;
		List<EObject> choices = choices(descriptor, target);
		if (choices.size() > MAX_CHOICES) {
			form.row(label, parent -> {
				Label shown = new Label(parent, SWT.WRAP);
				Object value = target.eGet(reference);
				shown.setText(value instanceof Collection<?> many ? many.size() + " item(s)" : ObjectLabels.text(value));
				return shown;
			});
		} else if (reference.isMany()) {
			form.checklist(reference, label, () -> List.copyOf(choices(descriptor, form.target())));
		} else {
			form.reference(reference, label, () -> choices(descriptor, form.target()));
		}
	}

	private static List<EObject> choices(IItemPropertyDescriptor descriptor, EObject target) {
		List<EObject> choices = new ArrayList<>();
		Collection<?> offered = descriptor.getChoiceOfValues(target);
		if (offered != null) {
			for (Object choice : offered) {
				if (choice instanceof EObject object) {
					choices.add(object);
				}
			}
		}
		return Candidates.sorted(choices);
	}
}
