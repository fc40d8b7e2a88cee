package io.cartograph.server;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cartograph.server.Storage.User;

/** Users' roles per workspace, for {@link JdbcStorage}. */
final class Memberships {

	private final JdbcStorage storage;

	Memberships(JdbcStorage storage) {
		this.storage = storage;
	}

	List<User> users() {
		return storage.run(connection -> {
			Map<String, Instant> created = new LinkedHashMap<>();
			Map<String, Map<String, Role>> roles = new LinkedHashMap<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT name, created_at FROM users ORDER BY name");
					ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					created.put(rows.getString(1), rows.getTimestamp(2).toInstant());
					roles.put(rows.getString(1), new LinkedHashMap<>());
				}
			}
			try (PreparedStatement select = connection
					.prepareStatement("SELECT user_name, workspace, role FROM memberships ORDER BY user_name, workspace");
					ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					roles.get(rows.getString(1)).put(rows.getString(2), Role.valueOf(rows.getString(3)));
				}
			}
			List<User> users = new ArrayList<>();
			created.forEach((name, at) -> users.add(new User(name, at, Map.copyOf(roles.get(name)))));
			return users;
		});
	}

	void setRole(String user, String workspace, Role role) {
		storage.run(connection -> {
			connection.setAutoCommit(false);
			try (PreparedStatement delete = connection
					.prepareStatement("DELETE FROM memberships WHERE user_name = ? AND workspace = ?");
					PreparedStatement insert = connection
							.prepareStatement("INSERT INTO memberships (user_name, workspace, role) VALUES (?, ?, ?)")) {
				delete.setString(1, user);
				delete.setString(2, workspace);
				delete.executeUpdate();
				insert.setString(1, user);
				insert.setString(2, workspace);
				insert.setString(3, role.name());
				insert.executeUpdate();
				connection.commit();
			}
			return null;
		});
	}

	Optional<Role> role(String user, String workspace) {
		Map<String, Role> roles = storage.run(connection -> {
			Map<String, Role> found = new LinkedHashMap<>();
			try (PreparedStatement select = connection.prepareStatement(
					"SELECT workspace, role FROM memberships WHERE user_name = ? AND workspace IN (?, ?)")) {
				select.setString(1, user);
				select.setString(2, workspace);
				select.setString(3, Storage.ALL_WORKSPACES);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						found.put(rows.getString(1), Role.valueOf(rows.getString(2)));
					}
				}
			}
			return found;
		});
		return Optional.ofNullable(roles.containsKey(workspace) ? roles.get(workspace) : roles.get(Storage.ALL_WORKSPACES));
	}

	Map<String, Role> members(String workspace) {
		return storage.run(connection -> {
			Map<String, Role> members = new LinkedHashMap<>();
			try (PreparedStatement select = connection
					.prepareStatement("SELECT user_name, role FROM memberships WHERE workspace = ? ORDER BY user_name")) {
				select.setString(1, workspace);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						members.put(rows.getString(1), Role.valueOf(rows.getString(2)));
					}
				}
			}
			return members;
		});
	}
}
