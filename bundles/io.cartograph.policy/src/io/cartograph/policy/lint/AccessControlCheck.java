package io.cartograph.policy.lint;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

import io.cartograph.model.landscape.Policy;
import io.cartograph.policy.ip.Cidr;
import io.cartograph.policy.types.TypedPolicy;

/**
 * AccessControl address rules: each SourceAddress must be a valid address with a valid mask,
 * an ALLOW must not open a range broader than the workspace allows, and an address already
 * covered by an earlier rule is dead (the first matching rule decides).
 */
final class AccessControlCheck {

	private final ProxyView view;
	private final Findings findings;

	AccessControlCheck(ProxyView view, Findings findings) {
		this.view = view;
		this.findings = findings;
	}

	private record Decided(Cidr range, String text, int rule, String action) {
	}

	void check() {
		view.typed.forEach((policy, typed) -> {
			if (typed.wellFormed() && typed.type().equals("AccessControl")) {
				check(policy, typed);
			}
		});
	}

	private void check(Policy policy, TypedPolicy typed) {
		List<Decided> earlier = new ArrayList<>();
		int ruleNumber = 0;
		for (Element rule : typed.elements("IPRules", "MatchRule")) {
			ruleNumber++;
			String action = TypedPolicy.attribute(rule, "action").orElse("ALLOW").strip().toUpperCase(java.util.Locale.ROOT);
			List<Decided> inThisRule = new ArrayList<>();
			for (Element source : TypedPolicy.children(rule, "SourceAddress")) {
				String text = source.getTextContent().strip();
				if (text.contains("{")) {
					continue; // filled in at run time
				}
				String shown = text + TypedPolicy.attribute(source, "mask").map(mask -> "/" + mask.strip()).orElse("");
				Cidr cidr;
				try {
					cidr = range(text, TypedPolicy.attribute(source, "mask").orElse(null));
				} catch (IllegalArgumentException e) {
					findings.add(LintRules.CIDR_INVALID, policy.getName() + ": '" + shown
							+ "' is not a valid IPv4 or IPv6 address with a mask (" + e.getMessage() + "), so the rule"
							+ " cannot match as intended. Write the address, e.g. 192.0.2.0, with mask=\"24\".", typed.file(),
							source, policy);
					continue;
				}
				Cidr range = cidr.normalized();
				int broadest = range.isIpv6() ? findings.settings.broadestIpv6Prefix() : findings.settings.broadestIpv4Prefix();
				if (action.equals("ALLOW") && range.prefixLength() < broadest) {
					findings.add(LintRules.CIDR_TOO_BROAD, policy.getName() + " allows " + shown + ", a range broader than /"
							+ broadest + " (the workspace's limit): it lets in " + range.addressCount()
							+ " addresses. Allow the customer's exact ranges instead.", typed.file(), source, policy);
				}
				Decided shadowing = earlier.stream().filter(before -> before.range.contains(cidr)).findFirst().orElse(null);
				if (shadowing != null) {
					findings.add(LintRules.CIDR_SHADOWED, policy.getName() + ": " + shown + " in MatchRule " + ruleNumber
							+ " is already decided by " + shadowing.text + " in MatchRule " + shadowing.rule + " ("
							+ shadowing.action + "), which comes first, so this entry never takes effect. Remove it or move"
							+ " it before that rule.", typed.file(), source, policy);
				}
				inThisRule.add(new Decided(cidr, shown, ruleNumber, action));
			}
			earlier.addAll(inThisRule);
		}
	}

	/**
	 * {@code 10.0.0.0} with mask 24, or {@code 10.0.0.0/24} written in the text; host bits and
	 * IPv4-mapped addresses as {@link Cidr} decides them.
	 *
	 * @throws IllegalArgumentException with the reason, when it is no range
	 */
	static Cidr range(String text, String mask) {
		String address = text;
		String prefix = mask;
		int slash = text.indexOf('/');
		if (slash >= 0) {
			address = text.substring(0, slash);
			prefix = mask != null ? mask : text.substring(slash + 1);
		}
		return Cidr.parse(prefix == null ? address : address.strip() + "/" + prefix.strip());
	}
}
