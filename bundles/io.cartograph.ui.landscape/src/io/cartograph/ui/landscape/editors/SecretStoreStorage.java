package io.cartograph.ui.landscape.editors;

import org.eclipse.swt.widgets.Display;

import io.cartograph.model.landscape.SecretReference;
import io.cartograph.ui.secrets.SecretAccess;

/**
 * The editors' secret storage in the workbench: the machine's secret store, opened (and its master
 * password asked for) the first time a secret is typed in.
 */
public final class SecretStoreStorage implements SecretStorage {

	private final SecretAccess access;

	public SecretStoreStorage(SecretAccess access) {
		this.access = access;
	}

	@Override
	public void store(SecretReference reference, char[] secret) {
		var store = access.store(Display.getCurrent().getActiveShell())
				.orElseThrow(() -> new IllegalStateException("the secret store stayed closed (no master password)"));
		store.put(reference, secret);
		store.flush();
	}

	/** Unknown until the store is open: never asks for the master password just to show a field. */
	@Override
	public boolean has(SecretReference reference) {
		return access.ifOpen().map(store -> store.has(reference)).orElse(false);
	}
}
