package io.cartograph.ui.landscape;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/**
 * Where landscape editors open. The workbench's is {@link PartStackEditorArea} (the editor part
 * stack); tests put their own into the context.
 */
public interface EditorArea {

	/** Opens the editor for the input, or brings the one already open to the front. */
	void open(EditorInput input, String label);

	/** Closes an editor, for example when its object is not in the workspace any more. */
	void close(MPart editor);
}
