package io.cartograph.sync;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The current {@link SyncStatus}, observable: listeners hear every change, on the thread that
 * made it (a UI hops to its own thread). Kept free of UI toolkits so that the client stays
 * headless.
 */
public final class SyncStatusValue {

	private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
	private volatile SyncStatus value;

	SyncStatusValue(SyncStatus initial) {
		value = initial;
	}

	public SyncStatus get() {
		return value;
	}

	public void addListener(Consumer<SyncStatus> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<SyncStatus> listener) {
		listeners.remove(listener);
	}

	synchronized void set(SyncStatus next) {
		if (next.equals(value)) {
			return;
		}
		value = next;
		listeners.forEach(listener -> listener.accept(next));
	}
}
