package io.cartograph.core.validation;

import static io.cartograph.model.landscape.LandscapePackage.Literals.IP_ALLOWLIST_ENTRY__CIDR;

import org.eclipse.emf.common.util.Diagnostic;

import io.cartograph.model.landscape.IpAllowlist;
import io.cartograph.policy.ip.AllowlistAnalysis;
import io.cartograph.policy.ip.AllowlistFinding;

/**
 * IP allowlists, checked by {@link AllowlistAnalysis} with the workspace's limits: an entry that
 * is no address or range is an error; host bits, duplicates, nested and too broad ranges are
 * warnings, shown on the entry they are about.
 */
final class AllowlistRules {

	private AllowlistRules() {
	}

	static void check(IpAllowlist list, Findings findings) {
		for (AllowlistFinding finding : AllowlistAnalysis.forWorkspaceOf(list).analyse(list)) {
			boolean invalid = finding.kind() == AllowlistFinding.Kind.INVALID;
			findings.report(Check.CIDR, invalid ? Diagnostic.ERROR : Diagnostic.WARNING, finding.entry(), IP_ALLOWLIST_ENTRY__CIDR,
					ObjectLabels.label(list) + ": " + finding.message()
							+ (invalid ? ". Write it as 203.0.113.10, 203.0.113.0/24 or 2001:db8::/48." : ""));
		}
	}
}
