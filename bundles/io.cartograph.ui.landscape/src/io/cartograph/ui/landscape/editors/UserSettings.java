package io.cartograph.ui.landscape.editors;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.Role;
import io.cartograph.model.landscape.User;

/** Settings > Users and Roles: who may read (USER), edit (CONFIGURATOR) or also configure (ADMINISTRATOR). */
final class UserSettings {

	private UserSettings() {
	}

	static void fill(Form form) {
		form.section("Users and Roles");
		EnvironmentSettings.hint(form, "USER reads the inventory, landscape and reports; CONFIGURATOR also edits "
				+ "them; ADMINISTRATOR also changes settings, users and data sources.");
		ChildTable.of(form, LANDSCAPE__USERS)
				.column("Name", 180, user -> orEmpty(((User) user).getName()))
				.column("E-mail", 220, user -> orEmpty(((User) user).getEmail()))
				.column("Role", 120, user -> String.valueOf(((User) user).getRole()))
				.column("Active", 70, user -> ((User) user).isActive() ? "yes" : "no")
				.creating(() -> {
					User user = Identities.create(LandscapePackage.Literals.USER, User.class);
					user.setName("New User");
					user.setRole(Role.USER);
					user.setActive(true);
					return user;
				})
				.rows(8)
				.detail(user -> {
					user.text(NAMED__NAME);
					user.text(USER__EMAIL, "E-mail");
					user.choice(USER__ROLE);
					user.check(USER__ACTIVE);
				}).build();
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
