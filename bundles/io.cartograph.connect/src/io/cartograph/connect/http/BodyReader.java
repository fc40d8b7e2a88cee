package io.cartograph.connect.http;

import java.io.IOException;
import java.io.InputStream;

/** Reads a successful answer's body as it streams in; the stream is closed afterwards. */
@FunctionalInterface
public interface BodyReader<T> {

	T read(InputStream body) throws IOException;
}
