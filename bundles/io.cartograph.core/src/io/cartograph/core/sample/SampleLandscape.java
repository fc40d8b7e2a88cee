package io.cartograph.core.sample;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.Interface;

/**
 * Generates a believable landscape for ACME, a made-up manufacturer (see {@link SampleFacts}):
 * fourteen systems from S/4HANA to the house bank, data sources on SAP BTP, PO, an ABAP system,
 * MuleSoft, Azure, Jira and a housekeeping LOGS source, as many interfaces as asked for, spread
 * over the platforms with their naming conventions, original and harmonized senders and
 * receivers, adapters, authentication methods, business objects, properties and tags; end-to-end
 * integrations (one a proposal); system mapping and object rules; strategy fits; users and
 * roles; an API provider and proxy with flows, steps and policies; a key value map holding only
 * secret references; and an onboarding checklist with IP and domain allowlists.
 * <p>
 * Everything comes from {@code java.util.Random} seeded with the given seed, including the
 * UUIDs, and dates are counted back from a fixed day: the same seed and count give the same
 * content and, saved, the same files. The generator writes into the model directly, not through
 * commands: it makes new content rather than an edit anyone would undo.
 */
public final class SampleLandscape {

	/** The seed of the sample workspace. */
	public static final long SEED = 20_260_331L;

	/** The sample workspace's number of interfaces. */
	public static final int INTERFACES = 300;

	private SampleLandscape() {
	}

	/** Adds the generated content to the model (which should hold no more than a new workspace's defaults). */
	public static void fill(LandscapeModel model, int interfaceCount, long seed) {
		if (interfaceCount < 0) {
			throw new IllegalArgumentException("interfaceCount must not be negative: " + interfaceCount);
		}
		Sample sample = new Sample(model, seed);
		SampleSettings.fill(sample);
		SampleDataSources.fill(sample);
		SampleRules.fill(sample);
		List<Interface> interfaces = SampleInterfaces.fill(sample, interfaceCount);
		SampleIntegrations.fill(sample, interfaces);
		SampleApiManagement.fill(sample);
		SampleOnboarding.fill(sample);
	}

	/**
	 * Empties every model file (the roots stay, with their UUIDs and the landscape's name) and
	 * fills the model anew: for turning an existing workspace into a sample of another size.
	 */
	public static void replace(LandscapeModel model, int interfaceCount, long seed) {
		model.commandStack().flush();
		for (EObject root : model.roots()) {
			for (EReference containment : root.eClass().getEAllContainments()) {
				if (containment.isMany()) {
					((List<?>) root.eGet(containment)).clear();
				} else {
					root.eUnset(containment);
				}
			}
		}
		fill(model, interfaceCount, seed);
	}
}
