/**
 * The condition language of flows and steps (Apigee's, which SAP API Management uses):
 * comparisons of variables and literals, AND / OR / NOT and parentheses, operators spelled as
 * symbols or words in any case. Parsed into a tree that evaluates against a request's variables;
 * syntax errors carry the offset and length of the text they are about.
 */
package io.cartograph.policy.condition;
