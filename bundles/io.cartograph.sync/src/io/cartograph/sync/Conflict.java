package io.cartograph.sync;

/**
 * A change of mine and a change of theirs that cannot both be kept, in the words of the
 * landscape: which object ({@code System 'ERP_PRD'}), which field ({@code Description}), and the
 * value before both changes, mine and theirs.
 *
 * @param key         identifies the conflict within its merge
 * @param kind        what collided
 * @param objectLabel the object, as a user names it
 * @param fieldLabel  the field, or "Whole object" when one side deleted the object
 * @param base        the value both sides started from
 * @param mine        what this workspace made of it
 * @param theirs      what the server has now
 */
public record Conflict(String key, Kind kind, String objectLabel, String fieldLabel, String base, String mine,
		String theirs) {

	public enum Kind {
		/** Both changed the same field of the same object to different values. */
		BOTH_CHANGED,
		/** I changed an object (or something in it, or pointed to it) that they deleted. */
		THEY_DELETED,
		/** They changed an object (or something in it, or pointed to it) that I deleted. */
		I_DELETED
	}

	/** Which side a conflict is resolved for. */
	public enum Side {
		MINE, THEIRS
	}

	@Override
	public String toString() {
		return objectLabel + ", " + fieldLabel + ": was " + base + ", mine " + mine + ", theirs " + theirs;
	}
}
