package io.cartograph.policy.types;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A short way to write element specs, so that each policy type reads like its reference. */
final class Spec {

	private final String name;
	private final String description;
	private final List<AttributeSpec> attributes = new ArrayList<>();
	private final List<Spec> children = new ArrayList<>();
	private boolean required;
	private boolean repeatable;
	private ValueType text;
	private List<String> allowed = List.of();

	private Spec(String name, String description) {
		this.name = name;
		this.description = description;
	}

	static Spec el(String name, String description) {
		return new Spec(name, description);
	}

	/** An element holding a value, either literally or from a variable named by {@code ref}. */
	static Spec ref(String name, String description) {
		return el(name, description).text(ValueType.STRING)
				.attr("ref", ValueType.VARIABLE_REF, "The flow variable holding the value; used instead of the text.");
	}

	/** The root element of a policy with the attributes every policy has. */
	static Spec root(String type, String description) {
		return el(type, description).required()
				.attr("name", ValueType.STRING, "The policy's name; steps refer to it (SAP takes the file name instead).")
				.attr("async", ValueType.BOOLEAN, "Deprecated; kept for compatibility, has no effect.")
				.attr("continueOnError", ValueType.BOOLEAN,
						"true lets the flow go on when this policy fails; false (default) raises a fault.")
				.attr("enabled", ValueType.BOOLEAN, "false switches the policy off without removing its steps.")
				.children(el("DisplayName", "A friendlier name shown in the editors.").text(ValueType.STRING),
						el("Description", "What the policy is for.").text(ValueType.STRING));
	}

	Spec attr(String attributeName, ValueType type, String attributeDescription) {
		attributes.add(new AttributeSpec(attributeName, type, false, attributeDescription));
		return this;
	}

	Spec requiredAttr(String attributeName, ValueType type, String attributeDescription) {
		attributes.add(new AttributeSpec(attributeName, type, true, attributeDescription));
		return this;
	}

	Spec enumAttr(String attributeName, String attributeDescription, String... values) {
		attributes.add(new AttributeSpec(attributeName, ValueType.ENUM, false, attributeDescription, Arrays.asList(values)));
		return this;
	}

	Spec children(Spec... more) {
		children.addAll(Arrays.asList(more));
		return this;
	}

	Spec required() {
		required = true;
		return this;
	}

	Spec repeat() {
		repeatable = true;
		return this;
	}

	Spec text(ValueType type) {
		text = type;
		return this;
	}

	Spec oneOf(String... values) {
		text = ValueType.ENUM;
		allowed = Arrays.asList(values);
		return this;
	}

	ElementSpec build() {
		return new ElementSpec(name, attributes, children.stream().map(Spec::build).toList(), required, repeatable, text,
				description, allowed);
	}

	/** Headers, QueryParams and FormParams as in AssignMessage's Add, Set and Remove. */
	static Spec[] messageParts(String verbDescription) {
		return new Spec[] {
				el("Headers", "HTTP headers to " + verbDescription + ".")
						.children(el("Header", "One header; its text is the value (may use {variables}).").repeat()
								.text(ValueType.TEMPLATE).requiredAttr("name", ValueType.STRING, "The header name.")),
				el("QueryParams", "Query parameters to " + verbDescription + ".")
						.children(el("QueryParam", "One query parameter.").repeat().text(ValueType.TEMPLATE)
								.requiredAttr("name", ValueType.STRING, "The parameter name.")),
				el("FormParams", "Form parameters to " + verbDescription + ".")
						.children(el("FormParam", "One form parameter.").repeat().text(ValueType.TEMPLATE)
								.requiredAttr("name", ValueType.STRING, "The parameter name.")) };
	}

	/** Add / Set / Remove / Copy / AssignVariable, shared by AssignMessage, ServiceCallout and RaiseFault. */
	static Spec[] messageChanges() {
		return new Spec[] { el("Add", "Adds headers and parameters (keeps existing values).").children(messageParts("add")),
				el("Remove", "Removes headers, parameters or the payload.").children(messageParts("remove"))
						.children(el("Payload", "true removes the payload.").text(ValueType.BOOLEAN)),
				el("Set", "Sets (replaces) parts of the message.").children(messageParts("set"))
						.children(el("Payload", "The new payload; may use {variables}.").text(ValueType.TEMPLATE)
								.attr("contentType", ValueType.STRING, "The Content-Type to set with the payload.")
								.attr("variablePrefix", ValueType.STRING, "Marks where a variable starts (default {).")
								.attr("variableSuffix", ValueType.STRING, "Marks where a variable ends (default })."),
								el("Verb", "The HTTP verb.").text(ValueType.STRING),
								el("Path", "The request path.").text(ValueType.TEMPLATE),
								el("Version", "The HTTP version.").text(ValueType.STRING),
								el("StatusCode", "The response status code.").text(ValueType.INTEGER),
								el("ReasonPhrase", "The response reason phrase.").text(ValueType.TEMPLATE)),
				el("Copy", "Copies parts of another message.")
						.attr("source", ValueType.VARIABLE_REF, "The message to copy from (default: the current one).")
						.children(messageParts("copy"))
						.children(el("Payload", "true copies the payload.").text(ValueType.BOOLEAN),
								el("Verb", "true copies the verb.").text(ValueType.BOOLEAN),
								el("Path", "true copies the path.").text(ValueType.BOOLEAN),
								el("StatusCode", "true copies the status code.").text(ValueType.BOOLEAN)),
				el("AssignVariable", "Assigns a flow variable.").repeat().children(
						el("Name", "The variable to assign.").required().text(ValueType.VARIABLE_REF),
						el("Value", "A literal value.").text(ValueType.STRING),
						el("Ref", "A variable to take the value from.").text(ValueType.VARIABLE_REF),
						el("Template", "A message template giving the value.").text(ValueType.TEMPLATE),
						el("PropertySetRef", "A property set entry giving the value.").text(ValueType.STRING),
						el("ResourceURL", "A resource file giving the value.").text(ValueType.RESOURCE_URL)) };
	}

	static Spec ignoreUnresolved() {
		return el("IgnoreUnresolvedVariables", "true goes on when a variable cannot be resolved; false raises a fault.")
				.text(ValueType.BOOLEAN);
	}
}
