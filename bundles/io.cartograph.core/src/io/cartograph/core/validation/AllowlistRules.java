package io.cartograph.core.validation;

import static io.cartograph.model.landscape.LandscapePackage.Literals.IP_ALLOWLIST_ENTRY__CIDR;

import org.eclipse.emf.common.util.Diagnostic;

import io.cartograph.model.landscape.IpAllowlistEntry;
import io.cartograph.policy.ip.Cidr;

/** IP allowlist entries are addresses or CIDR blocks, and narrow ones: the guide prefers /32. */
final class AllowlistRules {

	/** Blocks wider than these are allowed but questioned. */
	static final int WIDEST_IPV4_PREFIX = 24;
	static final int WIDEST_IPV6_PREFIX = 64;

	private AllowlistRules() {
	}

	static void check(IpAllowlistEntry entry, Findings findings) {
		Cidr cidr;
		try {
			cidr = Cidr.parse(entry.getCidr());
		} catch (IllegalArgumentException e) {
			findings.report(Check.CIDR, entry, IP_ALLOWLIST_ENTRY__CIDR, "IP allowlist entry '" + nonNull(entry.getCidr())
					+ "' is not an address or CIDR block: " + e.getMessage()
					+ ". Write it as 203.0.113.10, 203.0.113.0/24 or 2001:db8::/48.");
			return;
		}
		String label = ObjectLabels.label(entry);
		if (cidr.hasHostBits()) {
			findings.report(Check.CIDR, Diagnostic.WARNING, entry, IP_ALLOWLIST_ENTRY__CIDR, label
					+ " has bits set after its prefix; the block it allows is " + cidr.network() + ". Write that, or the single address.");
		}
		int widest = cidr.isIpv6() ? WIDEST_IPV6_PREFIX : WIDEST_IPV4_PREFIX;
		if (cidr.prefixLength() < widest) {
			findings.report(Check.CIDR, Diagnostic.WARNING, entry, IP_ALLOWLIST_ENTRY__CIDR, label + " allows a wide block (/"
					+ cidr.prefixLength() + "). Prefer single addresses or the narrowest block, and justify wide ones.");
		}
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
