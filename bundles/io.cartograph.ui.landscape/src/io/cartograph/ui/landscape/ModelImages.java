package io.cartograph.ui.landscape;

import java.net.URL;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * The item providers' icons as SWT images. Item providers hand out URLs; the images made from
 * them belong to one control and are disposed with it.
 */
public final class ModelImages {

	private final LocalResourceManager resources;
	private AdapterFactory adapters;

	public ModelImages(Control owner) {
		resources = new LocalResourceManager(JFaceResources.getResources(), owner);
	}

	/** The adapter factory of the model whose objects are shown (it changes with the workspace). */
	public void use(AdapterFactory adapterFactory) {
		adapters = adapterFactory;
	}

	/** The object's icon, or null when it has none. */
	public Image of(Object element) {
		URL url = urlOf(element);
		return url == null ? null : resources.create(ImageDescriptor.createFromURL(url));
	}

	/** Where the object's icon is, as item providers say; null when it has none. */
	public URL urlOf(Object element) {
		if (adapters == null || !(element instanceof EObject)) {
			return null;
		}
		Object provider = adapters.adapt(element, IItemLabelProvider.class);
		if (provider instanceof IItemLabelProvider labels && labels.getImage(element) instanceof URL url) {
			return url;
		}
		return null;
	}
}
