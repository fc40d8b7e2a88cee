package io.cartograph.policy.ip;

import io.cartograph.model.landscape.IpAllowlistEntry;

/**
 * Something to look at in an allowlist.
 *
 * @param entry the entry it is about
 * @param other the entry it collides with (duplicates, contained ranges), or null
 */
public record AllowlistFinding(Kind kind, IpAllowlistEntry entry, IpAllowlistEntry other, String message) {

	public enum Kind {
		/** Not an address or range: an error. */
		INVALID,
		/** Bits set after the prefix: the range is its network, probably not what was meant. */
		HOST_BITS,
		/** The same range as an earlier entry. */
		DUPLICATE,
		/** Inside an earlier, wider entry: adds nothing. */
		CONTAINED,
		/** Holds an earlier, narrower entry, which then adds nothing. */
		CONTAINS,
		/** Broader than the workspace allows without a justification. */
		TOO_BROAD
	}
}
