package io.cartograph.connect;

import java.util.Set;

import org.eclipse.emf.ecore.EStructuralFeature;

import io.cartograph.model.landscape.AuthenticationType;

/**
 * A setting of a data source that a connector needs, so the data source editor shows only
 * those. {@code feature} is an attribute or reference of {@code DataSource}, {@code Authentication}
 * or {@code Proxy} (see {@code LandscapePackage.Literals}); {@code authentication} limits the
 * field to some authentication types (empty: always shown).
 */
public record ConnectionField(EStructuralFeature feature, boolean required, String hint,
		Set<AuthenticationType> authentication) {

	public static ConnectionField required(EStructuralFeature feature, String hint) {
		return new ConnectionField(feature, true, hint, Set.of());
	}

	public static ConnectionField optional(EStructuralFeature feature, String hint) {
		return new ConnectionField(feature, false, hint, Set.of());
	}

	/** A field only shown (and then required) for the given authentication types. */
	public static ConnectionField forAuthentication(EStructuralFeature feature, String hint,
			AuthenticationType... types) {
		return new ConnectionField(feature, true, hint, Set.of(types));
	}

	/** Whether the field applies when the data source authenticates with {@code type}. */
	public boolean appliesTo(AuthenticationType type) {
		return authentication.isEmpty() || authentication.contains(type);
	}
}
