package io.cartograph.policy.types;

/** What an attribute value or an element's text may hold. */
public enum ValueType {
	/** Any text. */
	STRING,
	/** {@code true} or {@code false}. */
	BOOLEAN,
	/** A whole number (zero or more). */
	INTEGER,
	/** The name of a flow variable, e.g. {@code request.header.apikey}. */
	VARIABLE_REF,
	/** Text in which {@code {variable}} is replaced at run time. */
	TEMPLATE,
	/** One of the values listed in the spec ({@code allowed}). */
	ENUM,
	/** An http(s) URL, possibly with {@code {variable}} parts. */
	URL,
	/** An IPv4 or IPv6 address (AccessControl source addresses). */
	IP_ADDRESS,
	/** A resource reference such as {@code jsc://check.js}. */
	RESOURCE_URL,
	/** A rate such as {@code 30ps} or {@code 100pm}. */
	RATE;

	/**
	 * Whether the text is a valid value of this type. Values built from a variable
	 * ({@code {name}}) are taken as valid: only the run time knows them.
	 */
	public boolean accepts(String value, java.util.List<String> allowed) {
		String text = value == null ? "" : value.strip();
		if (text.contains("{")) {
			return true;
		}
		return switch (this) {
		case BOOLEAN -> text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
		case INTEGER -> text.matches("\\d{1,18}");
		case ENUM -> allowed.isEmpty() || allowed.stream().anyMatch(text::equalsIgnoreCase);
		case RATE -> text.matches("\\d+\\s*p[sm]");
		case RESOURCE_URL -> text.matches("[a-z]+://[^\\s]+");
		case VARIABLE_REF -> text.matches("[A-Za-z_][\\w.\\-]*(\\[\\d+])?");
		default -> true;
		};
	}

	/** How to say what is expected in a problem message. */
	public String expected(java.util.List<String> allowed) {
		return switch (this) {
		case BOOLEAN -> "true or false";
		case INTEGER -> "a whole number";
		case ENUM -> "one of " + String.join(", ", allowed);
		case RATE -> "a rate such as 30ps (per second) or 100pm (per minute)";
		case RESOURCE_URL -> "a resource reference such as jsc://check.js";
		case VARIABLE_REF -> "a flow variable name such as request.header.apikey";
		default -> "text";
		};
	}
}
