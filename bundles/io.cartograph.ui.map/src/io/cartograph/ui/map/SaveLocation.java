package io.cartograph.ui.map;

import java.nio.file.Path;

/** Where to save an export: asks the user (a file dialog); tests answer without a dialog. */
interface SaveLocation {

	/** @return the chosen file, or null when the user cancelled */
	Path ask(String suggestedName, String extension);
}
