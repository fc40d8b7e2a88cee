package io.cartograph.server;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;

/**
 * Finds the user behind a bearer token: the server's own tokens, and those of the external
 * issuer when one is configured. Which verifier is asked depends on the token's (not yet
 * trusted) issuer claim; each verifier then checks everything, its algorithms included.
 */
final class Authenticator {

	private final ServerTokens own;
	private final ExternalIssuer external;

	Authenticator(ServerTokens own, ExternalIssuer external) {
		this.own = own;
		this.external = external;
	}

	ServerTokens own() {
		return own;
	}

	String user(String authorization) throws Unauthorized {
		if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			throw new Unauthorized("a bearer token is required");
		}
		String token = authorization.substring(7).trim();
		if (external != null && external.issuer().equals(claimedIssuer(token))) {
			return external.verify(token);
		}
		return own.verify(token);
	}

	private static String claimedIssuer(String token) {
		try {
			JWT jwt = JWTParser.parse(token);
			return jwt.getJWTClaimsSet().getIssuer();
		} catch (java.text.ParseException e) {
			return null;
		}
	}
}
