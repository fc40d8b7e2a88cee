package io.cartograph.policy.simulate;

import java.util.Optional;

import io.cartograph.model.landscape.SecretReference;

/** Resolves a secret reference (KVM entry, application key) for the dry run; nothing it returns is shown. */
@FunctionalInterface
public interface SecretValues {

	Optional<String> get(SecretReference reference);

	static SecretValues none() {
		return reference -> Optional.empty();
	}
}
