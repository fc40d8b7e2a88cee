package io.cartograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * Which tokens open the API: the server's own, and an external OIDC issuer's whose keys the
 * server fetches from a JWKS endpoint (served here on localhost). Everything else gets 401.
 */
class TokenTest {

	private static final String IDP = "https://idp.example.test/realms/cartograph";

	@TempDir
	Path folder;

	private HttpServer jwksEndpoint;
	private volatile String jwks;
	private RSAKey idpKey;
	private Fixture fixture;

	@BeforeEach
	void startIssuer() throws Exception {
		idpKey = new RSAKeyGenerator(2048).keyID("k1").generate();
		jwks = new JWKSet(idpKey.toPublicJWK()).toString();
		jwksEndpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		jwksEndpoint.createContext("/jwks", exchange -> {
			byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		jwksEndpoint.start();
		URI jwksUri = URI.create("http://127.0.0.1:" + jwksEndpoint.getAddress().getPort() + "/jwks");
		fixture = new Fixture(Backend.H2, folder, config -> config.withOidc(
				new ServerConfig.Oidc(IDP, "cartograph-api", toUrl(jwksUri), null, Duration.ofMillis(1))));
	}

	@AfterEach
	void stop() {
		if (fixture != null) {
			fixture.close();
		}
		jwksEndpoint.stop(0);
	}

	private static java.net.URL toUrl(URI uri) {
		try {
			return uri.toURL();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private int status(String token) {
		return fixture.client.get("/workspaces", token).status();
	}

	/** A token as the server would issue it for carla, changed by {@code change}. */
	private String own(Consumer<JWTClaimsSet.Builder> change) throws JOSEException {
		return sign(new MACSigner(fixture.storage.signingKey()), JWSAlgorithm.HS256, "cartograph-server", "cartograph", change);
	}

	private static String sign(JWSSigner signer, JWSAlgorithm algorithm, String issuer, String audience,
			Consumer<JWTClaimsSet.Builder> change) throws JOSEException {
		return sign(signer, new JWSHeader.Builder(algorithm).build(), issuer, audience, change);
	}

	private static String sign(JWSSigner signer, JWSHeader header, String issuer, String audience,
			Consumer<JWTClaimsSet.Builder> change) throws JOSEException {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject("carla").issuer(issuer).audience(audience)
				.issueTime(Date.from(now)).notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)));
		change.accept(claims);
		SignedJWT jwt = new SignedJWT(header, claims.build());
		jwt.sign(signer);
		return jwt.serialize();
	}

	@Test
	void theServersOwnTokensAreCheckedInFull() throws Exception {
		assertEquals(200, status(fixture.client.token("carla", Fixture.PASSWORD)));
		assertEquals(200, status(own(claims -> { })), "the crafted tokens are right but for what each test changes");

		Instant past = Instant.now().minusSeconds(3600);
		assertEquals(401, status(own(claims -> claims.issueTime(Date.from(past)).notBeforeTime(Date.from(past))
				.expirationTime(Date.from(past.plusSeconds(600))))), "expired");
		assertEquals(401, status(own(claims -> claims.notBeforeTime(Date.from(Instant.now().plusSeconds(600))))),
				"not yet valid");
		assertEquals(401, status(own(claims -> claims.issuer("someone-else"))), "other issuer");
		assertEquals(401, status(own(claims -> claims.audience("other-api"))), "other audience");
		assertEquals(401, status(own(claims -> claims.expirationTime(null))), "no expiry");
		byte[] otherKey = new byte[32];
		new java.security.SecureRandom().nextBytes(otherKey);
		assertEquals(401, status(sign(new MACSigner(otherKey), JWSAlgorithm.HS256, "cartograph-server", "cartograph",
				claims -> { })), "other key");
		assertEquals(401, status("not-a-token"));
	}

	@Test
	void unsignedTokensAreRefused() throws Exception {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("carla").issuer("cartograph-server").audience("cartograph")
				.issueTime(Date.from(now)).notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600))).build();
		assertEquals(401, status(new PlainJWT(claims).serialize()), "alg none");
		// The same with the signature of a valid token left on: still alg none.
		String valid = own(c -> { });
		String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
		String[] parts = valid.split("\\.");
		assertEquals(401, status(header + "." + parts[1] + "." + parts[2]));
		assertEquals(401, status(header + "." + parts[1] + "."));
	}

	@Test
	void anExternalIssuersTokensCarryOnlyTheServersRoles() throws Exception {
		String token = sign(new RSASSASigner(idpKey), new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), IDP,
				"cartograph-api", claims -> claims.subject("4f1c-uuid").claim("preferred_username", "carla"));
		var workspaces = fixture.client.get("/workspaces", token);
		assertEquals(200, workspaces.status());
		assertEquals("CONFIGURATOR", workspaces.body().get(0).get("role").asText(), "carla's membership, from the server");
		assertEquals(201, fixture.client.post("/workspaces/ws1/changes", token, Fixture.changeSet(0, "ERP")).status());
		String uma = sign(new RSASSASigner(idpKey), new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), IDP,
				"cartograph-api", claims -> claims.subject("uma"));
		assertEquals(403, fixture.client.post("/workspaces/ws1/changes", uma, Fixture.changeSet(1, "ERP")).status(),
				"the user name falls back to sub; USER may not push");
	}

	@Test
	void anExternalIssuersTokensAreCheckedInFull() throws Exception {
		JWSHeader k1 = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build();
		RSAKey stranger = new RSAKeyGenerator(2048).keyID("k1").generate();
		assertEquals(401, status(sign(new RSASSASigner(stranger), k1, IDP, "cartograph-api", claims -> { })), "other key");
		assertEquals(401, status(sign(new RSASSASigner(idpKey), k1, "https://evil.example.test", "cartograph-api",
				claims -> { })), "other issuer");
		assertEquals(401, status(sign(new RSASSASigner(idpKey), k1, IDP, "cartograph", claims -> { })), "other audience");
		Instant past = Instant.now().minusSeconds(3600);
		assertEquals(401, status(sign(new RSASSASigner(idpKey), k1, IDP, "cartograph-api", claims -> claims
				.issueTime(Date.from(past)).notBeforeTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(60))))),
				"expired");
		// The classic confusion: HS256 with the issuer's public key as the shared secret.
		byte[] publicKey = idpKey.toPublicJWK().toRSAPublicKey().getEncoded();
		for (String issuer : List.of(IDP, "cartograph-server")) {
			assertEquals(401, status(sign(new MACSigner(publicKey), new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(),
					issuer, "cartograph-api", claims -> { })), "HS256 with the public key, issuer " + issuer);
		}
	}

	@Test
	void aRotatedKeyIsFetchedWhenATokenNamesIt() throws Exception {
		JWSHeader k1 = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build();
		assertEquals(200, status(sign(new RSASSASigner(idpKey), k1, IDP, "cartograph-api", claims -> { })));
		RSAKey rotated = new RSAKeyGenerator(2048).keyID("k2").generate();
		jwks = new JWKSet(List.of(idpKey.toPublicJWK(), rotated.toPublicJWK())).toString();
		JWSHeader k2 = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k2").build();
		assertEquals(200, status(sign(new RSASSASigner(rotated), k2, IDP, "cartograph-api", claims -> { })),
				"the unknown key id made the server fetch the JWKS again");
	}
}
