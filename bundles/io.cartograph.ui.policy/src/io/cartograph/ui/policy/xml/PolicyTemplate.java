package io.cartograph.ui.policy.xml;

/**
 * A starting point for one policy of a scenario of the deployment guide: the policy's XML as we
 * wrote it, with the values a consultant replaces (map names, hosts, addresses) in plain sight.
 */
public record PolicyTemplate(String name, String scenario, String policyType, String xml) {
}
