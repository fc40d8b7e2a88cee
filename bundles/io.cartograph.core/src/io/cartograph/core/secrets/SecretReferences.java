package io.cartograph.core.secrets;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.cartograph.core.model.Identities;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.Named;
import io.cartograph.model.landscape.SecretReference;

/** The references to secrets in a landscape model, and where they sit, in words. */
public final class SecretReferences {

	private SecretReferences() {
	}

	/**
	 * A new reference with its UUID, e.g. for {@code Authentication.secret}; its value goes into
	 * a {@link SecretStore}.
	 */
	public static SecretReference create(String purpose) {
		SecretReference reference = Identities.create(LandscapePackage.Literals.SECRET_REFERENCE, SecretReference.class);
		reference.setPurpose(purpose);
		return reference;
	}

	/** Every secret reference in the model, in file order. */
	public static List<SecretReference> in(LandscapeModel model) {
		List<SecretReference> references = new ArrayList<>();
		for (EObject root : model.roots()) {
			for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
				if (contents.next() instanceof SecretReference reference) {
					references.add(reference);
					contents.prune();
				}
			}
		}
		return references;
	}

	/** The secrets a data source's tasks need: its own (authentication) and its proxy's password. */
	public static List<SecretReference> of(DataSource source) {
		List<SecretReference> references = new ArrayList<>();
		for (TreeIterator<EObject> contents = source.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof SecretReference reference) {
				references.add(reference);
				contents.prune();
			}
		}
		if (source.getProxy() != null && source.getProxy().getPassword() != null) {
			references.add(source.getProxy().getPassword());
		}
		return references;
	}

	/**
	 * Where the reference is, for people: e.g. {@code DataSource 'BTP production' > Authentication >
	 * secret (client secret)}.
	 */
	public static String whereIs(SecretReference reference) {
		List<String> steps = new ArrayList<>();
		EStructuralFeature feature = reference.eContainingFeature();
		String purpose = reference.getPurpose();
		steps.add((feature == null ? "secret" : feature.getName())
				+ (purpose == null || purpose.isBlank() ? "" : " (" + purpose + ")"));
		// Up to, not including, the file's root.
		for (EObject owner = reference.eContainer(); owner != null && owner.eContainer() != null;
				owner = owner.eContainer()) {
			String name = owner instanceof Named named && named.getName() != null && !named.getName().isBlank()
					? " '" + named.getName() + "'" : "";
			steps.add(0, owner.eClass().getName() + name);
		}
		return String.join(" > ", steps);
	}
}
