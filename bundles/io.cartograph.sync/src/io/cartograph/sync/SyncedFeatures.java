package io.cartograph.sync;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Which features of the landscape model travel in change sets. Derived, transient, volatile and
 * unchangeable features are computed or local, and the UUID is the key of every change rather
 * than a value. On top of that a deny-list keeps secret-bearing features out: the model holds
 * only references to secrets today, but a feature that one day holds a secret value must never
 * reach the server, whatever the model says.
 */
public final class SyncedFeatures {

	/** Attribute names that hold a secret value wherever they appear. */
	private static final Set<String> SECRET_NAMES = Set.of("password", "secret", "clientsecret", "apikey", "token",
			"accesstoken", "refreshtoken", "privatekey", "passphrase");

	/** Denies attributes named like a secret (password, clientSecret, apiKey, token, ...). */
	public static final Predicate<EStructuralFeature> SECRET_BEARING = feature -> feature instanceof EAttribute
			&& SECRET_NAMES.contains(feature.getName().toLowerCase(Locale.ROOT));

	private final Predicate<EStructuralFeature> denied;

	private SyncedFeatures(Predicate<EStructuralFeature> denied) {
		this.denied = denied;
	}

	/** The default: secret-named attributes are denied. */
	public static SyncedFeatures standard() {
		return new SyncedFeatures(SECRET_BEARING);
	}

	/** The default plus more features to keep out (a hook for secret-bearing features we learn of). */
	public static SyncedFeatures denying(Predicate<EStructuralFeature> more) {
		return new SyncedFeatures(SECRET_BEARING.or(more));
	}

	public boolean synced(EStructuralFeature feature) {
		if (feature.isDerived() || feature.isTransient() || feature.isVolatile() || !feature.isChangeable()) {
			return false;
		}
		if (feature instanceof EAttribute attribute && attribute.isID()) {
			return false;
		}
		if (feature instanceof EReference reference && reference.isContainer()) {
			return false;
		}
		return !denied.test(feature);
	}
}
