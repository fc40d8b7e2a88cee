package io.cartograph.server;

import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * An external OpenID Connect issuer whose tokens the server accepts. Its public keys come from
 * its JWKS URL, are cached, and fetched again when a token names a key id the cache lacks (the
 * issuer rotated its keys). Only public-key algorithms are accepted, so a token "signed" with
 * HS256 and the issuer's public key as the secret is refused. The user name comes from a claim;
 * what the user may do still comes from the server's memberships.
 */
final class ExternalIssuer {

	private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
			JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
			JWSAlgorithm.ES384, JWSAlgorithm.ES512);

	private final String issuer;
	private final String userClaim;
	private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

	ExternalIssuer(ServerConfig.Oidc config) {
		this.issuer = config.issuer();
		this.userClaim = config.userClaim();
		String audience = config.audience();
		JWKSource<SecurityContext> keys = JWKSourceBuilder
				.<SecurityContext>create(config.jwks(), new DefaultResourceRetriever(5_000, 5_000, 512 * 1024))
				.rateLimited(config.refreshAtMost().toMillis()).retrying(true).build();
		processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
		DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(audience,
				new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "iat"));
		claims.setMaxClockSkew(ServerTokens.CLOCK_SKEW_SECONDS);
		processor.setJWTClaimsSetVerifier(claims);
	}

	String issuer() {
		return issuer;
	}

	String verify(String token) throws Unauthorized {
		JWTClaimsSet claims;
		try {
			claims = processor.process(token, null);
		} catch (java.text.ParseException | BadJOSEException | JOSEException e) {
			throw new Unauthorized("invalid token: " + e.getMessage());
		}
		String name = null;
		try {
			if (userClaim != null) {
				name = claims.getStringClaim(userClaim);
			} else {
				name = claims.getStringClaim("preferred_username");
				if (name == null) {
					name = claims.getSubject();
				}
			}
		} catch (java.text.ParseException e) {
			throw new Unauthorized("invalid token: the user claim is not a string");
		}
		if (name == null || name.isBlank()) {
			throw new Unauthorized("invalid token: no user name in claim " + (userClaim == null ? "preferred_username or sub" : userClaim));
		}
		return name;
	}
}
