package io.cartograph.connect.http;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.cartograph.connect.Cancellation;

/**
 * Reads an OData collection page by page as it streams in: v2 answers ({@code d.results} with
 * {@code d.__next}, the server's {@code $skiptoken} paging, or a bare {@code d} array) and v4
 * answers ({@code value} with {@code @odata.nextLink}). Only one entry is in memory at a time.
 * When the server gives no next link but a page came back full, the next page is asked for
 * with {@code $skip} (client-driven paging, for services that ignore server paging).
 */
public final class ODataPages {

	/** The largest page asked for; SAP's OData services cap pages at 1000 entries. */
	public static final int MAX_PAGE = 1000;

	/** Gets each entry; the parser stands on its START_OBJECT and must be left on its END_OBJECT. */
	@FunctionalInterface
	public interface EntryHandler {
		void entry(JsonParser parser) throws IOException;
	}

	/** Told after each page (for progress). */
	@FunctionalInterface
	public interface PageListener {
		void page(int entries, long total);
	}

	private ODataPages() {
	}

	/**
	 * Reads every page of the collection at {@code firstUrl} (relative to the client's base or
	 * absolute) and returns the number of entries. {@code pageSize} between 1 and {@link #MAX_PAGE}
	 * adds {@code $top} to the first request; 0 leaves paging to the server.
	 */
	public static long readAll(ApiClient client, String firstUrl, int pageSize, Cancellation cancellation,
			EntryHandler handler, PageListener listener) {
		if (pageSize < 0 || pageSize > MAX_PAGE) {
			throw new IllegalArgumentException("pageSize must be between 0 and " + MAX_PAGE);
		}
		String url = pageSize > 0 ? Query.with(firstUrl, "$top", Integer.toString(pageSize)) : firstUrl;
		long total = 0;
		int skip = 0;
		while (url != null) {
			cancellation.check();
			Page page = client.get(url, parser -> readPage(parser, handler, cancellation));
			total += page.entries;
			skip += page.entries;
			listener.page(page.entries, total);
			if (page.next != null) {
				url = page.next;
			} else if (pageSize > 0 && page.entries == pageSize) {
				url = Query.with(Query.with(firstUrl, "$top", Integer.toString(pageSize)), "$skip",
						Integer.toString(skip));
			} else {
				url = null;
			}
		}
		return total;
	}

	record Page(int entries, String next) {
	}

	static Page readPage(JsonParser parser, EntryHandler handler, Cancellation cancellation) throws IOException {
		expect(parser.nextToken(), JsonToken.START_OBJECT, "a JSON object");
		int entries = 0;
		String next = null;
		boolean sawCollection = false;
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if ("d".equals(name) && value == JsonToken.START_OBJECT) {
				// v2 verbose JSON: d.results and d.__next, in any order
				while (parser.nextToken() == JsonToken.FIELD_NAME) {
					String inner = parser.currentName();
					JsonToken innerValue = parser.nextToken();
					if ("results".equals(inner) && innerValue == JsonToken.START_ARRAY) {
						entries += readEntries(parser, handler, cancellation);
						sawCollection = true;
					} else if ("__next".equals(inner) && innerValue == JsonToken.VALUE_STRING) {
						next = parser.getText();
					} else {
						parser.skipChildren();
					}
				}
			} else if ("d".equals(name) && value == JsonToken.START_ARRAY) {
				entries += readEntries(parser, handler, cancellation);
				sawCollection = true;
			} else if ("value".equals(name) && value == JsonToken.START_ARRAY) {
				entries += readEntries(parser, handler, cancellation);
				sawCollection = true;
			} else if ("@odata.nextLink".equals(name) && value == JsonToken.VALUE_STRING) {
				next = parser.getText();
			} else if ("error".equals(name) && value == JsonToken.START_OBJECT) {
				throw new MalformedResponseException("the answer is an OData error object, not a collection");
			} else {
				parser.skipChildren();
			}
		}
		if (parser.currentToken() != JsonToken.END_OBJECT) {
			throw new MalformedResponseException("the JSON object does not end properly");
		}
		if (parser.nextToken() != null) {
			throw new MalformedResponseException("there is more after the JSON object");
		}
		if (!sawCollection) {
			throw new MalformedResponseException("no collection (d.results, d or value) in the answer");
		}
		return new Page(entries, next == null || next.isBlank() ? null : next);
	}

	private static int readEntries(JsonParser parser, EntryHandler handler, Cancellation cancellation)
			throws IOException {
		int n = 0;
		JsonToken token;
		while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
			handler.entry(parser);
			if (parser.currentToken() != JsonToken.END_OBJECT) {
				throw new IllegalStateException("The entry handler did not read the whole entry");
			}
			if ((++n & 0xFF) == 0) {
				cancellation.check();
			}
		}
		expect(token, JsonToken.END_ARRAY, "an entry object");
		return n;
	}

	private static void expect(JsonToken actual, JsonToken wanted, String what) throws MalformedResponseException {
		if (actual != wanted) {
			throw new MalformedResponseException("expected " + what + " but found " + (actual == null ? "the end" : actual));
		}
	}
}
