package io.cartograph.core.model;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

import io.cartograph.model.landscape.LandscapePackage;

/**
 * How landscape files are read and written: XMI, objects found by their UUID (the ID attribute)
 * through a map rather than a search, so that a cross-file reference costs a lookup even in a
 * workspace with 100,000 interfaces.
 */
final class LandscapeResources {

	private static final XMLParserPoolImpl PARSERS = new XMLParserPoolImpl(true);

	private LandscapeResources() {
	}

	static ResourceSet newResourceSet() {
		ResourceSet resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(LandscapePackage.eNS_URI, LandscapePackage.eINSTANCE);
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl() {
			@Override
			public Resource createResource(URI uri) {
				XMIResourceImpl resource = new XMIResourceImpl(uri);
				resource.setIntrinsicIDToEObjectMap(new HashMap<>());
				return resource;
			}
		});
		resources.getLoadOptions().putAll(loadOptions());
		return resources;
	}

	static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSERS);
		options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		// Nobody listens while a file loads: build the tree silently and attach it once at the end
		// (about a third less CPU for 100,000 interfaces, see docs/sample-and-benchmark.md).
		options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
		options.put(XMLResource.OPTION_DISABLE_NOTIFY, Boolean.TRUE);
		// No DTDs and no external entities: a workspace file can never make us fetch or read anything else.
		Map<String, Object> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		return options;
	}

	static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new java.util.ArrayList<>());
		options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_RECORD);
		return options;
	}
}
