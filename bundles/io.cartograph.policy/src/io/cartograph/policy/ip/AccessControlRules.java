package io.cartograph.policy.ip;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import io.cartograph.policy.xml.Elements;
import io.cartograph.policy.xml.SafeXml;
import io.cartograph.policy.xml.TextLocation;
import io.cartograph.policy.xml.XmlParseException;

/**
 * The IP rules of an AccessControl policy: {@code IPRules noRuleMatchAction}, then each
 * {@code MatchRule action} with its {@code SourceAddress mask="N"} ranges, in order. A source
 * address that is no address, or a mask out of range, is kept with its problem, so that the
 * lint can say where it is and the dry run can skip it.
 *
 * @param noRuleMatchAction ALLOW or DENY when no rule matches (ALLOW when unset, as the platform does)
 */
public record AccessControlRules(String noRuleMatchAction, List<MatchRule> rules) {

	public AccessControlRules {
		rules = List.copyOf(rules);
	}

	/** One rule: ALLOW or DENY for any of its ranges. */
	public record MatchRule(String action, List<SourceRange> sources, TextLocation location) {

		public MatchRule {
			sources = List.copyOf(sources);
		}

		public boolean allows() {
			return "ALLOW".equals(action);
		}
	}

	/** One {@code SourceAddress}: the range, or why it is none. */
	public record SourceRange(String text, Optional<Cidr> range, Optional<String> problem, TextLocation location) {
	}

	/** @throws XmlParseException when the policy XML does not parse */
	public static AccessControlRules read(String policyName, String xml) throws XmlParseException {
		Document document = SafeXml.parse(policyName, xml);
		return of(document.getDocumentElement());
	}

	/** From the policy's root element, already parsed. */
	public static AccessControlRules of(Element accessControl) {
		String noMatch = "ALLOW";
		List<MatchRule> rules = new ArrayList<>();
		for (Element ipRules : Elements.children(accessControl, "IPRules")) {
			String action = ipRules.getAttribute("noRuleMatchAction");
			if (!action.isBlank()) {
				noMatch = action.strip().toUpperCase(Locale.ROOT);
			}
			for (Element matchRule : Elements.children(ipRules, "MatchRule")) {
				List<SourceRange> sources = new ArrayList<>();
				for (Element source : Elements.children(matchRule, "SourceAddress")) {
					sources.add(source(source));
				}
				rules.add(new MatchRule(matchRule.getAttribute("action").strip().toUpperCase(Locale.ROOT), sources,
						SafeXml.location(matchRule)));
			}
		}
		return new AccessControlRules(noMatch, rules);
	}

	/**
	 * The first rule with a range holding the address decides; otherwise (also for a null
	 * address, one that could not be read) {@link #noRuleMatchAction}.
	 */
	public Decision decide(Cidr address) {
		for (MatchRule rule : address == null ? List.<MatchRule>of() : rules) {
			for (SourceRange source : rule.sources()) {
				if (source.range().filter(range -> range.contains(address)).isPresent()) {
					return new Decision(rule.allows(), Optional.of(rule), Optional.of(source));
				}
			}
		}
		return new Decision(!"DENY".equals(noRuleMatchAction), Optional.empty(), Optional.empty());
	}

	/** What the policy does with an address, and which rule and range decided (none: no rule matched). */
	public record Decision(boolean allowed, Optional<MatchRule> rule, Optional<SourceRange> source) {
	}

	private static SourceRange source(Element source) {
		String address = source.getTextContent().strip();
		String mask = source.getAttribute("mask").strip();
		String text = mask.isEmpty() ? address : address + "/" + mask;
		try {
			return new SourceRange(text, Optional.of(Cidr.parse(text)), Optional.empty(), SafeXml.location(source));
		} catch (IllegalArgumentException e) {
			return new SourceRange(text, Optional.empty(), Optional.of(e.getMessage()), SafeXml.location(source));
		}
	}
}
