package io.cartograph.rules.todo;

import java.util.List;

import io.cartograph.model.landscape.PropertyHolder;

/**
 * An interface or end-to-end integration on the To-do list and what it lacks.
 *
 * @param subject       the interface or integration (double-click opens it)
 * @param endToEnd      true for an end-to-end integration
 * @param lacks         what is missing, in words, e.g. {@code a tag of Domain}
 */
public record TodoItem(PropertyHolder subject, boolean endToEnd, List<String> lacks) {

	public TodoItem {
		lacks = List.copyOf(lacks);
	}

	public String name() {
		return subject.getName();
	}
}
