/**
 * File > Import API Proxy Bundle... and Export API Proxy Bundle...: proxy bundles (zip) in and out
 * of the workbench, over io.cartograph.policy.bundle.
 */
package io.cartograph.ui.policy.bundles;
