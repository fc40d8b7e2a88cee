package io.cartograph.policy.ip;

import java.util.ArrayList;
import java.util.List;

import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.Policy;
import io.cartograph.policy.xml.XmlParseException;

/**
 * Where a proxy's AccessControl ranges and a WAF's IP set disagree. A caller must pass both: a
 * range the proxy allows but the WAF does not cover never reaches the proxy; a range the WAF
 * lets through but the proxy does not allow is stopped only at the proxy (more load, and a hint
 * that one of the two lists is stale). Coverage is by containment: a range counts as covered
 * when one range (or several nested ones) of the other side holds it completely.
 *
 * @param onlyInProxy AccessControl ALLOW ranges no WAF range covers
 * @param onlyInWaf   WAF ranges no AccessControl ALLOW range covers
 */
public record AllowlistDrift(List<Cidr> onlyInProxy, List<Cidr> onlyInWaf) {

	public AllowlistDrift {
		onlyInProxy = List.copyOf(onlyInProxy);
		onlyInWaf = List.copyOf(onlyInWaf);
	}

	public boolean none() {
		return onlyInProxy.isEmpty() && onlyInWaf.isEmpty();
	}

	public static AllowlistDrift between(List<Cidr> proxyAllows, List<Cidr> waf) {
		return new AllowlistDrift(uncovered(proxyAllows, waf), uncovered(waf, proxyAllows));
	}

	/**
	 * The ranges a proxy's AccessControl policies allow, in order; a policy that does not parse
	 * allows nothing here (the lint reports it).
	 */
	public static List<Cidr> allowedBy(ApiProxy proxy) {
		List<Cidr> allowed = new ArrayList<>();
		for (Policy policy : proxy.getPolicies()) {
			if ("AccessControl".equals(policy.getType()) && policy.getXml() != null) {
				try {
					allowed.addAll(allowed(AccessControlRules.read(policy.getName(), policy.getXml())));
				} catch (XmlParseException e) {
					// reported by the lint, not here
				}
			}
		}
		return allowed;
	}

	/** The ALLOW ranges of an AccessControl policy, in order. */
	public static List<Cidr> allowed(AccessControlRules rules) {
		List<Cidr> allowed = new ArrayList<>();
		for (AccessControlRules.MatchRule rule : rules.rules()) {
			if (rule.allows()) {
				rule.sources().forEach(source -> source.range().ifPresent(allowed::add));
			}
		}
		return allowed;
	}

	private static List<Cidr> uncovered(List<Cidr> ranges, List<Cidr> by) {
		List<Cidr> uncovered = new ArrayList<>();
		for (Cidr range : ranges) {
			if (by.stream().noneMatch(cover -> cover.contains(range)) && !uncovered.contains(range)) {
				uncovered.add(range);
			}
		}
		return uncovered;
	}
}
