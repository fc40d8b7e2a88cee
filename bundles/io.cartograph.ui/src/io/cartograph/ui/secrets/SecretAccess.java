package io.cartograph.ui.secrets;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

import io.cartograph.core.secrets.MasterPassword;
import io.cartograph.core.secrets.SecretStore;
import io.cartograph.core.secrets.SecretStoreException;

/**
 * The workbench's way into the secret store: opened once per session, with the master password
 * from CARTOGRAPH_MASTER_PASSWORD or asked from the user (chosen on first use). Editors that take
 * a password and the missing-secrets dialog go through it.
 */
public final class SecretAccess implements AutoCloseable {

	private SecretStore store;

	/** Access that asks for the master password of the default store when first needed. */
	public SecretAccess() {
	}

	/** Access to a store opened already (tests, a store in another folder); closed with this. */
	public static SecretAccess of(SecretStore opened) {
		SecretAccess access = new SecretAccess();
		access.store = opened;
		return access;
	}

	/** The open store, asking for the master password if needed; empty when the user cancelled. */
	public synchronized Optional<SecretStore> store(Shell shell) {
		if (store != null) {
			return Optional.of(store);
		}
		Optional<char[]> fromEnvironment = MasterPassword.fromEnvironment();
		if (fromEnvironment.isPresent()) {
			try {
				store = SecretStore.openDefault(fromEnvironment.get());
				return Optional.of(store);
			} catch (SecretStoreException wrong) {
				MessageDialog.openError(shell, "Secret store", MasterPassword.VARIABLE + ": " + wrong.getMessage());
				return Optional.empty();
			}
		}
		boolean firstUse = !Files.exists(SecretStore.defaultFolder().resolve(SecretStore.FILE_NAME));
		while (true) {
			char[] password = ask(shell, firstUse);
			if (password == null) {
				return Optional.empty();
			}
			try {
				store = SecretStore.openDefault(password);
				return Optional.of(store);
			} catch (SecretStoreException wrong) {
				MessageDialog.openError(shell, "Secret store", wrong.getMessage());
			} finally {
				Arrays.fill(password, '\0');
			}
		}
	}

	/** The store if it is open already; never asks. */
	public synchronized Optional<SecretStore> ifOpen() {
		return Optional.ofNullable(store);
	}

	private static char[] ask(Shell shell, boolean firstUse) {
		String message = firstUse
				? "Choose a master password for Cartograph's secret store.\nClient secrets, passwords and API keys are kept there, encrypted, never in the workspace."
				: "Master password of Cartograph's secret store:";
		InputDialog dialog = new InputDialog(shell, "Secret store", message, "",
				text -> text.length() < 8 ? "At least 8 characters." : null) {
			@Override
			protected int getInputTextStyle() {
				return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
			}
		};
		return dialog.open() == Window.OK ? dialog.getValue().toCharArray() : null;
	}

	@Override
	public synchronized void close() {
		if (store != null) {
			store.close();
			store = null;
		}
	}
}
