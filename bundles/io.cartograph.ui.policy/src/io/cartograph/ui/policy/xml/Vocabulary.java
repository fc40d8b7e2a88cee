package io.cartograph.ui.policy.xml;

import java.util.List;

/**
 * What may go where in a policy: the elements allowed below a path of open elements (the root
 * element, i.e. the policy type, below the empty path) and the attributes of the element at a
 * path. Content assist asks it.
 */
interface Vocabulary {

	record Choice(String name, String description) {
	}

	List<Choice> children(List<String> path);

	List<Choice> attributes(List<String> path);
}
