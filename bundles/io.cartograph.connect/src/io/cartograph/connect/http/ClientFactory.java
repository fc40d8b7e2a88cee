package io.cartograph.connect.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

import io.cartograph.connect.ConnectorContext;
import io.cartograph.connect.ConnectorException;
import io.cartograph.connect.ConnectorException.Failure;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.Proxy;

/** Builds the {@link ApiClient} of a data source from the model. */
final class ClientFactory {

	private ClientFactory() {
	}

	static ApiClient create(ConnectorContext context) {
		DataSource source = context.dataSource();
		HttpSettings settings = context.http();
		Redactor redactor = new Redactor();
		URI base = baseUrl(source);
		Authenticator authenticator = Authenticator.of(source.getAuthentication(), context.secrets(), redactor);

		var connections = PoolingHttpClientConnectionManagerBuilder.create()
				.setDefaultConnectionConfig(ConnectionConfig.custom()
						.setConnectTimeout(Timeout.of(settings.connectTimeout()))
						.setSocketTimeout(Timeout.of(settings.readTimeout()))
						.build())
				// Hostname and chain are verified; the trust store decides which CAs count.
				.setTlsSocketStrategy(ClientTlsStrategyBuilder.create()
						.setSslContext(TrustStores.sslContext(settings.trustStore()))
						.buildClassic())
				.build();
		HttpClientBuilder builder = HttpClientBuilder.create()
				.setConnectionManager(connections)
				.setDefaultRequestConfig(RequestConfig.custom()
						.setResponseTimeout(Timeout.of(settings.readTimeout()))
						.setConnectionRequestTimeout(Timeout.of(settings.connectTimeout()))
						.build())
				// Retries are ours (with Retry-After); redirects could carry credentials elsewhere.
				.disableAutomaticRetries()
				.disableRedirectHandling()
				.disableCookieManagement()
				.setUserAgent("Cartograph");
		String locationId = null;
		Proxy proxy = source.getProxy();
		if (proxy != null && proxy.getHost() != null && !proxy.getHost().isBlank()) {
			HttpHost proxyHost = new HttpHost("http", proxy.getHost().strip(), proxy.getPort() > 0 ? proxy.getPort() : 8080);
			builder.setProxy(proxyHost);
			if (proxy.getUsername() != null && !proxy.getUsername().isBlank() && proxy.getPassword() != null) {
				char[] password = context.secrets().secret(proxy.getPassword()).orElse(null);
				if (password != null) {
					redactor.hide(new String(password));
					BasicCredentialsProvider credentials = new BasicCredentialsProvider();
					credentials.setCredentials(new AuthScope(proxyHost),
							new UsernamePasswordCredentials(proxy.getUsername(), password.clone()));
					Arrays.fill(password, '\0');
					builder.setDefaultCredentialsProvider(credentials);
				}
			}
			if (proxy.getLocationId() != null && !proxy.getLocationId().isBlank()) {
				locationId = proxy.getLocationId().strip();
			}
		}
		return new ApiClient(base, builder.build(), authenticator, settings, context.cancellation(), redactor,
				locationId);
	}

	/** The data source's URL, or https:// plus its host name as the onboarding guide has people enter it. */
	static URI baseUrl(DataSource source) {
		String text = source.getUrl();
		if (text == null || text.isBlank()) {
			String host = source.getHostname();
			if (host == null || host.isBlank()) {
				throw new ConnectorException(Failure.CONFIGURATION,
						"The data source " + source.getName() + " has neither a host name nor a URL.");
			}
			text = "https://" + host.strip().replaceFirst("^[a-zA-Z]+://", "");
		}
		URI uri;
		try {
			uri = URI.create(text.strip().endsWith("/") ? text.strip() : text.strip() + "/");
		} catch (IllegalArgumentException e) {
			throw new ConnectorException(Failure.CONFIGURATION, "The URL " + text + " is not valid.");
		}
		if (uri.getHost() == null) {
			throw new ConnectorException(Failure.CONFIGURATION, "The URL " + text + " has no host.");
		}
		requireSecureScheme(uri, "URL");
		return uri;
	}

	/** https everywhere; plain http only to this machine (the sandbox tenant, tests). */
	static void requireSecureScheme(URI uri, String what) {
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
		if (scheme.equals("https")) {
			return;
		}
		if (scheme.equals("http") && isLoopback(uri.getHost())) {
			return;
		}
		throw new ConnectorException(Failure.CONFIGURATION, "The " + what + " " + ApiClient.endpoint(uri)
				+ " must use https (plain http is allowed only to localhost).");
	}

	private static boolean isLoopback(String host) {
		if (host == null) {
			return false;
		}
		if (host.equalsIgnoreCase("localhost")) {
			return true;
		}
		try {
			// Only literal addresses: resolving a name here would do DNS before the real request.
			return host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+\\]?") && InetAddress.getByName(host).isLoopbackAddress();
		} catch (UnknownHostException e) {
			return false;
		}
	}
}
