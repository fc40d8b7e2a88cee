package io.cartograph.policy.lint;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * An address range as AccessControl writes it: an address and a prefix length. Host bits after
 * the prefix ({@code 10.0.0.5/24}) are ignored, as the runtime masks them: the range is
 * {@code 10.0.0.0/24}. IPv4 and IPv6 ranges never contain each other.
 */
record Cidr(boolean ipv6, BigInteger network, int prefix) {

	/** Empty when the address is not a literal IPv4 or IPv6 address or the prefix is out of range. */
	static Optional<Cidr> parse(String address, Integer prefix) {
		String text = address.strip();
		byte[] bytes;
		if (text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
			bytes = new byte[4];
			String[] parts = text.split("\\.");
			for (int i = 0; i < 4; i++) {
				int part = Integer.parseInt(parts[i]);
				if (part > 255) {
					return Optional.empty();
				}
				bytes[i] = (byte) part;
			}
		} else if (text.contains(":") && text.matches("[0-9A-Fa-f:.]+")) {
			// only hex digits, colons and dots: InetAddress treats it as a literal and never asks DNS
			try {
				bytes = InetAddress.getByName(text).getAddress();
			} catch (UnknownHostException | IllegalArgumentException e) {
				return Optional.empty();
			}
			if (bytes.length != 16) {
				return Optional.empty(); // an IPv4-mapped literal folds to IPv4; treat such spellings as invalid here
			}
		} else {
			return Optional.empty();
		}
		int bits = bytes.length * 8;
		int length = prefix == null ? bits : prefix;
		if (length < 0 || length > bits) {
			return Optional.empty();
		}
		BigInteger value = new BigInteger(1, bytes);
		BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
				.xor(BigInteger.ONE.shiftLeft(bits - length).subtract(BigInteger.ONE));
		return Optional.of(new Cidr(bytes.length == 16, value.and(mask), length));
	}

	/** Whether every address of {@code other} is in this range. */
	boolean contains(Cidr other) {
		if (other.ipv6 != ipv6 || other.prefix < prefix) {
			return false;
		}
		int bits = ipv6 ? 128 : 32;
		return other.network.shiftRight(bits - prefix).equals(network.shiftRight(bits - prefix));
	}
}
