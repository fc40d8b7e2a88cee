package io.cartograph.policy.bundle;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Bytes of a bundle file as the model keeps them: text when they are valid UTF-8 (so that writing
 * the text back as UTF-8 gives the same bytes), Base64 otherwise.
 */
final class FileText {

	private FileText() {
	}

	/** The text, or null when the bytes are not UTF-8 (or contain NUL, which no text file of a bundle has). */
	static String utf8(byte[] bytes) {
		for (byte b : bytes) {
			if (b == 0) {
				return null;
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			return null;
		}
	}

	static byte[] bytes(String content, boolean binary) {
		if (content == null) {
			return new byte[0];
		}
		return binary ? Base64.getDecoder().decode(content) : content.getBytes(StandardCharsets.UTF_8);
	}

	static String base64(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}

	/** The text for the parser: a byte order mark is kept in the model but is not XML content. */
	static String forParser(String text) {
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}
}
