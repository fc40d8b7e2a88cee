package io.cartograph.policy.lint;

import java.util.Locale;
import java.util.regex.Pattern;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import io.cartograph.model.landscape.Policy;
import io.cartograph.policy.types.TypedPolicy;

/**
 * Credentials typed into policy XML: they end up in every export, in version control and in the
 * tenant's policy editor. Messages never repeat the value.
 */
final class CredentialCheck {

	/** Names of headers, parameters and variables that carry credentials. */
	private static final Pattern SECRET_NAME = Pattern.compile(
			"(?i).*(password|passwd|secret|api[-_]?key|apikey|client[-_]?secret|access[-_]?token|authorization).*");
	/** Elements whose text is a credential when written literally. */
	private static final Pattern SECRET_ELEMENT = Pattern.compile("(?i)password|clientsecret|secret|apikey");

	private CredentialCheck() {
	}

	static void check(ProxyView view, Findings findings) {
		view.typed.forEach((policy, typed) -> {
			if (typed.wellFormed()) {
				walk(policy, typed, typed.root().get(), findings);
			}
		});
	}

	private static void walk(Policy policy, TypedPolicy typed, Element element, Findings findings) {
		String name = TypedPolicy.name(element);
		String what = literal(typed, element, name);
		if (what != null) {
			findings.add(LintRules.CREDENTIAL_LITERAL, policy.getName() + " has " + what
					+ " written into its XML: it is visible to everyone who sees the proxy or its exports. Store it in an"
					+ " encrypted key value map, read it with KeyValueMapOperations into a private.* variable and refer to"
					+ " that variable instead.", typed.file(), element, policy);
			return;
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				walk(policy, typed, childElement, findings);
			}
		}
	}

	/** What kind of credential the element holds literally, or null. */
	private static String literal(TypedPolicy typed, Element element, String name) {
		if (hasChildElements(element)) {
			if (name.equals("AssignVariable")) {
				String variable = TypedPolicy.children(element, "Name").stream().map(n -> n.getTextContent().strip())
						.findFirst().orElse("");
				boolean literalValue = TypedPolicy.children(element, "Value").stream()
						.anyMatch(value -> isLiteral(value.getTextContent()));
				return literalValue && SECRET_NAME.matcher(variable).matches() ? "a literal value for " + variable : null;
			}
			return null;
		}
		String text = element.getTextContent();
		if (!isLiteral(text) || TypedPolicy.attribute(element, "ref").isPresent()) {
			return null;
		}
		String headerName = TypedPolicy.attribute(element, "name").orElse("");
		if (name.equals("Header") || name.equals("QueryParam") || name.equals("FormParam")) {
			String lower = headerName.toLowerCase(Locale.ROOT);
			if (lower.equals("authorization") || lower.equals("proxy-authorization")) {
				String value = text.strip().toLowerCase(Locale.ROOT);
				return value.startsWith("basic ") ? "a Basic Authorization header value"
						: value.startsWith("bearer ") ? "a bearer token" : "an Authorization header value";
			}
			return SECRET_NAME.matcher(headerName).matches() ? "a literal value for " + name + " " + headerName : null;
		}
		if (typed.type().equals("BasicAuthentication") && name.equals("Password")) {
			return "a password";
		}
		if (typed.type().equals("VerifyAPIKey") && name.equals("APIKey")) {
			return "an API key";
		}
		if (typed.type().equals("OAuthV2")) {
			return null; // its elements name variables to read from, not values
		}
		return SECRET_ELEMENT.matcher(name).matches() ? "a literal " + name : null;
	}

	/** Text that is a value as written: not empty and not (only) a {variable} reference. */
	private static boolean isLiteral(String text) {
		String value = text == null ? "" : text.strip();
		return !value.isEmpty() && !value.contains("{");
	}

	private static boolean hasChildElements(Element element) {
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element) {
				return true;
			}
		}
		return false;
	}
}
