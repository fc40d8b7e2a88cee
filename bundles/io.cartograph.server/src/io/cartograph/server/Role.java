package io.cartograph.server;

import java.util.Locale;
import java.util.Optional;

/** What a member may do in a workspace, each role including the ones before it. */
public enum Role {
	/** Reads the workspace: snapshot and change sets. */
	USER,
	/** Also edits inventory, landscape and reporting: pushes change sets and snapshots. */
	CONFIGURATOR,
	/** Also manages settings, users and data sources, members, and creates workspaces. */
	ADMINISTRATOR;

	public boolean includes(Role other) {
		return compareTo(other) >= 0;
	}

	/** The role named {@code text} in any letter case; empty for anything else. */
	public static Optional<Role> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
