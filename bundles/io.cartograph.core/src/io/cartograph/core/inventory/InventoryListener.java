package io.cartograph.core.inventory;

import io.cartograph.model.landscape.DataSource;

/** Hears what an INVENTORY run changed, once its command is executed (and saved, headless). */
@FunctionalInterface
public interface InventoryListener {

	void applied(DataSource source, InventoryResult result);
}
