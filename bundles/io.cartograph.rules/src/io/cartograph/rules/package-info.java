/**
 * Inventory and governance over the landscape model: transformation rules, integration
 * strategy fit, To-do, KPIs and end-to-end proposals. No UI; the workbench and the command line
 * use it.
 */
package io.cartograph.rules;
