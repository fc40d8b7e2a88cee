package io.cartograph.ui.policy.xml;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/**
 * Splits policy XML into coloured pieces: tags, attribute names, attribute values, comments,
 * CDATA and text. The reconciler always colours the whole policy (see the configuration), so
 * the scanner starts at the beginning and never has to guess whether it is inside a comment.
 */
final class XmlColours implements ITokenScanner {

	static final Color TAG = new Color(0x1f, 0x3f, 0x9f);
	static final Color ATTRIBUTE = new Color(0x8a, 0x2b, 0x8a);
	static final Color VALUE = new Color(0x1a, 0x7f, 0x37);
	static final Color COMMENT = new Color(0x80, 0x80, 0x80);
	static final Color CDATA = new Color(0x9a, 0x5a, 0x00);

	final IToken tag = new Token(new TextAttribute(TAG, null, SWT.BOLD));
	final IToken attribute = new Token(new TextAttribute(ATTRIBUTE));
	final IToken value = new Token(new TextAttribute(VALUE));
	final IToken comment = new Token(new TextAttribute(COMMENT, null, SWT.ITALIC));
	final IToken cdata = new Token(new TextAttribute(CDATA));
	final IToken text = new Token(null);

	private record Piece(int offset, int length, IToken token) {
	}

	private final List<Piece> pieces = new ArrayList<>();
	private int next;
	private Piece current;

	@Override
	public void setRange(IDocument document, int offset, int length) {
		pieces.clear();
		next = 0;
		try {
			split(document.get(offset, length), offset);
		} catch (BadLocationException outside) {
			// A range beyond the document: nothing to colour.
		}
	}

	/** The pieces of a text, for tests and for the scanner. */
	List<IToken> tokensOf(String source) {
		pieces.clear();
		split(source, 0);
		return pieces.stream().map(Piece::token).toList();
	}

	private void split(String source, int base) {
		int i = 0;
		int n = source.length();
		while (i < n) {
			int start = i;
			if (source.startsWith("<!--", i)) {
				i = after(source, "-->", i + 4);
				add(base + start, i - start, comment);
			} else if (source.startsWith("<![CDATA[", i)) {
				i = after(source, "]]>", i + 9);
				add(base + start, i - start, cdata);
			} else if (source.charAt(i) == '<') {
				i = tag(source, i, base);
			} else {
				while (i < n && source.charAt(i) != '<') {
					i++;
				}
				add(base + start, i - start, text);
			}
		}
	}

	/** A start, end or processing-instruction tag with its attributes; returns where it ends. */
	private int tag(String source, int i, int base) {
		int n = source.length();
		int start = i;
		i++;
		while (i < n && (XmlContext.isNameChar(source.charAt(i)) || source.charAt(i) == '/' || source.charAt(i) == '?')) {
			i++;
		}
		add(base + start, i - start, tag);
		while (i < n && source.charAt(i) != '<') {
			char c = source.charAt(i);
			int from = i;
			if (c == '>' || c == '/' || c == '?') {
				i++;
				add(base + from, 1, tag);
				if (c == '>') {
					return i;
				}
			} else if (c == '"' || c == '\'') {
				int close = source.indexOf(c, i + 1);
				i = close < 0 ? n : close + 1;
				add(base + from, i - from, value);
			} else if (XmlContext.isNameChar(c)) {
				while (i < n && XmlContext.isNameChar(source.charAt(i))) {
					i++;
				}
				add(base + from, i - from, attribute);
			} else {
				i++;
				add(base + from, 1, text);
			}
		}
		return i;
	}

	private static int after(String source, String end, int from) {
		int at = source.indexOf(end, from);
		return at < 0 ? source.length() : at + end.length();
	}

	private void add(int offset, int length, IToken token) {
		if (length > 0) {
			pieces.add(new Piece(offset, length, token));
		}
	}

	@Override
	public IToken nextToken() {
		if (next >= pieces.size()) {
			current = null;
			return Token.EOF;
		}
		current = pieces.get(next++);
		return current.token();
	}

	@Override
	public int getTokenOffset() {
		return current.offset();
	}

	@Override
	public int getTokenLength() {
		return current.length();
	}
}
