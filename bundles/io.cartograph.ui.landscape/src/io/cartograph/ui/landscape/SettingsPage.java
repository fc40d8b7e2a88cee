package io.cartograph.ui.landscape;

/** The settings that are edited as a whole page rather than object by object. */
public enum SettingsPage {
	ENVIRONMENTS("Environments"),
	PROPERTIES("Properties"),
	TAGS("Tags"),
	USERS("Users and Roles");

	private final String title;

	SettingsPage(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
