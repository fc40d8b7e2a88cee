package io.cartograph.policy.ip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.IpAllowlist;
import io.cartograph.model.landscape.IpAllowlistEntry;
import io.cartograph.model.landscape.PolicyLintSettings;
import io.cartograph.policy.ip.AllowlistFinding.Kind;

/**
 * Checks one allowlist: entries that are no range, host bits, duplicates, ranges inside other
 * ranges (CIDR ranges are either nested or disjoint, so that is what overlapping means), and
 * ranges broader than the workspace's limit (PolicyLintSettings: /24 for IPv4 and /48 for IPv6
 * unless set). A broad range with a justification is still reported, with the justification.
 */
public final class AllowlistAnalysis {

	public static final int DEFAULT_BROADEST_IPV4 = 24;
	public static final int DEFAULT_BROADEST_IPV6 = 48;

	private final int broadestIpv4;
	private final int broadestIpv6;

	public AllowlistAnalysis(int broadestIpv4, int broadestIpv6) {
		this.broadestIpv4 = broadestIpv4 <= 0 ? DEFAULT_BROADEST_IPV4 : broadestIpv4;
		this.broadestIpv6 = broadestIpv6 <= 0 ? DEFAULT_BROADEST_IPV6 : broadestIpv6;
	}

	/** With the workspace's limits (null: the defaults). */
	public static AllowlistAnalysis of(PolicyLintSettings settings) {
		return settings == null ? new AllowlistAnalysis(0, 0)
				: new AllowlistAnalysis(settings.getBroadestIpv4Prefix(), settings.getBroadestIpv6Prefix());
	}

	/** With the limits of the workspace the list belongs to (the API Management file beside it). */
	public static AllowlistAnalysis forWorkspaceOf(IpAllowlist list) {
		return of(apiManagementBeside(list).map(ApiManagement::getLintSettings).orElse(null));
	}

	/** The workspace's API Management content, found in the resource set of any of its objects. */
	public static Optional<ApiManagement> apiManagementBeside(EObject object) {
		if (object.eResource() == null || object.eResource().getResourceSet() == null) {
			return Optional.empty();
		}
		for (Resource resource : object.eResource().getResourceSet().getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof ApiManagement apiManagement) {
				return Optional.of(apiManagement);
			}
		}
		return Optional.empty();
	}

	public List<AllowlistFinding> analyse(IpAllowlist list) {
		List<AllowlistFinding> findings = new ArrayList<>();
		Map<IpAllowlistEntry, Cidr> ranges = new LinkedHashMap<>();
		for (IpAllowlistEntry entry : list.getEntries()) {
			try {
				ranges.put(entry, Cidr.parse(entry.getCidr()));
			} catch (IllegalArgumentException e) {
				findings.add(new AllowlistFinding(Kind.INVALID, entry, null,
						"'" + text(entry) + "' is not an address or CIDR range: " + e.getMessage()));
			}
		}
		List<IpAllowlistEntry> earlier = new ArrayList<>();
		for (Map.Entry<IpAllowlistEntry, Cidr> each : ranges.entrySet()) {
			IpAllowlistEntry entry = each.getKey();
			Cidr range = each.getValue();
			if (range.hasHostBits()) {
				findings.add(new AllowlistFinding(Kind.HOST_BITS, entry, null, "'" + text(entry) + "' has bits set after /"
						+ range.prefixLength() + ": it allows " + range.normalized() + ". Write that, or the single address."));
			}
			int broadest = range.normalized().isIpv6() ? broadestIpv6 : broadestIpv4;
			if (range.normalized().prefixLength() < broadest) {
				findings.add(new AllowlistFinding(Kind.TOO_BROAD, entry, null, "'" + text(entry) + "' allows "
						+ range.addressCount() + " addresses, more than a /" + broadest + (justified(entry)
								? "; justified: " + entry.getJustification().strip()
								: " and has no justification")));
			}
			for (IpAllowlistEntry before : earlier) {
				Cidr other = ranges.get(before);
				if (other.equals(range)) {
					findings.add(new AllowlistFinding(Kind.DUPLICATE, entry, before,
							"'" + text(entry) + "' is the same range as '" + text(before) + "'"));
				} else if (other.contains(range)) {
					findings.add(new AllowlistFinding(Kind.CONTAINED, entry, before,
							"'" + text(entry) + "' lies inside '" + text(before) + "' and adds nothing"));
				} else if (range.contains(other)) {
					findings.add(new AllowlistFinding(Kind.CONTAINS, entry, before,
							"'" + text(entry) + "' holds the earlier '" + text(before) + "', which then adds nothing"));
				}
			}
			earlier.add(entry);
		}
		return findings;
	}

	/** The list's ranges, in order; entries that are no range are left out ({@link #analyse} reports them). */
	public static List<Cidr> ranges(IpAllowlist list) {
		List<Cidr> ranges = new ArrayList<>();
		for (IpAllowlistEntry entry : list.getEntries()) {
			try {
				ranges.add(Cidr.parse(entry.getCidr()));
			} catch (IllegalArgumentException e) {
				// reported as INVALID by analyse()
			}
		}
		return ranges;
	}

	/** The entries whose range holds the address (none: not allowed by this list). */
	public static List<IpAllowlistEntry> allowing(IpAllowlist list, Cidr address) {
		List<IpAllowlistEntry> allowing = new ArrayList<>();
		for (IpAllowlistEntry entry : list.getEntries()) {
			try {
				if (Cidr.parse(entry.getCidr()).contains(address)) {
					allowing.add(entry);
				}
			} catch (IllegalArgumentException e) {
				// An invalid entry allows nothing; analyse() reports it.
			}
		}
		return allowing;
	}

	private static boolean justified(IpAllowlistEntry entry) {
		return entry.getJustification() != null && !entry.getJustification().isBlank();
	}

	private static String text(IpAllowlistEntry entry) {
		return entry.getCidr() == null ? "" : entry.getCidr().strip();
	}
}
