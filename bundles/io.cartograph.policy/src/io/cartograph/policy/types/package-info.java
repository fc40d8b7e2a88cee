/**
 * Typed policies: for each known policy type, its elements and attributes, their types and
 * whether they are required, as a view over the policy XML.
 */
package io.cartograph.policy.types;
