/**
 * The sample landscape: a believable, seeded, reproducible landscape for the sample workspace,
 * demonstrations and benchmarks.
 */
package io.cartograph.core.sample;
