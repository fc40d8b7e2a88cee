package io.cartograph.policy.simulate;

/** Where the request stopped: the HTTP status the client would get, why, and the policy that raised it. */
public record Fault(int status, String reason, String policy) {
}
