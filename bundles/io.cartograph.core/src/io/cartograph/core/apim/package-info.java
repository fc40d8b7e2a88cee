/**
 * API Management content of a workspace changed as a whole: proxies imported from bundles.
 */
package io.cartograph.core.apim;
