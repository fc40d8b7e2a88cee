package io.cartograph.core.model;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMISaveImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;

import org.xml.sax.helpers.DefaultHandler;

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

	/** One model file in memory; tells a listener about every change made to its objects. */
	static final class LandscapeResource extends XMIResourceImpl {

		private Consumer<Notification> changes = change -> { };

		LandscapeResource(URI uri) {
			super(uri);
			setIntrinsicIDToEObjectMap(new HashMap<>());
		}

		/** Called with every change (not mere touches) once modification tracking is on. */
		void onChange(Consumer<Notification> listener) {
			changes = listener;
		}

		/**
		 * XML 1.1 readers turn a raw NEL or LINE SEPARATOR into a line feed, so these two are
		 * written as character references to come back as they were.
		 */
		@Override
		protected XMLSave createXMLSave() {
			return new XMISaveImpl(createXMLHelper()) {
				@Override
				protected String getDatatypeValue(Object value, EStructuralFeature feature, boolean isAttribute) {
					String text = super.getDatatypeValue(value, feature, isAttribute);
					return text == null ? null : text.replace("\u0085", "&#x85;").replace("\u2028", "&#x2028;");
				}
			};
		}

		@Override
		protected XMLLoad createXMLLoad() {
			return new XMILoadImpl(createXMLHelper()) {
				@Override
				protected DefaultHandler makeDefaultHandler() {
					LoadedTargets targets = new LoadedTargets(resource);
					return new SAXXMIHandler(resource, helper, options) {
						@Override
						protected void setAttribValue(EObject object, String name, String value) {
							if (!LegacyAttributes.read(object, name, value)) {
								super.setAttribValue(object, name, value);
							}
						}

						@Override
						protected void setValueFromId(EObject object, EReference reference, String ids) {
							if (!targets.connect(object, reference, ids)) {
								super.setValueFromId(object, reference, ids);
							}
						}
					};
				}
			};
		}

		@Override
		protected XMLHelper createXMLHelper() {
			return new XMIHelperImpl(this) {
				private final Map<Resource, String> prefixes = new HashMap<>();

				/**
				 * A reference into another model file, {@code file.xmi#uuid}, as EMF would write it,
				 * but without building and interning a URI for each of the million references a
				 * large interface catalog holds (a third of the save time otherwise).
				 */
				@Override
				public String getHREF(EObject target) {
					if (((InternalEObject) target).eProxyURI() == null) {
						Resource other = target.eResource();
						String id = EcoreUtil.getID(target);
						if (other != null && other != resource && id != null) {
							return prefixes.computeIfAbsent(other, file -> deresolve(file.getURI()).toString() + "#") + id;
						}
					}
					return super.getHREF(target);
				}

				@Override
				protected Object createFromString(EFactory factory, EDataType type, String value) {
					if (type == EcorePackage.Literals.EDATE) {
						Date date = SavedDates.parse(value);
						if (date != null) {
							return date;
						}
					}
					return super.createFromString(factory, type, value);
				}
			};
		}

		@Override
		protected Adapter createModificationTrackingAdapter() {
			return new ModificationTrackingAdapter() {
				@Override
				public void notifyChanged(Notification notification) {
					super.notifyChanged(notification);
					if (!notification.isTouch()) {
						changes.accept(notification);
					}
				}
			};
		}
	}

	static ResourceSet newResourceSet() {
		ResourceSetImpl resources = new ResourceSetImpl();
		resources.setURIResourceMap(new HashMap<>());
		resources.getPackageRegistry().put(LandscapePackage.eNS_URI, LandscapePackage.eINSTANCE);
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl() {
			@Override
			public Resource createResource(URI uri) {
				return new LandscapeResource(uri);
			}
		});
		resources.getLoadOptions().putAll(loadOptions());
		return resources;
	}

	/** Also passed to every explicit {@code load}: the resource set's options only apply to demand loads. */
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
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		return options;
	}

	static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		// XML 1.1 can carry the control characters harvested text sometimes holds (escaped);
		// XML 1.0 cannot, and the file could not be saved.
		options.put(XMLResource.OPTION_XML_VERSION, "1.1");
		options.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
		// References into other files as attributes (sender="landscape.xmi#<uuid>") rather than
		// one element each: an interface reads as one block, and the catalog loads faster.
		options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
		options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		// A reference to an object that was deleted is dropped rather than failing the save.
		options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_RECORD);
		return options;
	}
}
