package io.cartograph.connect.http;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Takes secrets out of text that goes to logs and error messages: the secret values a client
 * knows of (passwords, client secrets, API keys, tokens it received) and anything that looks like
 * a token or an Authorization value in an answer body.
 */
final class Redactor {

	static final String HIDDEN = "[hidden]";
	private static final int EXCERPT = 200;
	private static final Pattern TOKEN_FIELDS = Pattern.compile(
			"(\"(?:access_token|refresh_token|id_token|client_secret|password)\"\\s*:\\s*\")[^\"]*(\")",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern AUTH_VALUES = Pattern.compile("(?i)\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]+");

	private final List<String> secrets = new CopyOnWriteArrayList<>();

	/** Remembers a secret value to hide; short values are ignored to keep ordinary words intact. */
	void hide(String secret) {
		if (secret != null && secret.length() >= 4 && !secrets.contains(secret)) {
			secrets.add(secret);
		}
	}

	String clean(String text) {
		if (text == null) {
			return null;
		}
		String result = text;
		for (String secret : secrets) {
			result = result.replace(secret, HIDDEN);
		}
		result = TOKEN_FIELDS.matcher(result).replaceAll("$1" + HIDDEN + "$2");
		return AUTH_VALUES.matcher(result).replaceAll("$1 " + HIDDEN);
	}

	/** A short, single-line, cleaned excerpt of an answer body for an error message. */
	String excerpt(String body) {
		if (body == null || body.isBlank()) {
			return "(empty body)";
		}
		String line = body.replaceAll("\\s+", " ").strip();
		line = clean(line);
		return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT) + "...";
	}
}
