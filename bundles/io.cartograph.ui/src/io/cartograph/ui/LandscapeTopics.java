package io.cartograph.ui;

/**
 * Event topics (IEventBroker) between UI bundles that must not depend on each other: a view in
 * io.cartograph.ui asks for an object to be opened, the landscape editors answer; the Landscape
 * Explorer asks for a dedicated view, the bundle that has it answers.
 */
public final class LandscapeTopics {

	/** Data: the EObject to open in its editor. */
	public static final String OPEN = "cartograph/landscape/open";

	/** Data: the {@link DedicatedView} to show and activate, made the first time it is asked for. */
	public static final String OPEN_VIEW = "cartograph/landscape/openView";

	private LandscapeTopics() {
	}
}
