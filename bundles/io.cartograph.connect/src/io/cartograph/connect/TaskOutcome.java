package io.cartograph.connect;

/**
 * How a task run ended, with what it harvested. {@code message} is for people (the job monitor)
 * and never holds a secret.
 */
public record TaskOutcome(Result result, String message, long artifacts, long messageRecords) {

	public enum Result {
		SUCCESS, FAILED, CANCELLED
	}

	public static TaskOutcome success(String message, long artifacts, long messageRecords) {
		return new TaskOutcome(Result.SUCCESS, message, artifacts, messageRecords);
	}

	public static TaskOutcome failed(String message, long artifacts, long messageRecords) {
		return new TaskOutcome(Result.FAILED, message, artifacts, messageRecords);
	}

	public static TaskOutcome cancelled(long artifacts, long messageRecords) {
		return new TaskOutcome(Result.CANCELLED, "Cancelled", artifacts, messageRecords);
	}

	public boolean succeeded() {
		return result == Result.SUCCESS;
	}
}
