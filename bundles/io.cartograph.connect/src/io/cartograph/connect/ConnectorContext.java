package io.cartograph.connect;

import java.time.Instant;
import java.util.Objects;

import io.cartograph.connect.http.HttpSettings;
import io.cartograph.model.landscape.DataSource;

/**
 * Everything one run of a connector works with: the data source (settings and secret
 * references), the secrets behind those references, the cancel switch, the HTTP settings and,
 * for RUNTIME, the instant from which message records are wanted.
 */
public final class ConnectorContext {

	private final DataSource dataSource;
	private final Secrets secrets;
	private final Cancellation cancellation;
	private final HttpSettings http;
	private final Instant since;

	private ConnectorContext(DataSource dataSource, Secrets secrets, Cancellation cancellation, HttpSettings http,
			Instant since) {
		this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
		this.secrets = Objects.requireNonNull(secrets, "secrets");
		this.cancellation = Objects.requireNonNull(cancellation, "cancellation");
		this.http = Objects.requireNonNull(http, "http");
		this.since = since;
	}

	/** A context with default HTTP settings, a fresh cancellation and no {@code since}. */
	public static ConnectorContext of(DataSource dataSource, Secrets secrets) {
		return new ConnectorContext(dataSource, secrets, new Cancellation(), HttpSettings.defaults(), null);
	}

	public ConnectorContext withCancellation(Cancellation value) {
		return new ConnectorContext(dataSource, secrets, value, http, since);
	}

	public ConnectorContext withHttp(HttpSettings value) {
		return new ConnectorContext(dataSource, secrets, cancellation, value, since);
	}

	/** The start of the wanted message records (the start of the last successful RUNTIME run). */
	public ConnectorContext withSince(Instant value) {
		return new ConnectorContext(dataSource, secrets, cancellation, http, value);
	}

	public DataSource dataSource() {
		return dataSource;
	}

	public Secrets secrets() {
		return secrets;
	}

	public Cancellation cancellation() {
		return cancellation;
	}

	public HttpSettings http() {
		return http;
	}

	/** Null when there was no successful run yet: the connector then reads what the platform keeps. */
	public Instant since() {
		return since;
	}
}
