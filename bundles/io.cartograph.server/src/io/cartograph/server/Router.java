package io.cartograph.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps method and path to an endpoint: {@code /workspaces/{id}/changes}. Every route says
 * whether it needs a signed-in caller; the router has no way to forget that check.
 */
final class Router {

	@FunctionalInterface
	interface Endpoint {
		void handle(Call call) throws IOException;
	}

	record Route(String method, List<String> pattern, boolean signedIn, Endpoint endpoint) {
	}

	record Match(Route route, Map<String, String> parameters) {
	}

	private final List<Route> routes = new ArrayList<>();

	/** A route open to anyone (health, token). */
	Router open(String method, String pattern, Endpoint endpoint) {
		routes.add(new Route(method, Call.segments(pattern), false, endpoint));
		return this;
	}

	/** A route for signed-in callers; the endpoint checks the caller's role. */
	Router signedIn(String method, String pattern, Endpoint endpoint) {
		routes.add(new Route(method, Call.segments(pattern), true, endpoint));
		return this;
	}

	/** The route for the request; empty when no path matches, a 405 problem when only the method does not. */
	Optional<Match> find(String method, String rawPath) {
		List<String> path = Call.segments(rawPath);
		boolean pathKnown = false;
		for (Route route : routes) {
			Map<String, String> parameters = match(route.pattern(), path);
			if (parameters == null) {
				continue;
			}
			pathKnown = true;
			if (route.method().equals(method)) {
				return Optional.of(new Match(route, parameters));
			}
		}
		if (pathKnown) {
			throw new HttpProblem(405, "method-not-allowed", method + " is not allowed on " + rawPath);
		}
		return Optional.empty();
	}

	private static Map<String, String> match(List<String> pattern, List<String> path) {
		if (pattern.size() != path.size()) {
			return null;
		}
		Map<String, String> parameters = new HashMap<>();
		for (int i = 0; i < pattern.size(); i++) {
			String part = pattern.get(i);
			if (part.startsWith("{") && part.endsWith("}")) {
				parameters.put(part.substring(1, part.length() - 1), Call.decode(path.get(i)));
			} else if (!part.equals(path.get(i))) {
				return null;
			}
		}
		return parameters;
	}
}
