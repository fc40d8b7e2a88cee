package io.cartograph.policy.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cartograph.model.landscape.IpAllowlist;
import io.cartograph.model.landscape.IpAllowlistEntry;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.policy.ip.AllowlistFinding.Kind;
import io.cartograph.policy.xml.XmlParseException;

class AllowlistAnalysisTest {

	static final LandscapeFactory F = LandscapeFactory.eINSTANCE;

	@Test
	void findsInvalidHostBitsDuplicatesNestedAndBroadRanges() {
		IpAllowlist list = list("203.0.113.0/24", "203.0.113.0/24", "203.0.113.64/26", "10.0.0.0/8", "10.1.2.3/24",
				"198.51.100.7", "not-an-ip", "2001:db8::/32", "::ffff:198.51.100.7");
		list.getEntries().get(3).setJustification("Head office, approved by security");

		List<AllowlistFinding> findings = new AllowlistAnalysis(0, 0).analyse(list);

		assertEquals(List.of(Kind.INVALID, Kind.DUPLICATE, Kind.CONTAINED, Kind.CONTAINED, Kind.TOO_BROAD, Kind.HOST_BITS,
				Kind.CONTAINED, Kind.TOO_BROAD, Kind.DUPLICATE), findings.stream().map(AllowlistFinding::kind).toList(),
				findings.toString());
		assertTrue(findings.get(0).message().startsWith("'not-an-ip' is not an address or CIDR range"));
		assertSame(list.getEntries().get(0), findings.get(1).other());
		assertEquals("'10.0.0.0/8' allows 16777216 addresses, more than a /24; justified: Head office, approved by security",
				findings.get(4).message());
		assertEquals("'10.1.2.3/24' has bits set after /24: it allows 10.1.2.0/24. Write that, or the single address.",
				findings.get(5).message());
		assertEquals("'10.1.2.3/24' lies inside '10.0.0.0/8' and adds nothing", findings.get(6).message());
		assertTrue(findings.get(7).message().endsWith("more than a /48 and has no justification"), findings.get(7).message());
		assertEquals("'::ffff:198.51.100.7' is the same range as '198.51.100.7'", findings.get(8).message(),
				"an IPv4-mapped address is the IPv4 address");
	}

	@Test
	void aWiderRangeAfterANarrowOneIsReportedOnTheWiderOne() {
		List<AllowlistFinding> findings = new AllowlistAnalysis(8, 0).analyse(list("10.1.0.0/16", "10.0.0.0/8"));
		assertEquals(1, findings.size());
		assertEquals(Kind.CONTAINS, findings.get(0).kind());
		assertEquals("'10.0.0.0/8' holds the earlier '10.1.0.0/16', which then adds nothing", findings.get(0).message());
	}

	@Test
	void answersWhetherAnAddressIsAllowedAndByWhich() {
		IpAllowlist list = list("203.0.113.0/24", "2001:db8::/48", "broken");
		assertEquals(List.of(list.getEntries().get(0)), AllowlistAnalysis.allowing(list, Cidr.address("203.0.113.9")));
		assertEquals(List.of(list.getEntries().get(0)), AllowlistAnalysis.allowing(list, Cidr.address("::ffff:203.0.113.9")));
		assertEquals(List.of(list.getEntries().get(1)), AllowlistAnalysis.allowing(list, Cidr.address("2001:db8:0:1::5")));
		assertTrue(AllowlistAnalysis.allowing(list, Cidr.address("198.51.100.1")).isEmpty());
	}

	@Test
	void accessControlRulesDecideInOrderAndKeepBadAddressesWithTheirProblem() throws Exception {
		AccessControlRules rules = AccessControlRules.read("Policy/allowOffice.xml", """
				<AccessControl async="false" continueOnError="false" enabled="true" xmlns="http://www.sap.com/apimgmt">
				  <IPRules noRuleMatchAction="DENY">
				    <MatchRule action="DENY"><SourceAddress mask="32">203.0.113.66</SourceAddress></MatchRule>
				    <MatchRule action="ALLOW">
				      <SourceAddress mask="24">203.0.113.0</SourceAddress>
				      <SourceAddress mask="40">198.51.100.0</SourceAddress>
				    </MatchRule>
				  </IPRules>
				</AccessControl>""");
		assertEquals("DENY", rules.noRuleMatchAction());
		assertFalse(rules.decide(Cidr.address("203.0.113.66")).allowed(), "the earlier DENY wins");
		assertTrue(rules.decide(Cidr.address("203.0.113.7")).allowed());
		assertFalse(rules.decide(Cidr.address("192.0.2.1")).allowed(), "no rule: DENY");
		AccessControlRules.SourceRange bad = rules.rules().get(1).sources().get(1);
		assertEquals("the prefix length /40 is above /32", bad.problem().orElseThrow());
		assertEquals(6, bad.location().line());
		assertEquals(List.of(Cidr.parse("203.0.113.0/24")), AllowlistDrift.allowed(rules));
		assertThrows(XmlParseException.class, () -> AccessControlRules.read("Policy/x.xml", "<AccessControl>"));
	}

	@Test
	void driftSaysWhichSideMissesWhat() {
		AllowlistDrift drift = AllowlistDrift.between(
				List.of(Cidr.parse("203.0.113.0/25"), Cidr.parse("198.51.100.0/24")),
				List.of(Cidr.parse("203.0.113.0/24"), Cidr.parse("192.0.2.10")));
		assertEquals(List.of(Cidr.parse("198.51.100.0/24")), drift.onlyInProxy(), "the WAF would block it");
		assertEquals(List.of(Cidr.parse("203.0.113.0/24"), Cidr.parse("192.0.2.10")), drift.onlyInWaf(),
				"the /24 is wider than what the proxy allows");
		assertTrue(AllowlistDrift.between(List.of(Cidr.parse("10.0.0.0/24")), List.of(Cidr.parse("10.0.0.0/23")).subList(0, 1))
				.onlyInProxy().isEmpty());
	}

	private static IpAllowlist list(String... ranges) {
		IpAllowlist list = F.createIpAllowlist();
		list.setName("Partners");
		for (String range : ranges) {
			IpAllowlistEntry entry = F.createIpAllowlistEntry();
			entry.setCidr(range);
			list.getEntries().add(entry);
		}
		return list;
	}
}
