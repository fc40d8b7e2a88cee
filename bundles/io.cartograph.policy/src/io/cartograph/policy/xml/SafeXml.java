package io.cartograph.policy.xml;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Reads XML into a DOM without ever resolving anything from outside: a DOCTYPE is refused (so no
 * entity can be declared, no DTD fetched, no billion laughs), external entities and schemas are
 * off. Every element remembers the line and column just after its start tag ({@link #location}),
 * so a problem found later in the tree can be shown at its place.
 */
public final class SafeXml {

	private static final String LOCATION = "cartograph.location";

	/** Configured once per thread: making and configuring a factory costs more than a small policy's parse. */
	private static final ThreadLocal<SAXParserFactory> FACTORIES = ThreadLocal.withInitial(() -> {
		try {
			return parserFactory();
		} catch (ParserConfigurationException | SAXException e) {
			throw new IllegalStateException("The XML parser cannot be made safe: " + e.getMessage(), e);
		}
	});

	private SafeXml() {
	}

	/**
	 * @param file what to call the text in a problem (a path inside a bundle, a policy name)
	 * @throws XmlParseException with the line and column of the first error
	 */
	public static Document parse(String file, String text) throws XmlParseException {
		try {
			SAXParser parser = FACTORIES.get().newSAXParser();
			DomBuilder builder = new DomBuilder(newDocument());
			parser.getXMLReader().setProperty("http://xml.org/sax/properties/lexical-handler", builder);
			parser.parse(new InputSource(new StringReader(text)), builder);
			return builder.document;
		} catch (SAXParseException e) {
			throw new XmlParseException(new XmlProblem(file, Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber()),
					message(e)), e);
		} catch (SAXException | IOException | ParserConfigurationException e) {
			throw new XmlParseException(new XmlProblem(file, 0, 0, "Cannot read the XML: " + e.getMessage()), e);
		}
	}

	/** Just after the element's start tag, as the parser saw it; 0:0 for elements made in code. */
	public static TextLocation location(Node node) {
		Object location = node == null ? null : node.getUserData(LOCATION);
		return location instanceof TextLocation known ? known : TextLocation.UNKNOWN;
	}

	/** The document as text, with an XML declaration, indented as it is (no reformatting). */
	public static String write(Document document) {
		try {
			var transformer = TransformerFactory.newDefaultInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.setOutputProperty(OutputKeys.STANDALONE, "yes");
			StringWriter out = new StringWriter();
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toString();
		} catch (TransformerException e) {
			throw new IllegalStateException("Cannot write XML: " + e.getMessage(), e);
		}
	}

	/** An empty, namespace-aware document to build XML in code. */
	public static Document newDocument() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder().newDocument();
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException(e);
		}
	}

	private static SAXParserFactory parserFactory() throws ParserConfigurationException, SAXException {
		SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
		factory.setNamespaceAware(true);
		factory.setValidating(false);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		factory.setXIncludeAware(false);
		return factory;
	}

	private static String message(SAXParseException e) {
		String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
		if (message.contains("DOCTYPE is disallowed")) {
			return "DOCTYPE declarations are not allowed (they could pull in external entities)";
		}
		return message;
	}

	/** Builds the DOM from SAX events, keeping comments, CDATA as text, and each element's place. */
	private static final class DomBuilder extends DefaultHandler2 {

		final Document document;
		private final Deque<Node> open = new ArrayDeque<>();
		private Locator locator;
		private boolean inCdata;

		DomBuilder(Document document) {
			this.document = document;
			open.push(document);
		}

		@Override
		public void setDocumentLocator(Locator locator) {
			this.locator = locator;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			Element element = document.createElementNS(uri == null || uri.isEmpty() ? null : uri, qName);
			for (int i = 0; i < attributes.getLength(); i++) {
				String attributeUri = attributes.getURI(i);
				String name = attributes.getQName(i);
				if (name.equals("xmlns") || name.startsWith("xmlns:")) {
					element.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, name, attributes.getValue(i));
				} else {
					element.setAttributeNS(attributeUri == null || attributeUri.isEmpty() ? null : attributeUri, name,
							attributes.getValue(i));
				}
			}
			if (locator != null) {
				element.setUserData(LOCATION, new TextLocation(locator.getLineNumber(), locator.getColumnNumber()), null);
			}
			open.peek().appendChild(element);
			open.push(element);
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			open.pop();
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			Node parent = open.peek();
			if (parent == document) {
				return; // whitespace outside the root element
			}
			String text = new String(ch, start, length);
			parent.appendChild(inCdata ? document.createCDATASection(text) : document.createTextNode(text));
		}

		@Override
		public void ignorableWhitespace(char[] ch, int start, int length) {
			characters(ch, start, length);
		}

		@Override
		public void comment(char[] ch, int start, int length) {
			open.peek().appendChild(document.createComment(new String(ch, start, length)));
		}

		@Override
		public void startCDATA() {
			inCdata = true;
		}

		@Override
		public void endCDATA() {
			inCdata = false;
		}
	}
}
