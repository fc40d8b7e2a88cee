package io.cartograph.ui.landscape.editors;

import java.util.function.Consumer;
import java.util.function.Supplier;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.ui.jobs.WorkspaceTasks;
import io.cartograph.ui.landscape.EditorArea;
import io.cartograph.ui.landscape.Edits;
import io.cartograph.ui.landscape.ModelImages;

/**
 * What every field of an editor needs: the commands of the model, where to open other objects,
 * the secret store (may be null), icons, where to say that an input was refused, whom to
 * tell that rows appeared or disappeared (the editor sizes its scrolled form again), and the
 * open workspace's tasks (asked when needed, since they change with the workspace; may give null).
 */
record FormContext(Edits edits, EditorArea editors, SecretStorage secrets, ModelImages images, Consumer<String> problems,
		Runnable relayout, Supplier<WorkspaceTasks> tasks) {

	LandscapeModel model() {
		return edits.model();
	}
}
