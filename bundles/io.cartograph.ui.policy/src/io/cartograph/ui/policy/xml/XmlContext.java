package io.cartograph.ui.policy.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the cursor is in a policy being typed, which is usually not well-formed yet: the
 * elements open around it (outermost first), and whether it is after "&lt;" (an element name is
 * wanted), inside a start tag (an attribute), or in content. Found by reading the text before
 * the cursor, skipping comments, CDATA and quoted values.
 */
record XmlContext(List<String> open, Place place, String prefix, String tag, Set<String> attributesPresent) {

	enum Place {
		ELEMENT_NAME, ATTRIBUTE, CONTENT, ELSEWHERE
	}

	static XmlContext at(String text, int offset) {
		List<String> open = new ArrayList<>();
		int i = 0;
		while (i < offset) {
			if (text.startsWith("<!--", i)) {
				int end = text.indexOf("-->", i + 4);
				if (end < 0 || end + 3 > offset) {
					return new XmlContext(open, Place.ELSEWHERE, "", null, Set.of());
				}
				i = end + 3;
			} else if (text.startsWith("<![CDATA[", i)) {
				int end = text.indexOf("]]>", i + 9);
				if (end < 0 || end + 3 > offset) {
					return new XmlContext(open, Place.ELSEWHERE, "", null, Set.of());
				}
				i = end + 3;
			} else if (text.startsWith("<?", i)) {
				int end = text.indexOf("?>", i + 2);
				if (end < 0 || end + 2 > offset) {
					return new XmlContext(open, Place.ELSEWHERE, "", null, Set.of());
				}
				i = end + 2;
			} else if (text.charAt(i) == '<') {
				boolean closing = i + 1 < text.length() && text.charAt(i + 1) == '/';
				int nameStart = closing ? i + 2 : i + 1;
				int nameEnd = nameStart;
				while (nameEnd < offset && isNameChar(text.charAt(nameEnd))) {
					nameEnd++;
				}
				String name = text.substring(nameStart, nameEnd);
				if (nameEnd == offset) {
					return new XmlContext(open, closing ? Place.ELSEWHERE : Place.ELEMENT_NAME, name, null, Set.of());
				}
				TagEnd end = tagEnd(text, nameEnd, offset);
				if (end == null) {
					return closing ? new XmlContext(open, Place.ELSEWHERE, "", null, Set.of())
							: inTag(text, open, name, nameEnd, offset);
				}
				if (closing) {
					int at = open.lastIndexOf(name);
					if (at >= 0) {
						open.subList(at, open.size()).clear();
					}
				} else if (!end.empty()) {
					open.add(name);
				}
				i = end.after();
			} else {
				i++;
			}
		}
		return new XmlContext(open, Place.CONTENT, "", null, Set.of());
	}

	private record TagEnd(int after, boolean empty) {
	}

	/** The end of a tag starting before from, if it ends before limit (quotes may hold '>'). */
	private static TagEnd tagEnd(String text, int from, int limit) {
		char quote = 0;
		for (int i = from; i < limit; i++) {
			char c = text.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
			} else if (c == '"' || c == '\'') {
				quote = c;
			} else if (c == '>') {
				return new TagEnd(i + 1, text.charAt(i - 1) == '/');
			}
		}
		return null;
	}

	/** The cursor is in a start tag: in a value (elsewhere) or where an attribute name goes. */
	private static XmlContext inTag(String text, List<String> open, String tag, int from, int offset) {
		Set<String> present = new TreeSet<>();
		char quote = 0;
		int nameStart = -1;
		for (int i = from; i < offset; i++) {
			char c = text.charAt(i);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
			} else if (c == '"' || c == '\'') {
				quote = c;
			} else if (isNameChar(c)) {
				if (nameStart < 0) {
					nameStart = i;
				}
				continue;
			} else if (c == '=' && nameStart >= 0) {
				present.add(text.substring(nameStart, i).trim());
			}
			nameStart = -1;
		}
		if (quote != 0) {
			return new XmlContext(open, Place.ELSEWHERE, "", tag, present);
		}
		String prefix = nameStart < 0 ? "" : text.substring(nameStart, offset);
		return new XmlContext(open, Place.ATTRIBUTE, prefix, tag, present);
	}

	static boolean isNameChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':';
	}
}
