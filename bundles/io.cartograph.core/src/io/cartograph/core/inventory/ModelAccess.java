package io.cartograph.core.inventory;

import io.cartograph.core.model.LandscapeModel;

/**
 * Where a job may touch the landscape model: the model is not thread-safe, so the workbench
 * runs the action on its UI thread and the command line under the model's lock.
 */
@FunctionalInterface
public interface ModelAccess {

	/** Runs the action where the model may be read and changed, and returns when it is done. */
	void run(Runnable action);

	/** For the command line: one action at a time, in the calling thread. */
	static ModelAccess locked(LandscapeModel model) {
		return action -> {
			synchronized (model) {
				action.run();
			}
		};
	}
}
