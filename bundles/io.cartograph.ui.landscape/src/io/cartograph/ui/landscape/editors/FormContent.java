package io.cartograph.ui.landscape.editors;

/** The fields of one kind of editor, put onto a form whose target is the edited object. */
interface FormContent {

	void fill(Form form);
}
