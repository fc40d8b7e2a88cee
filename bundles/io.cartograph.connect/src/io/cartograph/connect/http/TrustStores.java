package io.cartograph.connect.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Enumeration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Trust stores for TLS. Certificates are always verified: the only way to reach a host with a
 * private CA (a company proxy, an on-premise gateway) is to add that CA here, never to switch
 * verification off.
 */
public final class TrustStores {

	private TrustStores() {
	}

	/** The JDK's default CAs plus the certificates (PEM or DER, one or more) in {@code caFile}. */
	public static KeyStore defaultsPlus(Path caFile) throws IOException, GeneralSecurityException {
		KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
		store.load(null, null);
		int n = 0;
		for (X509Certificate ca : jdkDefaults().getAcceptedIssuers()) {
			store.setCertificateEntry("jdk-" + n++, ca);
		}
		try (InputStream in = Files.newInputStream(caFile)) {
			Collection<? extends Certificate> extra = CertificateFactory.getInstance("X.509").generateCertificates(in);
			if (extra.isEmpty()) {
				throw new GeneralSecurityException("No certificate in " + caFile);
			}
			int m = 0;
			for (Certificate certificate : extra) {
				store.setCertificateEntry("custom-" + m++, certificate);
			}
		}
		return store;
	}

	/** How many certificates the store trusts (for a confirmation in the UI). */
	public static int size(KeyStore store) throws GeneralSecurityException {
		int n = 0;
		for (Enumeration<String> aliases = store.aliases(); aliases.hasMoreElements(); aliases.nextElement()) {
			n++;
		}
		return n;
	}

	static SSLContext sslContext(KeyStore trustStore) {
		try {
			TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			factory.init(trustStore); // null: the JDK's cacerts
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, factory.getTrustManagers(), null);
			return context;
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("TLS is not available: " + e.getMessage(), e);
		}
	}

	private static X509TrustManager jdkDefaults() throws GeneralSecurityException {
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init((KeyStore) null);
		for (TrustManager manager : factory.getTrustManagers()) {
			if (manager instanceof X509TrustManager x509) {
				return x509;
			}
		}
		throw new GeneralSecurityException("The JDK has no X.509 trust manager");
	}
}
