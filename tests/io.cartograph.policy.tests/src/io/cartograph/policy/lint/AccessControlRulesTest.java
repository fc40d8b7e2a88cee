package io.cartograph.policy.lint;

import static io.cartograph.policy.lint.SecurityRulesTest.lint;
import static io.cartograph.policy.lint.SecurityRulesTest.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** CG-ACL-*: invalid addresses and masks, ranges too broad, rules shadowed by earlier ones. */
class AccessControlRulesTest {

	private static List<Finding> findings(String rule, String rules) {
		return of(rule, lint(new TestProxy().policy("ip", Xml.accessControl(rules)).pre("ip")));
	}

	@Test
	void invalidAddressesAndMasksAreErrors() {
		assertEquals(4, findings(LintRules.CIDR_INVALID, Xml.allow("10.0.0.256/24", "10.0.0.0/33", "2001:db8::/129",
				"hostname.example.com")).size());
		assertEquals(0, findings(LintRules.CIDR_INVALID, Xml.allow("10.0.0.0/24", "2001:db8::/64", "192.0.2.7")).size());
	}

	@Test
	void allowingARangeBroaderThanTheLimitIsAWarning() {
		List<Finding> broad = findings(LintRules.CIDR_TOO_BROAD, Xml.allow("10.0.0.0/16", "2001:db8::/32"));
		assertEquals(2, broad.size());
		assertTrue(broad.get(0).message().contains("/24"), broad.get(0).message());
		assertEquals(0, findings(LintRules.CIDR_TOO_BROAD, Xml.allow("10.0.0.0/24", "2001:db8::/48")).size());
		// a DENY of a broad range narrows access: not this rule's concern
		assertEquals(0, findings(LintRules.CIDR_TOO_BROAD,
				"    <MatchRule action=\"DENY\"><SourceAddress mask=\"8\">10.0.0.0</SourceAddress></MatchRule>\n").size());
	}

	@Test
	void anAddressCoveredByAnEarlierRuleIsShadowed() {
		String deny = "    <MatchRule action=\"DENY\"><SourceAddress mask=\"24\">192.0.2.0</SourceAddress></MatchRule>\n";
		List<Finding> shadowed = findings(LintRules.CIDR_SHADOWED, deny + Xml.allow("192.0.2.128/25", "198.51.100.0/24"));
		assertEquals(1, shadowed.size());
		assertTrue(shadowed.get(0).message().contains("192.0.2.128/25"), shadowed.get(0).message());
		// host bits are masked: 192.0.2.5/24 is 192.0.2.0/24
		assertEquals(1, findings(LintRules.CIDR_SHADOWED, Xml.allow("192.0.2.5/24") + Xml.allow("192.0.2.0/24")).size());
		assertEquals(0, findings(LintRules.CIDR_SHADOWED, Xml.allow("192.0.2.128/25") + deny).size());
		assertEquals(0, findings(LintRules.CIDR_SHADOWED, Xml.allow("10.0.0.0/24") + Xml.allow("2001:db8::/64")).size());
	}
}
