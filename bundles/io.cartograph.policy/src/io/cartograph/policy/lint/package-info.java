/**
 * The policy lint: rules with stable ids and severities over a proxy's flows and policies,
 * workspace settings, and reports as text, JSON and SARIF.
 */
package io.cartograph.policy.lint;
