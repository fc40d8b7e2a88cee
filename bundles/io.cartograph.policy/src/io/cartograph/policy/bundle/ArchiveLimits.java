package io.cartograph.policy.bundle;

/**
 * How much a bundle may hold before it is refused. A real proxy bundle is a few dozen small files;
 * the limits are far above that and far below what would hurt the workbench.
 *
 * @param maxEntries files in the bundle
 * @param maxTotalBytes uncompressed bytes of all files together
 * @param maxRatio uncompressed / compressed bytes of one zip entry, checked once the entry is
 *                 larger than {@code ratioThresholdBytes} (small files compress well legitimately)
 */
record ArchiveLimits(int maxEntries, long maxTotalBytes, long maxRatio, long ratioThresholdBytes) {

	static final ArchiveLimits DEFAULT = new ArchiveLimits(10_000, 100L * 1024 * 1024, 100, 1024 * 1024);
}
