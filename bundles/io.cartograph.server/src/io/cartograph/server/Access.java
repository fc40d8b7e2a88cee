package io.cartograph.server;

import java.util.Set;

import io.cartograph.server.Storage.Workspace;

/** The role checks every workspace request goes through. */
final class Access {

	/**
	 * Object types whose changes need an ADMINISTRATOR: data sources and their credentials
	 * references, tasks, users and roles, and settings.
	 */
	private static final Set<String> ADMINISTERED = Set.of("DataSource", "DataSourceCatalog", "Authentication",
			"SecretReference", "Task", "Proxy", "User", "Role");

	private final Storage storage;

	Access(Storage storage) {
		this.storage = storage;
	}

	/**
	 * The workspace, when the caller has at least {@code needed} there. 404 when it does not
	 * exist, 403 when the caller is no member or has a lesser role.
	 */
	Workspace require(Call call, Role needed) {
		String id = call.parameter("id");
		Workspace workspace = storage.workspace(id)
				.orElseThrow(() -> HttpProblem.notFound("No workspace '" + id + "'"));
		Role role = storage.role(call.user(), id)
				.orElseThrow(() -> new HttpProblem(403, "not-member", "You are not a member of workspace '" + id + "'"));
		if (!role.includes(needed)) {
			throw HttpProblem.forbidden("This needs the role " + needed + " in workspace '" + id + "'; you have " + role);
		}
		return new Workspace(workspace.id(), workspace.name(), workspace.head(), role);
	}

	/** For creating workspaces: ADMINISTRATOR on all workspaces ({@code server-users role NAME '*' ADMINISTRATOR}). */
	void requireServerAdministrator(Call call) {
		boolean administrator = storage.role(call.user(), Storage.ALL_WORKSPACES).map(role -> role == Role.ADMINISTRATOR)
				.orElse(false);
		if (!administrator) {
			throw HttpProblem.forbidden("Creating workspaces needs the role ADMINISTRATOR on all workspaces ('*')");
		}
	}

	static boolean administered(String objectType) {
		return objectType != null && (ADMINISTERED.contains(objectType) || objectType.endsWith("Settings")
				|| objectType.endsWith("Setting"));
	}
}
