/**
 * INVENTORY: harvested raw artifacts and message records become the interfaces of the catalog.
 * {@link io.cartograph.rules.inventory.InventoryPlanner} computes what changes (pure, no model
 * edits); {@link io.cartograph.rules.inventory.InventoryCommand} turns the plan into one
 * undoable command. See docs/inventory.md.
 */
package io.cartograph.rules.inventory;
