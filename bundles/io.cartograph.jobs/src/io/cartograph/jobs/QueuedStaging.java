package io.cartograph.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import io.cartograph.connect.HarvestSink;
import io.cartograph.store.LogLevel;
import io.cartograph.store.MessageRecord;
import io.cartograph.store.RawArtifact;
import io.cartograph.store.RunWriter;

/**
 * Puts what a connector harvests into its run from a thread of its own, so that reading and
 * parsing the next page overlaps writing the last batch to the store: a RUNTIME run is otherwise
 * either waiting for the platform or for the disk, and uses one core of two.
 * <p>
 * The queue is bounded (memory stays flat however much is harvested). If the store refuses a
 * batch, the next item handed over throws its reason, which ends the connector's run; whatever
 * is still queued is dropped.
 */
final class QueuedStaging implements HarvestSink, AutoCloseable {

	private static final Object END = new Object();
	private static final int CAPACITY = 4_000;

	private final BlockingQueue<Object> items = new ArrayBlockingQueue<>(CAPACITY);
	private final RunWriter run;
	private final Clock clock;
	private final Thread writer;
	private volatile RuntimeException failure;
	private volatile boolean discard;
	private boolean ended;

	QueuedStaging(RunWriter run, Clock clock, String name) {
		this.run = run;
		this.clock = clock;
		writer = new Thread(this::write, "Cartograph staging: " + name);
		writer.setDaemon(true);
		writer.start();
	}

	@Override
	public void artifact(String kind, String externalId, String version, String jsonPayload) {
		put(new RawArtifact(kind, externalId, version, jsonPayload, clock.instant()));
	}

	@Override
	public void messageRecord(String guid, String artifactId, String status, Instant logStart, Instant logEnd,
			String correlationId, String sender, String receiver) {
		put(new MessageRecord(guid, artifactId, status, logStart, logEnd, correlationId, sender, receiver));
	}

	@Override
	public void log(Level level, String message) {
		run.log(switch (level) {
		case INFO -> LogLevel.INFO;
		case WARNING -> LogLevel.WARN;
		case ERROR -> LogLevel.ERROR;
		}, message);
	}

	/** Waits until everything handed over is staged; throws what the store refused. */
	void finish() {
		end();
		if (failure != null) {
			throw failure;
		}
	}

	/** Drops what is still queued (the run failed or was cancelled) and stops the writer. */
	@Override
	public void close() {
		discard = true;
		items.clear();
		end();
	}

	private void put(Object item) {
		if (failure != null) {
			throw failure;
		}
		try {
			items.put(item);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while handing harvested data to the store", e);
		}
	}

	private void end() {
		if (ended) {
			return;
		}
		ended = true;
		try {
			items.put(END);
			writer.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void write() {
		while (true) {
			Object item;
			try {
				item = items.take();
			} catch (InterruptedException e) {
				return;
			}
			if (item == END) {
				return;
			}
			// After a failure the writer keeps taking (and dropping) items, so a connector that
			// is about to hand over another one never waits for a queue nobody empties.
			if (failure != null || discard) {
				continue;
			}
			try {
				if (item instanceof MessageRecord message) {
					run.stage(message);
				} else {
					run.stage((RawArtifact) item);
				}
				run.addRead(1);
			} catch (RuntimeException e) {
				failure = e;
			}
		}
	}
}
