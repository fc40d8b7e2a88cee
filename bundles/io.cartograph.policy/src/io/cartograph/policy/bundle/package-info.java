/**
 * Import and export of API proxy bundles: SAP API Management (APIProxy/ with
 * APIProxyEndPoint/, APITargetEndPoint/, Policy/, FileResource/) and Apigee (apiproxy/), zip or
 * folder, into the landscape model and back.
 */
package io.cartograph.policy.bundle;
