package io.cartograph.ui;

/**
 * Event topics (IEventBroker) between UI bundles that must not depend on each other: a view in
 * io.cartograph.ui asks for an object to be opened, the landscape editors answer.
 */
public final class LandscapeTopics {

	/** Data: the EObject to open in its editor. */
	public static final String OPEN = "cartograph/landscape/open";

	private LandscapeTopics() {
	}
}
