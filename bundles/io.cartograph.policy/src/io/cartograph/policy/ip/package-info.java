/**
 * IP allowlists: CIDR ranges (IPv4 and IPv6), their overlaps, duplicates, over-broad ranges,
 * drift between lists, and whether an address is allowed.
 */
package io.cartograph.policy.ip;
