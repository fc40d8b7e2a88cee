/**
 * XML as policies need it: parsed safely (no DTDs, no external entities), with the place of
 * every element kept so that problems can say where they are.
 */
package io.cartograph.policy.xml;
