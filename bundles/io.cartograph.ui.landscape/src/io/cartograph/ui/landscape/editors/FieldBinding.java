package io.cartograph.ui.landscape.editors;

/** A widget that shows one thing of the form's target and changes it through commands. */
interface FieldBinding {

	/** Shows the model's current value (after a command, an undo, or a new target). */
	void refresh();
}
