package io.cartograph.connect.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds query strings of OData URLs: values are percent-encoded, names ($filter...) are not. */
public final class Query {

	private Query() {
	}

	/** {@code url} with the parameter {@code name} set to {@code value} (replaced when present). */
	public static String with(String url, String name, String value) {
		int q = url.indexOf('?');
		String path = q < 0 ? url : url.substring(0, q);
		StringBuilder query = new StringBuilder();
		if (q >= 0) {
			for (String part : url.substring(q + 1).split("&")) {
				if (!part.isEmpty() && !part.startsWith(name + "=")) {
					query.append(query.length() == 0 ? "" : "&").append(part);
				}
			}
		}
		query.append(query.length() == 0 ? "" : "&").append(name).append('=').append(encode(value));
		return path + "?" + query;
	}

	/** Percent-encodes a query value (space as %20, which OData servers expect rather than +). */
	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
