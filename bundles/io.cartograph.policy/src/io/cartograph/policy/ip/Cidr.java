package io.cartograph.policy.ip;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An IPv4 or IPv6 address block as written in an allowlist: {@code 203.0.113.0/24},
 * {@code 2001:db8::/32}, or a single address without a prefix. Parsed by hand so that nothing
 * ever asks DNS: {@code InetAddress} would look up anything that is not an address.
 * <p>
 * Two decisions (docs/ip-allowlists.md): a block with host bits set ({@code 10.0.0.5/24}) means
 * its network ({@code 10.0.0.0/24}), as AccessControl applies the mask, and is reported as a likely
 * typing mistake; an IPv4-mapped IPv6 block ({@code ::ffff:10.0.0.0/120}) is the IPv4 block
 * ({@code 10.0.0.0/24}) for every comparison, as dual-stack servers see such callers as IPv4.
 */
public final class Cidr {

	private final byte[] address;
	private final int prefixLength;

	private Cidr(byte[] address, int prefixLength) {
		this.address = address;
		this.prefixLength = prefixLength;
	}

	/**
	 * @throws IllegalArgumentException with the reason, when the text is no address block
	 */
	public static Cidr parse(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("it is empty");
		}
		String trimmed = text.strip();
		int slash = trimmed.indexOf('/');
		String host = slash < 0 ? trimmed : trimmed.substring(0, slash);
		byte[] address = host.contains(":") ? ipv6(host) : ipv4(host);
		int bits = address.length * 8;
		if (slash < 0) {
			return new Cidr(address, bits);
		}
		String prefix = trimmed.substring(slash + 1);
		if (!prefix.matches("\\d{1,3}")) {
			throw new IllegalArgumentException("the prefix length '" + prefix + "' is not a number");
		}
		int length = Integer.parseInt(prefix);
		if (length > bits) {
			throw new IllegalArgumentException("the prefix length /" + length + " is above /" + bits);
		}
		return new Cidr(address, length);
	}

	/** A single address ({@code 192.0.2.1}, {@code 2001:db8::1}): a block of one. */
	public static Cidr address(String text) {
		Cidr parsed = parse(text);
		if (text.contains("/")) {
			throw new IllegalArgumentException("'" + text + "' is a block, not a single address");
		}
		return parsed;
	}

	public boolean isIpv6() {
		return address.length == 16;
	}

	public int prefixLength() {
		return prefixLength;
	}

	/** Whether bits after the prefix are set ({@code 10.0.0.7/24}): usually a typing mistake. */
	public boolean hasHostBits() {
		for (int bit = prefixLength; bit < address.length * 8; bit++) {
			if ((address[bit / 8] & (0x80 >>> (bit % 8))) != 0) {
				return true;
			}
		}
		return false;
	}

	/** The block with the host bits cleared, as text ({@code 10.0.0.0/24}); IPv6 in full form. */
	public String network() {
		byte[] network = address.clone();
		for (int bit = prefixLength; bit < network.length * 8; bit++) {
			network[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
		}
		List<String> parts = new ArrayList<>();
		if (isIpv6()) {
			for (int i = 0; i < 16; i += 2) {
				parts.add(Integer.toHexString(((network[i] & 0xff) << 8) | (network[i + 1] & 0xff)));
			}
			return String.join(":", parts) + "/" + prefixLength;
		}
		for (byte part : network) {
			parts.add(Integer.toString(part & 0xff));
		}
		return String.join(".", parts) + "/" + prefixLength;
	}

	/**
	 * The block as it is compared: host bits cleared, an IPv4-mapped IPv6 block with a prefix of
	 * at least /96 turned into the IPv4 block.
	 */
	public Cidr normalized() {
		byte[] bytes = address;
		int prefix = prefixLength;
		if (isIpv6() && prefix >= 96 && isIpv4Mapped(bytes)) {
			bytes = Arrays.copyOfRange(bytes, 12, 16);
			prefix -= 96;
		}
		byte[] network = bytes.clone();
		for (int bit = prefix; bit < network.length * 8; bit++) {
			network[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
		}
		return new Cidr(network, prefix);
	}

	/** Whether every address of {@code other} is in this block (after {@link #normalized()}). */
	public boolean contains(Cidr other) {
		Cidr self = normalized();
		Cidr that = other.normalized();
		if (self.address.length != that.address.length || self.prefixLength > that.prefixLength) {
			return false;
		}
		for (int bit = 0; bit < self.prefixLength; bit++) {
			int mask = 0x80 >>> (bit % 8);
			if ((self.address[bit / 8] & mask) != (that.address[bit / 8] & mask)) {
				return false;
			}
		}
		return true;
	}

	/** Blocks either hold one another or share no address: overlapping means nested. */
	public boolean overlaps(Cidr other) {
		return contains(other) || other.contains(this);
	}

	/** How many addresses the block holds. */
	public BigInteger addressCount() {
		Cidr self = normalized();
		return BigInteger.ONE.shiftLeft(self.address.length * 8 - self.prefixLength);
	}

	/** Same block after {@link #normalized()}: {@code 10.0.0.5/24} equals {@code 10.0.0.0/24}. */
	@Override
	public boolean equals(Object other) {
		if (!(other instanceof Cidr cidr)) {
			return false;
		}
		Cidr a = normalized();
		Cidr b = cidr.normalized();
		return a.prefixLength == b.prefixLength && Arrays.equals(a.address, b.address);
	}

	@Override
	public int hashCode() {
		Cidr self = normalized();
		return 31 * Arrays.hashCode(self.address) + self.prefixLength;
	}

	@Override
	public String toString() {
		return normalized().network();
	}

	private static boolean isIpv4Mapped(byte[] bytes) {
		for (int i = 0; i < 10; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
	}

	private static byte[] ipv4(String text) {
		String[] parts = text.split("\\.", -1);
		if (parts.length != 4) {
			throw new IllegalArgumentException("'" + text + "' is not an IPv4 address (four numbers 0-255 separated by dots)");
		}
		byte[] address = new byte[4];
		for (int i = 0; i < 4; i++) {
			String part = parts[i];
			if (!part.matches("0|[1-9]\\d{0,2}") || Integer.parseInt(part) > 255) {
				throw new IllegalArgumentException("'" + part + "' in '" + text + "' is not a number from 0 to 255");
			}
			address[i] = (byte) Integer.parseInt(part);
		}
		return address;
	}

	private static byte[] ipv6(String text) {
		int gap = text.indexOf("::");
		if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
			throw new IllegalArgumentException("'" + text + "' uses '::' more than once");
		}
		List<Integer> head = groups(gap < 0 ? text : text.substring(0, gap), text, gap < 0);
		List<Integer> tail = gap < 0 ? List.of() : groups(text.substring(gap + 2), text, true);
		int count = head.size() + tail.size();
		if (gap < 0 ? count != 8 : count > 7) {
			throw new IllegalArgumentException("'" + text + "' does not have eight groups of hex digits");
		}
		List<Integer> all = new ArrayList<>(head);
		for (int i = count; i < 8; i++) {
			all.add(0);
		}
		all.addAll(tail);
		byte[] address = new byte[16];
		for (int i = 0; i < 8; i++) {
			address[2 * i] = (byte) (all.get(i) >>> 8);
			address[2 * i + 1] = (byte) (int) all.get(i);
		}
		return address;
	}

	/** Colon-separated groups; the last may be an IPv4 address ({@code ::ffff:192.0.2.1}), which counts as two. */
	private static List<Integer> groups(String part, String whole, boolean mayEndInIpv4) {
		List<Integer> groups = new ArrayList<>();
		if (part.isEmpty()) {
			return groups;
		}
		String[] texts = part.split(":", -1);
		for (int i = 0; i < texts.length; i++) {
			String group = texts[i];
			if (mayEndInIpv4 && i == texts.length - 1 && group.contains(".")) {
				byte[] v4 = ipv4(group);
				groups.add(((v4[0] & 0xff) << 8) | (v4[1] & 0xff));
				groups.add(((v4[2] & 0xff) << 8) | (v4[3] & 0xff));
			} else if (group.matches("[0-9a-fA-F]{1,4}")) {
				groups.add(Integer.parseInt(group, 16));
			} else {
				throw new IllegalArgumentException("'" + group + "' in '" + whole + "' is not a group of one to four hex digits");
			}
		}
		return groups;
	}
}
