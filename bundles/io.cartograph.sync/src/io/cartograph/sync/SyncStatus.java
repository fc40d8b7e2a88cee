package io.cartograph.sync;

/**
 * How sync stands, for the status bar: whether the server answered last time, how many change
 * sets wait to be pushed, how many conflicts wait for the user, the last revision pulled, and the
 * last problem in words (null when there is none).
 */
public record SyncStatus(boolean online, int pending, int conflicts, long pulledRevision, String problem) {

	static SyncStatus initial(int pending, long pulled) {
		return new SyncStatus(false, pending, 0, pulled, null);
	}
}
