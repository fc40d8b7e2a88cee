package io.cartograph.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.osgi.framework.FrameworkUtil;

/** A UI bundle's fragment.e4xmi, read as the workbench reads it, for the bundle's FragmentTest. */
public final class BundleFragment {

	private BundleFragment() {
	}

	/** The fragment.e4xmi of the bundle a test fragment's class belongs to (the host's, as it sees it). */
	public static MModelFragments load(Class<?> testClass) throws IOException {
		ResourceSetImpl resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new XMIResourceFactoryImpl());
		Resource resource = resources.createResource(URI.createURI("memory:/fragment.e4xmi"));
		try (InputStream in = testClass.getResourceAsStream("/fragment.e4xmi")) {
			if (in == null) {
				throw new AssertionError("fragment.e4xmi is not in the bundle");
			}
			resource.load(in, Map.of());
		}
		if (!resource.getErrors().isEmpty()) {
			throw new AssertionError(resource.getErrors().toString());
		}
		return (MModelFragments) resource.getContents().get(0);
	}

	/**
	 * Checks that a {@code bundleclass://bundle/class} contribution names {@code bundle} and that
	 * the class loads from the bundle of {@code testClass}.
	 */
	public static void assertLoads(Class<?> testClass, String bundle, String contributionUri) throws ClassNotFoundException {
		String[] parts = contributionUri.substring("bundleclass://".length()).split("/", 2);
		if (!bundle.equals(parts[0])) {
			throw new AssertionError("expected a class of " + bundle + ", not " + contributionUri);
		}
		if (FrameworkUtil.getBundle(testClass).loadClass(parts[1]) == null) {
			throw new AssertionError(parts[1] + " does not load");
		}
	}
}
