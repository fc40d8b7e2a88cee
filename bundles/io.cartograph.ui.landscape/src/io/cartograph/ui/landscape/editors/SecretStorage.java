package io.cartograph.ui.landscape.editors;

import io.cartograph.model.landscape.SecretReference;

/**
 * SEAM to the secret store (io.cartograph.core.secrets, written in parallel): where the editors
 * put the secrets users type (client secrets, passwords, API keys). The model keeps only the
 * {@link SecretReference}; the value goes here and never into a model file.
 * <p>
 * Until an implementation is put into the e4 context (as {@code SecretStorage}), password fields
 * are shown disabled and say that secrets cannot be stored yet.
 */
public interface SecretStorage {

	/** Keeps the secret for the reference, replacing an older one. */
	void store(SecretReference reference, char[] secret);

	/** Whether a secret is kept for the reference (on this machine). */
	boolean has(SecretReference reference);
}
