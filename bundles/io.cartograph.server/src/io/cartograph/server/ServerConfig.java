package io.cartograph.server;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How a server instance runs. Several instances on one database need the same issuer and
 * audience (their tokens are then interchangeable).
 *
 * @param host          the address to listen on (127.0.0.1 by default; 0.0.0.0 for all)
 * @param port          0 picks a free one
 * @param maxBodyBytes  the largest request body accepted (snapshots are the large ones)
 * @param tlsKeystore   PKCS12 or JKS key store for HTTPS; null for plain HTTP
 * @param tlsPassword   its password (from an environment variable, never the command line)
 * @param oidc          an external issuer whose tokens are accepted too; null for none
 */
public record ServerConfig(String host, int port, String issuer, String audience, Duration tokenLifetime,
		long maxBodyBytes, Path tlsKeystore, char[] tlsPassword, Oidc oidc) {

	public static final int DEFAULT_PORT = 8470;

	/**
	 * @param userClaim      the claim that names the user; null for preferred_username, else sub
	 * @param refreshAtMost  the least time between two fetches of the JWKS, so that tokens naming
	 *                       made-up key ids cannot make the server hammer the issuer
	 */
	public record Oidc(String issuer, String audience, URL jwks, String userClaim, Duration refreshAtMost) {
		public Oidc(String issuer, String audience, URL jwks, String userClaim) {
			this(issuer, audience, jwks, userClaim, Duration.ofSeconds(10));
		}
	}

	public static ServerConfig defaults() {
		return new ServerConfig("127.0.0.1", DEFAULT_PORT, "cartograph-server", "cartograph", Duration.ofHours(8),
				64L * 1024 * 1024, null, null, null);
	}

	public ServerConfig withHost(String value) {
		return new ServerConfig(value, port, issuer, audience, tokenLifetime, maxBodyBytes, tlsKeystore, tlsPassword, oidc);
	}

	public ServerConfig withPort(int value) {
		return new ServerConfig(host, value, issuer, audience, tokenLifetime, maxBodyBytes, tlsKeystore, tlsPassword, oidc);
	}

	public ServerConfig withIssuer(String value) {
		return new ServerConfig(host, port, value, audience, tokenLifetime, maxBodyBytes, tlsKeystore, tlsPassword, oidc);
	}

	public ServerConfig withTokenLifetime(Duration value) {
		return new ServerConfig(host, port, issuer, audience, value, maxBodyBytes, tlsKeystore, tlsPassword, oidc);
	}

	public ServerConfig withMaxBodyBytes(long value) {
		return new ServerConfig(host, port, issuer, audience, tokenLifetime, value, tlsKeystore, tlsPassword, oidc);
	}

	public ServerConfig withTls(Path keystore, char[] password) {
		return new ServerConfig(host, port, issuer, audience, tokenLifetime, maxBodyBytes, keystore, password, oidc);
	}

	public ServerConfig withOidc(Oidc value) {
		return new ServerConfig(host, port, issuer, audience, tokenLifetime, maxBodyBytes, tlsKeystore, tlsPassword, value);
	}

	@Override
	public String toString() {
		// The record's own toString would print the TLS password.
		return "ServerConfig[" + host + ":" + port + ", issuer " + issuer + (tlsKeystore != null ? ", TLS" : "")
				+ (oidc != null ? ", OIDC " + oidc.issuer() : "") + "]";
	}
}
