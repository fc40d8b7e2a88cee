package io.cartograph.ui.landscape;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.model.ModelFile;
import io.cartograph.model.landscape.Identified;

/**
 * What an editor shows, as a string that survives a restart: a landscape object by its UUID, or
 * a settings page by name. An editor part keeps it in its persisted state.
 */
public record EditorInput(String key) {

	private static final String OBJECT = "object:";
	private static final String SETTINGS = "settings:";

	public EditorInput {
		if (key == null || !(key.startsWith(OBJECT) || key.startsWith(SETTINGS))) {
			throw new IllegalArgumentException("Not an editor input: " + key);
		}
	}

	public static EditorInput of(EObject object) {
		if (!(object instanceof Identified identified) || identified.getUuid() == null) {
			throw new IllegalArgumentException("Only objects with a UUID can be opened: " + object);
		}
		return new EditorInput(OBJECT + identified.getUuid());
	}

	public static EditorInput of(SettingsPage page) {
		return new EditorInput(SETTINGS + page.name());
	}

	/** Parses a persisted key; empty when it is missing or not one of ours. */
	public static Optional<EditorInput> parse(String key) {
		try {
			return Optional.of(new EditorInput(key));
		} catch (IllegalArgumentException notOurs) {
			return Optional.empty();
		}
	}

	/**
	 * The object or settings page this input stands for in the model, or empty when the model
	 * does not hold it (another workspace, or the object was deleted).
	 */
	public Optional<Object> resolve(LandscapeModel model) {
		if (key.startsWith(SETTINGS)) {
			try {
				return Optional.of(SettingsPage.valueOf(key.substring(SETTINGS.length())));
			} catch (IllegalArgumentException unknownPage) {
				return Optional.empty();
			}
		}
		String uuid = key.substring(OBJECT.length());
		for (ModelFile file : ModelFile.values()) {
			Resource resource = model.resource(file);
			EObject found = resource == null ? null : resource.getEObject(uuid);
			if (found != null && found.eResource() == resource) {
				return Optional.of(found);
			}
		}
		return Optional.empty();
	}
}
