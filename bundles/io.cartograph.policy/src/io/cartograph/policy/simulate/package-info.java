/**
 * The dry run: a request stepped through a proxy's flows with the workspace's key value maps,
 * products and applications, as a trace.
 */
package io.cartograph.policy.simulate;
