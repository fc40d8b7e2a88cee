package io.cartograph.policy.types;

import static io.cartograph.policy.types.Spec.el;
import static io.cartograph.policy.types.Spec.ref;
import static io.cartograph.policy.types.Spec.root;

import java.util.List;

/** Policies that let a request in or keep it out. */
final class SecurityTypes {

	static final String[] OAUTH_OPERATIONS = { "GenerateAccessToken", "GenerateAccessTokenImplicitGrant",
			"GenerateAuthorizationCode", "RefreshAccessToken", "VerifyAccessToken", "InvalidateToken", "ValidateToken" };

	private SecurityTypes() {
	}

	static List<PolicyType> all() {
		return List.of(verifyApiKey(), basicAuthentication(), oauth(), accessControl());
	}

	private static PolicyType verifyApiKey() {
		return new PolicyType("VerifyAPIKey", root("VerifyAPIKey", "Checks an API key against the registered applications.")
				.children(el("APIKey", "Where the key is read from (ref), e.g. request.queryparam.apikey.").required()
						.text(ValueType.STRING)
						.requiredAttr("ref", ValueType.VARIABLE_REF, "The variable holding the key the client sent."))
				.build(), "Rejects requests without a valid API key (401).");
	}

	private static PolicyType basicAuthentication() {
		return new PolicyType("BasicAuthentication", root("BasicAuthentication",
				"Encodes a user and password into a Basic Authorization header, or decodes one.")
				.children(el("Operation", "Encode builds the header value; Decode splits one into user and password.")
						.required().oneOf("Encode", "Decode"), Spec.ignoreUnresolved(),
						el("User", "The user: encode reads it from ref; decode writes it to ref.").text(ValueType.STRING)
								.requiredAttr("ref", ValueType.VARIABLE_REF, "The variable for the user name."),
						el("Password", "The password: encode reads it from ref; decode writes it to ref.")
								.text(ValueType.STRING)
								.requiredAttr("ref", ValueType.VARIABLE_REF, "The variable for the password."),
						el("AssignTo", "Encode: where to write the header value, usually request.header.Authorization.")
								.text(ValueType.VARIABLE_REF)
								.attr("createNew", ValueType.BOOLEAN, "true replaces an existing value."),
						el("Source", "Decode: where to read the header from, usually request.header.Authorization.")
								.text(ValueType.VARIABLE_REF))
				.build(), "Basic authentication towards a backend (Encode) or from a client (Decode).");
	}

