package io.cartograph.connect.http;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;

/** Reads a successful answer as it streams in; the parser stands before the first token. */
@FunctionalInterface
public interface JsonReader<T> {

	T read(JsonParser parser) throws IOException;
}
