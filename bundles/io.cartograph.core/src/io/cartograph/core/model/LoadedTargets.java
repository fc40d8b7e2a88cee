package io.cartograph.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Connects references into model files that are already loaded straight to their objects while
 * a file loads, instead of leaving a proxy to be resolved later.
 * <p>
 * An interface catalog holds about a dozen references per interface into the landscape and data
 * source files. EMF would make a placeholder object and a URI for each, keep them until something
 * reads the reference, then look the target up: for 100,000 interfaces that is over a million
 * short-lived objects and most of the load time. The files are loaded in an order where targets
 * come first ({@link LandscapeModel}), so almost every reference finds its object here by UUID.
 * Anything unusual (a file not loaded yet, an unknown UUID, an object of the wrong type) is left
 * to EMF, which makes a proxy as before, so that validation reports it.
 */
final class LoadedTargets {

	private final Resource loading;
	private final Map<String, ResourceImpl> filesByName = new HashMap<>();

	LoadedTargets(Resource loading) {
		this.loading = loading;
	}

	/**
	 * Sets {@code reference} of {@code object} from an attribute value such as
	 * {@code "landscape.xmi#<uuid> landscape.xmi#<uuid>"}.
	 *
	 * @return false, touching nothing, when any of the values is not an object of a loaded file
	 */
	boolean connect(EObject object, EReference reference, String values) {
		if (reference.isContainment() || reference.getEOpposite() != null) {
			return false;
		}
		List<EObject> targets = new ArrayList<>(reference.isMany() ? 4 : 1);
		StringTokenizer tokens = new StringTokenizer(values);
		while (tokens.hasMoreTokens()) {
			EObject target = find(tokens.nextToken());
			if (target == null || !reference.getEReferenceType().isInstance(target)) {
				return false;
			}
			targets.add(target);
		}
		if (targets.isEmpty() || (!reference.isMany() && targets.size() > 1)) {
			return false;
		}
		if (reference.isMany()) {
			@SuppressWarnings("unchecked")
			InternalEList<EObject> list = (InternalEList<EObject>) object.eGet(reference, false);
			for (EObject target : targets) {
				if (!list.basicContains(target)) {
					list.addUnique(target);
				}
			}
		} else {
			object.eSet(reference, targets.get(0));
		}
		return true;
	}

	private EObject find(String value) {
		int hash = value.indexOf('#');
		if (hash <= 0 || hash == value.length() - 1) {
			return null;
		}
		ResourceImpl file = filesByName.computeIfAbsent(value.substring(0, hash), this::loadedFile);
		if (file == null) {
			return null;
		}
		// Straight to the UUID index (LandscapeResource keeps one) rather than through getEObject,
		// which first works out what kind of fragment it was given.
		Map<String, EObject> byUuid = file.getIntrinsicIDToEObjectMap();
		return byUuid != null ? byUuid.get(value.substring(hash + 1)) : file.getEObject(value.substring(hash + 1));
	}

	/** The loaded model file a relative file name names, or null. */
	private ResourceImpl loadedFile(String name) {
		ResourceSet set = loading.getResourceSet();
		URI uri = URI.createURI(name);
		if (set == null || !uri.isRelative() || uri.hasFragment()) {
			return null;
		}
		Resource file = set.getResource(uri.resolve(loading.getURI()), false);
		return file instanceof ResourceImpl loaded && file != loading && file.isLoaded() ? loaded : null;
	}
}
