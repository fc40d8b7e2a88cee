package io.cartograph.ui.jobs;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.core.runtime.IStatus;

/** One background job as the monitor shows it: what it is, when it ran, how it ended. */
public final class JobRecord {

	/** Where a job is in its life. */
	public enum State {
		WAITING, RUNNING, SUCCEEDED, FAILED, CANCELLED
	}

	private final String name;
	private final Instant scheduled;
	private volatile Instant started;
	private volatile Instant ended;
	private volatile State state = State.WAITING;
	private volatile String message = "";

	JobRecord(String name, Instant scheduled) {
		this.name = name;
		this.scheduled = scheduled;
	}

	void running(Instant at) {
		started = at;
		state = State.RUNNING;
	}

	void done(Instant at, IStatus result) {
		ended = at;
		if (result == null || result.isOK()) {
			state = State.SUCCEEDED;
		} else if (result.matches(IStatus.CANCEL)) {
			state = State.CANCELLED;
		} else if (result.matches(IStatus.ERROR)) {
			state = State.FAILED;
		} else {
			state = State.SUCCEEDED;
		}
		message = result == null ? "" : result.getMessage();
	}

	public String name() {
		return name;
	}

	public Instant scheduled() {
		return scheduled;
	}

	public Instant started() {
		return started;
	}

	public State state() {
		return state;
	}

	public String message() {
		return message;
	}

	/** Time spent running so far (running jobs) or in all (finished ones); zero while waiting. */
	public Duration duration(Instant now) {
		if (started == null) {
			return Duration.ZERO;
		}
		return Duration.between(started, ended != null ? ended : now);
	}
}