	private static PolicyType oauth() {
		return new PolicyType("OAuthV2", root("OAuthV2", "Issues, verifies, refreshes or revokes OAuth 2.0 tokens.")
				.children(el("Operation", "What the policy does.").required().oneOf(OAUTH_OPERATIONS),
						el("ExpiresIn", "Lifetime of generated tokens and codes, in milliseconds.").text(ValueType.INTEGER)
								.attr("ref", ValueType.VARIABLE_REF, "A variable giving the lifetime."),
						el("RefreshTokenExpiresIn", "Lifetime of refresh tokens, in milliseconds.").text(ValueType.INTEGER)
								.attr("ref", ValueType.VARIABLE_REF, "A variable giving the lifetime."),
						el("SupportedGrantTypes", "The grant types this token endpoint accepts.")
								.children(el("GrantType", "A grant type.").repeat().oneOf("client_credentials",
										"authorization_code", "password", "implicit", "refresh_token")),
						el("GrantType", "Where to read the grant_type from (default request.formparam.grant_type).")
								.text(ValueType.VARIABLE_REF),
						el("GenerateResponse", "Returns the token or code in the response.")
								.attr("enabled", ValueType.BOOLEAN, "false only sets flow variables."),
						el("GenerateErrorResponse", "Returns an OAuth error response on failure.")
								.attr("enabled", ValueType.BOOLEAN, "false only sets flow variables."),
						el("AccessToken", "Where to read the access token from.").text(ValueType.VARIABLE_REF),
						el("AccessTokenPrefix", "The prefix before the token in the header (default Bearer).")
								.text(ValueType.STRING),
						el("RefreshToken", "Where to read the refresh token from.").text(ValueType.VARIABLE_REF),
						el("ClientId", "Where to read the client id from.").text(ValueType.VARIABLE_REF),
						el("Code", "Where to read the authorization code from.").text(ValueType.VARIABLE_REF),
						el("RedirectUri", "Where to read the redirect URI from.").text(ValueType.VARIABLE_REF),
						el("ResponseType", "Where to read the response type from.").text(ValueType.VARIABLE_REF),
						el("Scope", "The scopes to grant, or (VerifyAccessToken) those required.").text(ValueType.STRING),
						el("State", "Where to read the state parameter from.").text(ValueType.VARIABLE_REF),
						el("UserName", "Password grant: where to read the user name from.").text(ValueType.VARIABLE_REF),
						el("PassWord", "Password grant: where to read the password from.").text(ValueType.VARIABLE_REF),
						el("AppEndUser", "Where to read the end user's id from.").text(ValueType.VARIABLE_REF),
						el("ReuseRefreshToken", "true keeps the refresh token when refreshing.").text(ValueType.BOOLEAN),
						el("StoreToken", "true stores external tokens.").text(ValueType.BOOLEAN),
						el("ExternalAuthorization", "true lets an external service authorize the client.")
								.text(ValueType.BOOLEAN),
						el("ExternalAccessToken", "Where to read an externally issued token from.")
								.text(ValueType.VARIABLE_REF),
						el("ExternalRefreshToken", "Where to read an externally issued refresh token from.")
								.text(ValueType.VARIABLE_REF),
						el("ExternalAuthorizationCode", "Where to read an externally issued code from.")
								.text(ValueType.VARIABLE_REF),
						el("Algorithm", "The signing algorithm of JWT access tokens.").text(ValueType.STRING),
						el("Attributes", "Custom attributes stored with the token.").children(
								el("Attribute", "One attribute; its text is the value.").repeat().text(ValueType.STRING)
										.requiredAttr("name", ValueType.STRING, "The attribute name.")
										.attr("ref", ValueType.VARIABLE_REF, "A variable giving the value.")
										.attr("display", ValueType.BOOLEAN, "true shows it in the response.")),
						el("Tokens", "InvalidateToken and ValidateToken: the tokens to act on.").children(
								el("Token", "One token variable.").repeat().text(ValueType.VARIABLE_REF)
										.enumAttr("type", "Which kind of token.", "accesstoken", "refreshtoken")
										.attr("cascade", ValueType.BOOLEAN, "true also revokes the paired token.")))
				.build(), "OAuth 2.0 authorization server and token verification.");
	}

	private static PolicyType accessControl() {
		return new PolicyType("AccessControl", root("AccessControl", "Allows or denies requests by client IP address.")
				.children(el("IPRules", "The rules, tried in order; the first that matches decides.").required()
						.enumAttr("noRuleMatchAction", "What happens when no rule matches.", "ALLOW", "DENY")
						.children(el("MatchRule", "Addresses to allow or deny.").repeat()
								.enumAttr("action", "ALLOW or DENY the matching addresses.", "ALLOW", "DENY")
								.children(el("SourceAddress", "An IPv4 or IPv6 address; mask gives the prefix length.")
										.repeat().text(ValueType.IP_ADDRESS)
										.attr("mask", ValueType.INTEGER, "The prefix length (bits), e.g. 24."))),
						el("ValidateBasedOn", "Which X-Forwarded-For address to check.").oneOf("X_FORWARDED_FOR_ALL_IP",
								"X_FORWARDED_FOR_FIRST_IP", "X_FORWARDED_FOR_LAST_IP"),
						ref("ClientIPVariable", "A variable giving the client address to check."))
				.build(), "IP allowlisting and blocklisting (403 when denied).");
	}
}
