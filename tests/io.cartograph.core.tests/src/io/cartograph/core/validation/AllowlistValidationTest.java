package io.cartograph.core.validation;

import static io.cartograph.model.landscape.LandscapePackage.Literals.IP_ALLOWLIST_ENTRY__CIDR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.IpAllowlist;
import io.cartograph.model.landscape.IpAllowlistEntry;
import io.cartograph.model.landscape.LandscapePackage;

/** Allowlist entries in the validator: parsing itself is tested with Cidr in io.cartograph.policy. */
class AllowlistValidationTest extends ValidationFixture {

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
		assertTrue(problems.stream().anyMatch(problem -> problem.message().contains("'10.0.0.0/16' allows 65536 addresses, more than a /24")));
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
