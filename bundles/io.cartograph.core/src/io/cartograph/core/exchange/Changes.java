package io.cartograph.core.exchange;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Field changes of one row's object. An object the model already holds is changed through
 * commands (undoable, executed only if the whole import is good); a new object is filled in
 * directly, since nobody sees it before the one command that adds it.
 */
abstract class Changes {

	abstract void set(EObject owner, EStructuralFeature feature, Object value);

	abstract void replace(EObject owner, EAttribute feature, List<String> values);

	abstract void add(EObject owner, EReference containment, EObject value);

	abstract void remove(EObject owner, EReference containment, EObject value);

	static Changes of(ImportPlan plan) {
		return new Changes() {
			@Override
			void set(EObject owner, EStructuralFeature feature, Object value) {
				plan.set(owner, feature, value);
			}

			@Override
			void replace(EObject owner, EAttribute feature, List<String> values) {
				plan.replace(owner, feature, values);
			}

			@Override
			void add(EObject owner, EReference containment, EObject value) {
				plan.add(owner, containment, List.of(value));
			}

			@Override
			void remove(EObject owner, EReference containment, EObject value) {
				plan.remove(owner, containment, value);
			}
		};
	}

	static Changes direct() {
		return new Changes() {
			@Override
			void set(EObject owner, EStructuralFeature feature, Object value) {
				if (!Objects.equals(owner.eGet(feature), value)) {
					owner.eSet(feature, value);
				}
			}

			@Override
			@SuppressWarnings("unchecked")
			void replace(EObject owner, EAttribute feature, List<String> values) {
				List<String> list = (List<String>) owner.eGet(feature);
				list.clear();
				list.addAll(values);
			}

			@Override
			@SuppressWarnings("unchecked")
			void add(EObject owner, EReference containment, EObject value) {
				((List<EObject>) owner.eGet(containment)).add(value);
			}

			@Override
			void remove(EObject owner, EReference containment, EObject value) {
				((List<?>) owner.eGet(containment)).remove(value);
			}
		};
	}
}
