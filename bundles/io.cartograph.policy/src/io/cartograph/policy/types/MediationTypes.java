package io.cartograph.policy.types;

import static io.cartograph.policy.types.Spec.el;
import static io.cartograph.policy.types.Spec.ref;
import static io.cartograph.policy.types.Spec.root;

import java.util.List;

/** Policies that read, change or fetch messages and variables. */
final class MediationTypes {

	static final String[] KVM_SCOPES = { "environment", "organization", "apiproxy", "policy" };

	private MediationTypes() {
	}

	static List<PolicyType> all() {
		return List.of(keyValueMap(), assignMessage(), serviceCallout(), extractVariables(), javaScript());
	}

	private static Spec key() {
		return el("Key", "The entry's key, made of one or more parameters.").required()
				.children(ref("Parameter", "A part of the key; literal text or ref.").required().repeat());
	}

	private static PolicyType keyValueMap() {
		return new PolicyType("KeyValueMapOperations", root("KeyValueMapOperations",
				"Reads, writes or deletes entries of a key value map.")
				.attr("mapIdentifier", ValueType.STRING, "The name of the key value map.")
				.children(el("Scope", "Where the map lives.").oneOf(KVM_SCOPES),
						ref("MapName", "The map's name, when it is chosen at run time."),
						el("ExpiryTimeInSecs", "How long read values are cached, in seconds.").text(ValueType.INTEGER),
						el("ExclusiveCache", "Deprecated cache setting.").text(ValueType.BOOLEAN),
						el("InitialEntries", "Entries created when the map is first deployed.")
								.children(el("Entry", "One entry.").repeat().children(key(),
										el("Value", "A value.").repeat().text(ValueType.STRING))),
						el("Get", "Reads an entry into a variable.").repeat()
								.requiredAttr("assignTo", ValueType.VARIABLE_REF,
										"The variable to receive the value; use private.* for secrets.")
								.attr("index", ValueType.INTEGER, "Which value to read when the entry has several.")
								.children(key()),
						el("Put", "Writes an entry.").repeat()
								.attr("override", ValueType.BOOLEAN, "true replaces an existing value.")
								.children(key(), ref("Value", "The value to store.").required().repeat()),
						el("Delete", "Deletes an entry.").repeat().children(key()))
				.build(), "Key value map access, e.g. backend credentials read into private.* variables.");
	}

	private static PolicyType assignMessage() {
		return new PolicyType("AssignMessage", root("AssignMessage", "Creates or changes a request or response message.")
				.children(el("AssignTo", "The message to change or create (default: the current message).")
						.text(ValueType.VARIABLE_REF)
						.attr("createNew", ValueType.BOOLEAN, "true creates a new message.")
						.attr("transport", ValueType.STRING, "The transport (http).")
						.enumAttr("type", "Whether the new message is a request or a response.", "request", "response"),
						Spec.ignoreUnresolved())
				.children(Spec.messageChanges()).build(), "Sets, adds, removes or copies headers, parameters and payloads.");
	}

	private static PolicyType serviceCallout() {
		return new PolicyType("ServiceCallout", root("ServiceCallout", "Calls another service in the middle of a flow.")
				.children(el("Request", "The request to send; built like an AssignMessage.")
						.attr("variable", ValueType.VARIABLE_REF, "The variable holding the request message.")
						.attr("clearPayload", ValueType.BOOLEAN, "true frees the payload after sending.")
						.children(Spec.ignoreUnresolved()).children(Spec.messageChanges()),
						el("Response", "The variable to receive the response (default calloutResponse).")
								.text(ValueType.VARIABLE_REF),
						el("Timeout", "How long to wait for the response, in milliseconds.").text(ValueType.INTEGER),
						el("HTTPTargetConnection", "Where to send the request.").children(
								el("URL", "The service's URL.").text(ValueType.URL),
								el("Properties", "Connection properties.").children(
										el("Property", "One property.").repeat().text(ValueType.STRING)
												.requiredAttr("name", ValueType.STRING, "The property name.")),
								el("SSLInfo", "TLS settings.").children(el("Enabled", "true uses TLS.").text(ValueType.BOOLEAN),
										el("ClientAuthEnabled", "true sends a client certificate.").text(ValueType.BOOLEAN),
										el("KeyStore", "The key store.").text(ValueType.STRING),
										el("KeyAlias", "The key alias.").text(ValueType.STRING),
										el("TrustStore", "The trust store.").text(ValueType.STRING)),
								el("LoadBalancer", "Target servers to balance over.").children(
										el("Server", "A target server.").repeat().requiredAttr("name", ValueType.STRING,
												"The target server's name")),
								el("Path", "The path appended to the target server.").text(ValueType.TEMPLATE)),
						el("LocalTargetConnection", "Calls another proxy on the same runtime.").children(
								el("APIProxy", "The proxy's name.").text(ValueType.STRING),
								el("ProxyEndpoint", "The proxy endpoint's name.").text(ValueType.STRING),
								el("Path", "The proxy's path.").text(ValueType.STRING)))
				.build(), "Calls out to a service, e.g. to fetch a CSRF token before a change.");
	}

