package io.cartograph.policy.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;

class CidrTest {

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
	void rejectsWhatIsNoAddressBlockAndSaysWhy() {
		for (String bad : List.of("", "10.0.0.256/24", "10.0.0/24", "10.0.0.1/33", "10.0.0.1/", "10.0.0.01", "host.example",
				"2001:db8::1::/64", "2001:db8:0:0:0:0:0:0:1", "12345::/16", "::/129", "1.2.3.4::", "10.0.0.1/2a")) {
			assertThrows(IllegalArgumentException.class, () -> Cidr.parse(bad), bad);
		}
		assertEquals("the prefix length /33 is above /32",
				assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.1/33")).getMessage());
		assertThrows(IllegalArgumentException.class, () -> Cidr.address("10.0.0.0/8"));
	}

	@Test
	void hostBitsMeanTheNetwork() {
		assertTrue(Cidr.parse("10.1.2.3/24").hasHostBits());
		assertEquals("10.1.2.0/24", Cidr.parse("10.1.2.3/24").network());
		assertFalse(Cidr.parse("10.1.2.0/24").hasHostBits());
		assertEquals("2001:db8:0:0:0:0:0:0/32", Cidr.parse("2001:db8::1/32").network());
		assertEquals(Cidr.parse("10.1.2.0/24"), Cidr.parse("10.1.2.3/24"), "the same block");
		assertTrue(Cidr.parse("10.1.2.3/24").contains(Cidr.address("10.1.2.200")));
	}

	@Test
	void ipv4MappedIpv6IsTheIpv4Block() {
		assertEquals(Cidr.parse("192.0.2.0/24"), Cidr.parse("::ffff:192.0.2.0/120"));
		assertEquals("192.0.2.0/24", Cidr.parse("::ffff:c000:0200/120").toString());
		assertTrue(Cidr.parse("192.0.2.0/24").contains(Cidr.address("::ffff:192.0.2.9")));
		assertFalse(Cidr.parse("::ffff:0:0/95").normalized().contains(Cidr.address("192.0.2.9")),
				"a mapped block wider than /96 stays IPv6");
		assertNotEquals(Cidr.parse("192.0.2.1"), Cidr.parse("2001:db8::c000:201"));
	}

	@Test
	void containmentAndOverlapAreByBits() {
		Cidr wide = Cidr.parse("10.0.0.0/8");
		Cidr narrow = Cidr.parse("10.20.0.0/16");
		assertTrue(wide.contains(narrow));
		assertFalse(narrow.contains(wide));
		assertTrue(narrow.overlaps(wide));
		assertFalse(Cidr.parse("10.0.0.0/25").overlaps(Cidr.parse("10.0.0.128/25")));
		assertTrue(Cidr.parse("0.0.0.0/0").contains(Cidr.address("203.0.113.7")));
		assertFalse(Cidr.parse("0.0.0.0/0").contains(Cidr.address("2001:db8::1")), "families never mix");
		assertTrue(Cidr.parse("2001:db8::/32").contains(Cidr.parse("2001:db8:ffff::/48")));
		assertEquals(BigInteger.valueOf(256), Cidr.parse("10.0.0.9/24").addressCount());
		assertEquals(BigInteger.ONE.shiftLeft(80), Cidr.parse("2001:db8::/48").addressCount());
	}
}
