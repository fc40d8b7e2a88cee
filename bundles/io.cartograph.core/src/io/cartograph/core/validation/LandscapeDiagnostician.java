package io.cartograph.core.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;

/** Validates landscape objects with the registered validators and names them as users do ({@link ObjectLabels}). */
public final class LandscapeDiagnostician extends Diagnostician {

	public LandscapeDiagnostician() {
		super(registry());
	}

	private static EValidator.Registry registry() {
		LandscapeValidation.register();
		return EValidator.Registry.INSTANCE;
	}

	@Override
	public String getObjectLabel(EObject object) {
		return ObjectLabels.label(object);
	}
}