	private static Spec pattern() {
		return el("Pattern", "A pattern with {name} placeholders to extract.").repeat().text(ValueType.STRING)
				.attr("ignoreCase", ValueType.BOOLEAN, "true matches case-insensitively.");
	}

	private static PolicyType extractVariables() {
		return new PolicyType("ExtractVariables", root("ExtractVariables", "Extracts values from a message into variables.")
				.children(el("Source", "The message to read (default: the current message).").text(ValueType.VARIABLE_REF)
						.attr("clearPayload", ValueType.BOOLEAN, "true frees the payload afterwards."),
						el("VariablePrefix", "The prefix of the variables written, e.g. private.").text(ValueType.STRING),
						Spec.ignoreUnresolved(),
						el("Header", "Extracts from a header.").repeat()
								.requiredAttr("name", ValueType.STRING, "The header name.").children(pattern()),
						el("QueryParam", "Extracts from a query parameter.").repeat()
								.requiredAttr("name", ValueType.STRING, "The parameter name.").children(pattern()),
						el("FormParam", "Extracts from a form parameter.").repeat()
								.requiredAttr("name", ValueType.STRING, "The parameter name.").children(pattern()),
						el("URIPath", "Extracts from the path.").repeat().children(pattern()),
						el("Variable", "Extracts from another variable.").repeat()
								.requiredAttr("name", ValueType.VARIABLE_REF, "The variable to read.").children(pattern()),
						el("JSONPayload", "Extracts from a JSON payload.").children(el("Variable", "A variable to write.")
								.repeat().requiredAttr("name", ValueType.STRING, "The variable name (after the prefix).")
								.attr("type", ValueType.STRING, "The value's type.")
								.children(el("JSONPath", "The JSONPath to the value.").required().text(ValueType.STRING))),
						el("XMLPayload", "Extracts from an XML payload.")
								.attr("stopPayloadProcessing", ValueType.BOOLEAN, "true stops after this extraction.")
								.children(el("Namespaces", "Namespace prefixes used in the XPaths.").children(
										el("Namespace", "One namespace; its text is the URI.").repeat().text(ValueType.STRING)
												.requiredAttr("prefix", ValueType.STRING, "The prefix.")),
										el("Variable", "A variable to write.").repeat()
												.requiredAttr("name", ValueType.STRING, "The variable name (after the prefix).")
												.attr("type", ValueType.STRING, "The value's type.")
												.children(el("XPath", "The XPath to the value.").required()
														.text(ValueType.STRING))))
				.build(), "Extracts parts of headers, paths, parameters and payloads into flow variables.");
	}

	private static PolicyType javaScript() {
		return new PolicyType("JavaScript", root("JavaScript", "Runs a JavaScript resource of the proxy.")
				.attr("timeLimit", ValueType.INTEGER, "The longest the script may run, in milliseconds.")
				.children(el("ResourceURL", "The script, e.g. jsc://check.js (a file under the proxy's resources).")
						.required().text(ValueType.RESOURCE_URL),
						el("IncludeURL", "Another script loaded first.").repeat().text(ValueType.RESOURCE_URL),
						el("Source", "Inline script text (instead of a resource).").text(ValueType.STRING),
						el("Properties", "Values the script reads with properties.NAME.").children(
								el("Property", "One property.").repeat().text(ValueType.STRING)
										.requiredAttr("name", ValueType.STRING, "The property name.")))
				.build(), "Custom JavaScript; the script lives in the proxy's resources.");
	}
}
