package io.cartograph.core.secrets;

import java.util.List;
import java.util.Set;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.SecretReference;

/**
 * The secrets a workspace refers to that the store does not have: after copying a workspace to
 * another machine, all of them. The UI asks for these; nothing is decrypted to find them.
 */
public final class MissingSecrets {

	private MissingSecrets() {
	}

	public static List<SecretReference> in(LandscapeModel model, SecretStore store) {
		Set<String> stored = store.stored();
		return SecretReferences.in(model).stream().filter(reference -> !stored.contains(reference.getUuid())).toList();
	}
}
