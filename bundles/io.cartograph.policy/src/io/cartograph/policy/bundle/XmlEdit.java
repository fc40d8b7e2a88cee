package io.cartograph.policy.bundle;

import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import io.cartograph.policy.xml.Elements;

/**
 * Changes to a kept document that leave everything around them alone: new elements take the
 * namespace of their parent and the indentation of their siblings.
 */
final class XmlEdit {

	private XmlEdit() {
	}

	static Element create(Element parent, String name) {
		return parent.getOwnerDocument().createElementNS(parent.getNamespaceURI(), name);
	}

	/** The named child, appended at the end when absent. */
	static Element ensure(Element parent, String name) {
		Element child = Elements.child(parent, name);
		if (child == null) {
			child = create(parent, name);
			append(parent, child);
		}
		return child;
	}

	static void setText(Element element, String text) {
		element.setTextContent(text == null ? "" : text);
	}

	/** Sets the named child's text, creating the child when needed; null removes it unless {@code keepEmpty}. */
	static void setChildText(Element parent, String name, String text, boolean keepEmpty) {
		Element child = Elements.child(parent, name);
		if (text == null && !keepEmpty) {
			remove(child);
			return;
		}
		setText(child == null ? ensure(parent, name) : child, text);
	}

	/** Appends with a line break and an indentation one level deeper than the parent's. */
	static void append(Element parent, Node child) {
		String inner = indentOf(parent) + unit(parent);
		Node last = parent.getLastChild();
		if (last != null && last.getNodeType() == Node.TEXT_NODE && last.getTextContent().isBlank()) {
			parent.insertBefore(parent.getOwnerDocument().createTextNode("\n" + inner), last);
			parent.insertBefore(child, last);
		} else {
			parent.appendChild(parent.getOwnerDocument().createTextNode("\n" + inner));
			parent.appendChild(child);
			parent.appendChild(parent.getOwnerDocument().createTextNode("\n" + indentOf(parent)));
		}
	}

	/** Inserts before {@code next} (or appends when null), indented like {@code next}. */
	static void insertBefore(Element parent, Node child, Node next) {
		if (next == null) {
			append(parent, child);
			return;
		}
		parent.insertBefore(child, next);
		parent.insertBefore(parent.getOwnerDocument().createTextNode("\n" + indentOf(parent) + unit(parent)), next);
	}

	/** Removes the element and the indentation before it. */
	static void remove(Node node) {
		if (node == null || node.getParentNode() == null) {
			return;
		}
		Node before = node.getPreviousSibling();
		if (before != null && before.getNodeType() == Node.TEXT_NODE && before.getTextContent().isBlank()) {
			before.getParentNode().removeChild(before);
		}
		node.getParentNode().removeChild(node);
	}

	static void removeAll(List<Element> elements) {
		elements.forEach(XmlEdit::remove);
	}

	/** The whitespace after the last line break before the element. */
	static String indentOf(Node element) {
		Node before = element.getPreviousSibling();
		if (before != null && before.getNodeType() == Node.TEXT_NODE) {
			String text = before.getTextContent();
			int lineBreak = text.lastIndexOf('\n');
			if (lineBreak >= 0 && text.substring(lineBreak + 1).isBlank()) {
				return text.substring(lineBreak + 1);
			}
		}
		return "";
	}

	/** One level of indentation as the document uses it (tabs or four spaces). */
	private static String unit(Element element) {
		String indent = indentOf(element);
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.TEXT_NODE) {
				String text = child.getTextContent();
				int lineBreak = text.lastIndexOf('\n');
				String inner = lineBreak >= 0 ? text.substring(lineBreak + 1) : "";
				if (inner.length() > indent.length() && inner.startsWith(indent)) {
					return inner.substring(indent.length());
				}
			}
		}
		return "    ";
	}

	/**
	 * The written document with the kept file's own start: its byte order mark, XML declaration and
	 * the line break after it (or no declaration when it had none), instead of the serializer's; and
	 * its line break at the end.
	 */
	static String withKeptProlog(String kept, String written) {
		String body = written;
		if (body.startsWith("<?xml")) {
			body = body.substring(body.indexOf("?>") + 2).replaceFirst("^\\R", "");
		}
		String lineEnd = kept.endsWith("\r\n") ? "\r\n" : kept.endsWith("\n") ? "\n" : "";
		if (!body.endsWith("\n")) {
			body += lineEnd;
		}
		int start = kept.startsWith("\uFEFF") ? 1 : 0;
		if (!kept.startsWith("<?xml", start)) {
			return kept.substring(0, start) + body;
		}
		int end = kept.indexOf("?>", start) + 2;
		int after = end;
		while (after < kept.length() && (kept.charAt(after) == '\r' || kept.charAt(after) == '\n')) {
			after++;
		}
		return kept.substring(0, after) + body;
	}
}
