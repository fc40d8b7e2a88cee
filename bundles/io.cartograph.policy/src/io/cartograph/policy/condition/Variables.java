package io.cartograph.policy.condition;

import java.util.Map;
import java.util.Optional;

/** Where a condition reads its variables (request.verb, proxy.pathsuffix, ...): absent is null. */
@FunctionalInterface
public interface Variables {

	Optional<String> get(String name);

	static Variables of(Map<String, String> values) {
		return name -> Optional.ofNullable(values.get(name));
	}
}
