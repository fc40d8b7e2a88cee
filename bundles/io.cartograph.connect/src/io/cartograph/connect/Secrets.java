package io.cartograph.connect;

import java.util.Optional;

import io.cartograph.model.landscape.SecretReference;

/**
 * Resolves the secret behind a {@link SecretReference} of the model (the secure store in the
 * application, a map in tests). The caller of {@link #secret} clears the array once it is used.
 */
@FunctionalInterface
public interface Secrets {

	Optional<char[]> secret(SecretReference reference);

	/** No secrets at all, for data sources that need none. */
	static Secrets none() {
		return reference -> Optional.empty();
	}
}
