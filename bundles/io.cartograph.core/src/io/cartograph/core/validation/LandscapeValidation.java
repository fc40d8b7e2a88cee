package io.cartograph.core.validation;

import org.eclipse.emf.ecore.EValidator;

import io.cartograph.model.landscape.LandscapePackage;

/** Puts the landscape validator into EMF's validator registry, where diagnosticians find it. */
public final class LandscapeValidation {

	/** The source of every diagnostic the landscape rules report. */
	public static final String SOURCE = "io.cartograph.core.validation";

	private static final EValidator VALIDATOR = new LandscapeValidator();

	private LandscapeValidation() {
	}

	/** Registers the validator for the landscape package; calling it again does nothing. */
	public static synchronized void register() {
		EValidator.Registry.INSTANCE.put(LandscapePackage.eINSTANCE, VALIDATOR);
	}

	/** The validator, for callers that keep their own registry. */
	public static EValidator validator() {
		return VALIDATOR;
	}
}
