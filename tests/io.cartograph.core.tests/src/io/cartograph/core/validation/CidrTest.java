package io.cartograph.core.validation;

import static io.cartograph.model.landscape.LandscapePackage.Literals.IP_ALLOWLIST_ENTRY__CIDR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.IpAllowlist;
import io.cartograph.model.landscape.IpAllowlistEntry;
import io.cartograph.model.landscape.LandscapePackage;

class CidrTest extends ValidationFixture {

	@Test
	void parsesIpv4AndIpv6BlocksAndSingleAddresses() {
		assertEquals(24, Cidr.parse("203.0.113.0/24").prefixLength());
		assertEquals(32, Cidr.parse("192.0.2.44").prefixLength());
		assertFalse(Cidr.parse("192.0.2.44").isIpv6());
		assertEquals(48, Cidr.parse("2001:db8:4a::/48").prefixLength());
		assertEquals(128, Cidr.parse("::1").prefixLength());
		assertEquals(0, Cidr.parse("::/0").prefixLength());
		assertTrue(Cidr.parse("::ffff:192.0.2.1/128").isIpv6());
		assertEquals(64, Cidr.parse("2001:0db8:0000:0000:0000:0000:0000:0000/64").prefixLength());
	}

	@Test
	void rejectsWhatIsNoAddressBlock() {
		for (String bad : List.of("", "10.0.0.256/24", "10.0.0/24", "10.0.0.1/33", "10.0.0.1/", "10.0.0.01", "host.example",
				"2001:db8::1::/64", "2001:db8:0:0:0:0:0:0:1", "12345::/16", "::/129", "1.2.3.4::", "10.0.0.1/2a")) {
			assertThrows(IllegalArgumentException.class, () -> Cidr.parse(bad), bad);
		}
	}

	@Test
	void knowsHostBitsAndTheNetwork() {
		assertTrue(Cidr.parse("10.1.2.3/24").hasHostBits());
		assertEquals("10.1.2.0/24", Cidr.parse("10.1.2.3/24").network());
		assertFalse(Cidr.parse("10.1.2.0/24").hasHostBits());
		assertEquals("2001:db8:0:0:0:0:0:0/32", Cidr.parse("2001:db8::1/32").network());
	}

	@Test
	void narrowBlocksAreFine() {
		entry("203.0.113.10/32");
		entry("198.51.100.0/28");
		entry("2001:db8:4a::/64");

		assertEquals(List.of(), problems(Check.CIDR));
	}

	@Test
	void anEntryThatDoesNotParseIsAnError() {
		IpAllowlistEntry entry = entry("10.0.0.300/24");

		List<Problem> problems = problems(Check.CIDR);

		assertEquals(1, problems.size());
		assertSame(entry, problems.get(0).object());
		assertEquals(IP_ALLOWLIST_ENTRY__CIDR, problems.get(0).feature());
		assertTrue(problems.get(0).isError());
		assertTrue(problems.get(0).message().contains("'300'") && problems.get(0).message().contains("203.0.113.0/24"),
				problems.get(0).message());
	}

	@Test
	void wideBlocksAndHostBitsOnlyWarn() {
		entry("10.0.0.0/16");
		entry("192.0.2.7/30");

		List<Problem> problems = problems(Check.CIDR);

		assertEquals(2, problems.size(), problems.toString());
		assertTrue(problems.stream().noneMatch(Problem::isError));
		assertTrue(problems.stream().anyMatch(problem -> problem.message().contains("wide block (/16)")));
		assertTrue(problems.stream().anyMatch(problem -> problem.message().contains("192.0.2.4/30")));
	}

	private IpAllowlistEntry entry(String cidr) {
		if (model.onboarding().getIpAllowlists().isEmpty()) {
			IpAllowlist list = Identities.create(LandscapePackage.Literals.IP_ALLOWLIST, IpAllowlist.class);
			list.setName("Callers");
			model.onboarding().getIpAllowlists().add(list);
		}
		IpAllowlistEntry entry = Identities.create(LandscapePackage.Literals.IP_ALLOWLIST_ENTRY, IpAllowlistEntry.class);
		entry.setCidr(cidr);
		model.onboarding().getIpAllowlists().get(0).getEntries().add(entry);
		return entry;
	}
}
