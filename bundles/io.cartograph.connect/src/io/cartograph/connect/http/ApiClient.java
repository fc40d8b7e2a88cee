package io.cartograph.connect.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

import io.cartograph.connect.Cancellation;
import io.cartograph.connect.CancelledException;
import io.cartograph.connect.ConnectorContext;
import io.cartograph.connect.ConnectorException;
import io.cartograph.connect.ConnectorException.Failure;

/**
 * Talks JSON over HTTP to one data source's API: adds its credentials, retries 429 and 5xx with
 * backoff (honouring Retry-After, each wait capped), renews an OAuth token once on 401, aborts
 * the request in flight when the run is cancelled and turns every failure into a
 * {@link ConnectorException} that names the endpoint and what it answered, without secrets.
 * One client per run; not for use from several threads at once.
 */
public final class ApiClient implements AutoCloseable {

	private static final JsonFactory JSON = new JsonFactory();
	private static final int EXCERPT_BYTES = 2048;

	private final URI base;
	private final CloseableHttpClient http;
	private final Authenticator authenticator;
	private final HttpSettings settings;
	private final Cancellation cancellation;
	private final Redactor redactor;
	private final String locationId;

	ApiClient(URI base, CloseableHttpClient http, Authenticator authenticator, HttpSettings settings,
			Cancellation cancellation, Redactor redactor, String locationId) {
		this.base = base;
		this.http = http;
		this.authenticator = authenticator;
		this.settings = settings;
		this.cancellation = cancellation;
		this.redactor = redactor;
		this.locationId = locationId;
	}

	/**
	 * A client for the data source of {@code context}: its URL (or https:// plus its host name),
	 * authentication, proxy and the context's HTTP settings.
	 *
	 * @throws ConnectorException ({@link Failure#CONFIGURATION}) when a setting or secret is missing
	 */
	public static ApiClient forDataSource(ConnectorContext context) {
		return ClientFactory.create(context);
	}

	public URI base() {
		return base;
	}

	HttpSettings settings() {
		return settings;
	}

	/** Removes secrets the client knows of from {@code text} (for log lines built from answers). */
	public String clean(String text) {
		return redactor.clean(text);
	}

	/** Whether getting credentials involves a token endpoint (OAUTH2). */
	public boolean usesTokenEndpoint() {
		return authenticator.usesTokenEndpoint();
	}

	/** Gets a token now when the data source uses OAUTH2 (Test Connection's first step). */
	public void fetchToken() {
		if (authenticator instanceof ClientCredentialsToken token) {
			token.fetch(this);
		}
	}

	/** GETs {@code pathOrUrl} (relative to the base URL, or absolute) and reads the JSON answer. */
	public <T> T get(String pathOrUrl, JsonReader<T> reader) {
		URI uri = resolve(pathOrUrl);
		return execute(uri, () -> {
			HttpGet get = new HttpGet(uri);
			get.setHeader("Accept", "application/json");
			authenticator.apply(get, this);
			return get;
		}, reader, true);
	}

	/**
	 * GETs {@code pathOrUrl} and hands the successful answer's body to {@code reader} as it
	 * streams in (binary content such as an artifact's zip); same authentication, retries and
	 * failures as {@link #get}.
	 */
	public <T> T download(String pathOrUrl, BodyReader<T> reader) {
		URI uri = resolve(pathOrUrl);
		return executeReading(uri, () -> {
			HttpGet get = new HttpGet(uri);
			get.setHeader("Accept", "application/zip, application/octet-stream");
			authenticator.apply(get, this);
			return get;
		}, reader, true);
	}

	/** A token request: never authenticated with a token itself, refusals are {@link Failure#TOKEN}. */
	<T> T token(String tokenUrl, Supplier<HttpUriRequestBase> request, JsonReader<T> reader) {
		URI uri = URI.create(tokenUrl);
		ClientFactory.requireSecureScheme(uri, "token URL");
		return execute(uri, request, reader, false);
	}

	URI resolve(String pathOrUrl) {
		URI uri = base.resolve(pathOrUrl);
		if (!sameOrigin(uri, base)) {
			// A next link pointing elsewhere would carry our credentials to a foreign host.
			throw new ConnectorException(Failure.MALFORMED_RESPONSE, endpoint(uri), 0,
					"Refusing to follow a link to " + endpoint(uri) + ": it leaves " + endpoint(base) + ".", null);
		}
		return uri;
	}

	private <T> T execute(URI uri, Supplier<HttpUriRequestBase> factory, JsonReader<T> reader, boolean api) {
		BodyReader<T> json = in -> {
			try (JsonParser parser = JSON.createParser(in)) {
				return reader.read(parser);
			}
		};
		return executeReading(uri, factory, json, api);
	}

	private <T> T executeReading(URI uri, Supplier<HttpUriRequestBase> factory, BodyReader<T> reader, boolean api) {
		String endpoint = endpoint(uri);
		boolean renewed = false;
		for (int attempt = 1;; attempt++) {
			cancellation.check();
			HttpUriRequestBase request = factory.get();
			if (locationId != null) {
				request.setHeader("SAP-Connectivity-SCC-Location_ID", locationId);
			}
			Answer<T> answer;
			try (Cancellation.Registration abort = cancellation.abortOnCancel(request::cancel)) {
				answer = http.execute(request, response -> read(response, reader));
			} catch (ConnectorException | CancelledException e) {
				throw e;
			} catch (JsonProcessingException | MalformedResponseException e) {
				throw cancelledOr(new ConnectorException(Failure.MALFORMED_RESPONSE, endpoint, 200,
						request.getMethod() + " " + endpoint + " answered malformed JSON: "
								+ redactor.clean(firstLine(e.getMessage())),
						null));
			} catch (IOException | RuntimeException e) {
				throw cancelledOr(networkFailure(request.getMethod(), endpoint, e));
			}
			if (answer.value != null || answer.status / 100 == 2) {
				return answer.value;
			}
			int status = answer.status;
			if (api && status == 401 && !renewed && authenticator.renew()) {
				renewed = true;
				attempt--; // the renewal is not a retry
				continue;
			}
			if ((status == 429 || status >= 500 && status != 501) && attempt < settings.maxAttempts()) {
				pause(retryWait(attempt, answer.retryAfter));
				continue;
			}
			throw statusFailure(request.getMethod(), endpoint, answer, api);
		}
	}

