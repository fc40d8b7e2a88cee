package io.cartograph.core.model;

import java.util.UUID;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import io.cartograph.model.landscape.Identified;

/**
 * Gives every landscape object its stable UUID. Objects get one when they are created through
 * {@link #create}, else when they join an open {@link LandscapeModel} (by a command or directly;
 * a pasted copy gets a new one), and at the latest when they are saved.
 */
public final class Identities {

	private Identities() {
	}

	/** A new object of the given class, with its UUID already set. */
	public static <T extends EObject> T create(EClass type, Class<T> javaType) {
		EObject object = type.getEPackage().getEFactoryInstance().create(type);
		ensure(object);
		return javaType.cast(object);
	}

	/** Sets a UUID on the object if it has none; returns it. */
	public static EObject ensure(EObject object) {
		if (object instanceof Identified identified && (identified.getUuid() == null || identified.getUuid().isEmpty())) {
			identified.setUuid(UUID.randomUUID().toString());
		}
		return object;
	}

	/** The object and everything it contains get a UUID where they lack one. */
	public static void ensureTree(EObject root) {
		ensure(root);
		for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
			ensure(contents.next());
		}
	}

	public static void ensureAll(Resource resource) {
		for (EObject root : resource.getContents()) {
			ensureTree(root);
		}
	}
}
