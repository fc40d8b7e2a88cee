/**
 * The INVENTORY task on a workspace's model: {@link io.cartograph.core.inventory.InventoryTasks}
 * runs it for Cloud Integration sources and hands every other task to the standard work.
 */
package io.cartograph.core.inventory;