	private <T> Answer<T> read(ClassicHttpResponse response, BodyReader<T> reader) throws IOException {
		int status = response.getCode();
		HttpEntity entity = response.getEntity();
		if (status / 100 == 2) {
			if (entity == null) {
				throw new MalformedResponseException("the answer has no body");
			}
			try (InputStream in = entity.getContent()) {
				T value = reader.read(in);
				return new Answer<>(status, value, null, null);
			}
		}
		String body = null;
		if (entity != null) {
			try (InputStream in = entity.getContent()) {
				body = new String(in.readNBytes(EXCERPT_BYTES), StandardCharsets.UTF_8);
			}
		}
		var retryAfter = response.getFirstHeader("Retry-After");
		return new Answer<>(status, null, body, retryAfter == null ? null : retryAfter.getValue());
	}

	private record Answer<T>(int status, T value, String body, String retryAfter) {
	}

	private Duration retryWait(int attempt, String retryAfter) {
		Duration wait = RetryAfter.parse(retryAfter, settings.clock().instant())
				.orElse(settings.firstRetryWait().multipliedBy(1L << Math.min(attempt - 1, 10)));
		return wait.compareTo(settings.maxRetryWait()) > 0 ? settings.maxRetryWait() : wait;
	}

	private void pause(Duration wait) {
		try {
			settings.sleeper().sleep(wait, cancellation);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			cancellation.cancel();
		}
		cancellation.check();
	}

	private RuntimeException cancelledOr(ConnectorException failure) {
		return cancellation.isCancelled() ? new CancelledException() : failure;
	}

	private ConnectorException statusFailure(String method, String endpoint, Answer<?> answer, boolean api) {
		int status = answer.status;
		Failure failure;
		String hint;
		if (!api && (status == 400 || status == 401)) {
			failure = Failure.TOKEN;
			hint = "The token endpoint refused the client credentials; check client id and secret. ";
		} else if (status == 401) {
			failure = Failure.UNAUTHORIZED;
			hint = "The credentials were not accepted. ";
		} else if (status == 403) {
			failure = Failure.FORBIDDEN;
			hint = "The user lacks the roles for this API. ";
		} else if (status == 404) {
			failure = Failure.NOT_FOUND;
			hint = "Check the host name. ";
		} else {
			failure = Failure.HTTP_STATUS;
			hint = status == 429 || status >= 500 ? "Gave up after " + settings.maxAttempts() + " attempts. " : "";
		}
		return new ConnectorException(failure, endpoint, status,
				hint + method + " " + endpoint + " answered " + status + ": " + redactor.excerpt(answer.body), null);
	}

	private ConnectorException networkFailure(String method, String endpoint, Exception e) {
		Throwable cause = rootOf(e);
		Failure failure;
		String what;
		if (cause instanceof UnknownHostException) {
			failure = Failure.DNS;
			what = "the host name " + URI.create(endpoint).getHost() + " does not resolve";
		} else if (cause instanceof SSLException) {
			failure = Failure.TLS;
			what = "the TLS handshake failed (" + firstLine(cause.getMessage())
					+ "); if the host uses a private CA, import it into the trust store";
		} else if (e instanceof ConnectTimeoutException || cause instanceof ConnectTimeoutException) {
			failure = Failure.TIMEOUT;
			what = "connecting took longer than " + settings.connectTimeout().toSeconds() + " s";
		} else if (cause instanceof SocketTimeoutException || cause instanceof InterruptedIOException) {
			failure = Failure.TIMEOUT;
			what = "no answer within " + settings.readTimeout().toSeconds() + " s";
		} else if (cause instanceof ConnectException || cause instanceof NoRouteToHostException) {
			failure = Failure.CONNECT;
			what = "nothing answers there (" + firstLine(cause.getMessage()) + ")";
		} else {
			failure = Failure.IO;
			what = cause.getClass().getSimpleName() + ": " + firstLine(cause.getMessage());
		}
		return new ConnectorException(failure, endpoint, 0, method + " " + endpoint + " failed: " + redactor.clean(what),
				null);
	}

	private static Throwable rootOf(Throwable e) {
		Throwable t = e;
		while (t.getCause() != null && t.getCause() != t && !(t instanceof UnknownHostException)
				&& !(t instanceof SSLException)) {
			t = t.getCause();
		}
		return t;
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "no details";
		}
		int nl = message.indexOf('\n');
		return nl < 0 ? message : message.substring(0, nl);
	}

	/** Scheme, host, port and path: queries can be long and are not needed to find the endpoint. */
	static String endpoint(URI uri) {
		return uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
	}

	private static boolean sameOrigin(URI a, URI b) {
		return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
				&& a.getPort() == b.getPort();
	}

	@Override
	public void close() {
		try {
			http.close();
		} catch (IOException e) {
			// Nothing left to do with a client whose connections do not close.
		}
	}
}
