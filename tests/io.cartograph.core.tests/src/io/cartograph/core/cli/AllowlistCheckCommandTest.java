package io.cartograph.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.model.Identities;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.model.landscape.IpAllowlistEntry;
import io.cartograph.model.landscape.LandscapePackage;

/** The sample's two allowlists: the API Management callers and the WAF set that drifted from the proxy. */
class AllowlistCheckCommandTest {

	@TempDir
	Path folder;

	@Test
	void reportsFindingsDriftAndWhetherAnAddressIsAllowed() throws Exception {
		Path ws = folder.resolve("ws");
		assertEquals(0, CliRun.of("sample", "--workspace", ws.toString(), "--interfaces", "5").exitCode());

		CliRun check = CliRun.of("allowlist", "check", "--workspace", ws.toString());
		assertEquals(0, check.exitCode(), check.out() + check.err());
		assertTrue(check.out().contains("API Management callers (ACCESS_CONTROL)\n  no findings"), check.out());
		assertTrue(check.out().contains("WAF IP set (API Management) (WAF)"), check.out());
		assertTrue(check.out().contains("drift with proxy "), check.out());
		assertTrue(check.out().contains("only in the proxy [], only in the WAF [2001:db8:4a:0:0:0:0:0/64]"), check.out());

		CliRun shop = CliRun.of("allowlist", "check", "--workspace", ws.toString(), "--list", "API Management callers",
				"--address", "192.0.2.44");
		assertEquals(0, shop.exitCode());
		assertTrue(shop.out().contains("the address is allowed by 192.0.2.44"), shop.out());
		CliRun stranger = CliRun.of("allowlist", "check", "--workspace", ws.toString(), "--address", "::ffff:8.8.8.8");
		assertEquals(1, stranger.exitCode(), "allowed by no list");
		assertEquals(2, CliRun.of("allowlist", "check", "--workspace", ws.toString(), "--address", "8.8.8.0/24").exitCode());
		assertEquals(2, CliRun.of("allowlist", "check", "--workspace", ws.toString(), "--list", "Nope").exitCode());

		try (Workspace workspace = Workspace.open(ws)) {
			IpAllowlistEntry broken = Identities.create(LandscapePackage.Literals.IP_ALLOWLIST_ENTRY, IpAllowlistEntry.class);
			broken.setCidr("10.0.0.300");
			workspace.model().onboarding().getIpAllowlists().get(0).getEntries().add(broken);
			workspace.model().save();
		}
		CliRun invalid = CliRun.of("allowlist", "check", "--workspace", ws.toString(), "--json");
		assertEquals(1, invalid.exitCode());
		assertTrue(invalid.out().contains("\"kind\": \"INVALID\""), invalid.out());
	}
}
