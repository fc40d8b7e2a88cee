package io.cartograph.connect;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.cartograph.model.landscape.Authentication;
import io.cartograph.model.landscape.AuthenticationType;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.Product;
import io.cartograph.model.landscape.Proxy;
import io.cartograph.model.landscape.SecretReference;

/** Data sources for tests, with their secrets in a map instead of the secure store. */
public final class DataSources implements Secrets {

	private static final LandscapeFactory MODEL = LandscapeFactory.eINSTANCE;
	private final Map<String, String> secrets = new HashMap<>();

	@Override
	public Optional<char[]> secret(SecretReference reference) {
		return Optional.ofNullable(secrets.get(reference.getUuid())).map(String::toCharArray);
	}

	/** A Cloud Integration data source at {@code url} without authentication. */
	public DataSource cpi(URI url) {
		DataSource source = MODEL.createDataSource();
		source.setName("CPI_TEST");
		source.setType(DataSourceType.SAP_BTP);
		source.getProducts().add(Product.CLOUDINTEGRATION);
		source.setUrl(url.toString());
		Authentication authentication = MODEL.createAuthentication();
		authentication.setType(AuthenticationType.NONE);
		source.setAuthentication(authentication);
		return source;
	}

	public DataSource oauth(URI url, String tokenUrl, String clientId, String clientSecret) {
		DataSource source = cpi(url);
		Authentication authentication = source.getAuthentication();
		authentication.setType(AuthenticationType.OAUTH2);
		authentication.setClientId(clientId);
		authentication.setTokenUrl(tokenUrl);
		authentication.setSecret(reference(clientSecret));
		return source;
	}

	public DataSource basic(URI url, String user, String password) {
		DataSource source = cpi(url);
		source.getAuthentication().setType(AuthenticationType.BASICAUTH);
		source.getAuthentication().setUsername(user);
		source.getAuthentication().setSecret(reference(password));
		return source;
	}

	public DataSource apiKey(URI url, String header, String key) {
		DataSource source = cpi(url);
		source.getAuthentication().setType(AuthenticationType.APIKEY);
		source.getAuthentication().setApiKeyHeader(header);
		source.getAuthentication().setSecret(reference(key));
		return source;
	}

	public DataSource accessToken(URI url, String token) {
		DataSource source = cpi(url);
		source.getAuthentication().setType(AuthenticationType.ACCESSTOKEN);
		source.getAuthentication().setSecret(reference(token));
		return source;
	}

	public static void viaProxy(DataSource source, int port) {
		Proxy proxy = MODEL.createProxy();
		proxy.setName("test proxy");
		proxy.setHost("localhost");
		proxy.setPort(port);
		source.setProxy(proxy);
	}

	private SecretReference reference(String secret) {
		SecretReference reference = MODEL.createSecretReference();
		reference.setUuid(UUID.randomUUID().toString());
		secrets.put(reference.getUuid(), secret);
		return reference;
	}
}
