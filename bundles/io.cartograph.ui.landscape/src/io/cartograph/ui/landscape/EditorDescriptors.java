package io.cartograph.ui.landscape;

import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;

import io.cartograph.ui.landscape.editors.LandscapeEditorPart;

/**
 * Which part descriptor edits a kind of object. Other bundles bring dedicated editors (the
 * policy XML editor, the proxy flow editor) by giving their part descriptor the persisted state
 * {@value #EDITOR_FOR}: the names of the model classes it edits, comma separated. Every other
 * object opens in the landscape editor's forms.
 */
public final class EditorDescriptors {

	/** Persisted state key of a part descriptor: the model classes (EClass names) it edits. */
	public static final String EDITOR_FOR = "io.cartograph.ui.landscape.editorFor";

	private EditorDescriptors() {
	}

	/** The descriptor id for objects of the class; the landscape editor when no other claims it. */
	public static String of(List<MPartDescriptor> descriptors, String className) {
		for (MPartDescriptor descriptor : descriptors) {
			String classes = descriptor.getPersistedState().get(EDITOR_FOR);
			if (classes != null && Arrays.stream(classes.split(",")).map(String::trim).anyMatch(className::equals)) {
				return descriptor.getElementId();
			}
		}
		return LandscapeEditorPart.DESCRIPTOR_ID;
	}
}
