package io.cartograph.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * The tokens the server issues to its own users: JWTs signed with HS256 and a 256-bit key kept
 * in the database. HS256 because the server is the only party that signs and verifies them, and
 * the key in the database is what lets several server instances on one database accept each
 * other's tokens without sharing files. Verification accepts HS256 only (no {@code none}, no
 * switch to a public-key algorithm) and checks issuer, audience, expiry and not-before with a
 * small allowance for clock skew.
 */
final class ServerTokens {

	/** Seconds of clock difference between machines that are still accepted for exp and nbf. */
	static final int CLOCK_SKEW_SECONDS = 30;

	private final byte[] key;
	private final String issuer;
	private final String audience;
	private final Duration lifetime;
	private final Clock clock;
	private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

	ServerTokens(byte[] key, String issuer, String audience, Duration lifetime, Clock clock) {
		if (key.length < 32) {
			throw new IllegalArgumentException("HS256 needs a key of at least 256 bits");
		}
		this.key = key.clone();
		this.issuer = issuer;
		this.audience = audience;
		this.lifetime = lifetime;
		this.clock = clock;
		processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.HS256, new ImmutableSecret<>(this.key)));
		DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(audience,
				new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "iat", "nbf"));
		claims.setMaxClockSkew(CLOCK_SKEW_SECONDS);
		processor.setJWTClaimsSetVerifier(claims);
	}

	String issuer() {
		return issuer;
	}

	record Issued(String token, Instant expiresAt) {
	}

	Issued issue(String user) {
		Instant now = clock.instant();
		Instant expires = now.plus(lifetime);
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(user).issuer(issuer).audience(audience)
				.issueTime(Date.from(now)).notBeforeTime(Date.from(now)).expirationTime(Date.from(expires))
				.jwtID(UUID.randomUUID().toString()).build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
		try {
			jwt.sign(new MACSigner(key));
		} catch (JOSEException e) {
			throw new IllegalStateException("Cannot sign a token: " + e.getMessage(), e);
		}
		return new Issued(jwt.serialize(), expires);
	}

	/** The user a valid token was issued to; throws {@link Unauthorized} for any other token. */
	String verify(String token) throws Unauthorized {
		try {
			return processor.process(token, null).getSubject();
		} catch (java.text.ParseException | BadJOSEException | JOSEException e) {
			// The reason names the check that failed, never the token.
			throw new Unauthorized("invalid token: " + e.getMessage());
		}
	}
}
