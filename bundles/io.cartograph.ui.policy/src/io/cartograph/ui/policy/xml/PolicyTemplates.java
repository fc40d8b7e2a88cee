package io.cartograph.ui.policy.xml;

import java.util.List;

/**
 * Our templates for the scenarios of the SAP API Management deployment guide. Written for
 * Cartograph: the values to replace are named for what they are. Step conditions belong to the
 * flow's step, not to the policy: where a scenario needs one, a comment in the XML says which.
 */
public final class PolicyTemplates {

	private static final String NS = "xmlns=\"http://www.sap.com/apimgmt\"";
	private static final String FLAGS = "async=\"false\" continueOnError=\"false\" enabled=\"true\" " + NS;

	private static final List<PolicyTemplate> ALL = List.of(
			new PolicyTemplate("Verify API key", "API key with KVM credentials and Basic authentication", "VerifyAPIKey", """
					<VerifyAPIKey %s>
						<!-- The key the caller sends; a query parameter works too: request.queryparam.apikey -->
						<APIKey ref="request.header.APIKey"/>
					</VerifyAPIKey>
					""".formatted(FLAGS)),
			new PolicyTemplate("Read backend credentials from a key value map", "API key with KVM credentials and Basic authentication",
					"KeyValueMapOperations", """
					<KeyValueMapOperations mapIdentifier="backend-credentials" %s>
						<!-- private.* variables are masked in traces: keep credentials in them -->
						<Get assignTo="private.backend.user" index="1">
							<Key><Parameter>user</Parameter></Key>
						</Get>
						<Get assignTo="private.backend.password" index="1">
							<Key><Parameter>password</Parameter></Key>
						</Get>
						<Scope>environment</Scope>
					</KeyValueMapOperations>
					""".formatted(FLAGS)),
			new PolicyTemplate("Basic authentication to the backend", "API key with KVM credentials and Basic authentication",
					"BasicAuthentication", """
					<BasicAuthentication %s>
						<Operation>Encode</Operation>
						<IgnoreUnresolvedVariables>false</IgnoreUnresolvedVariables>
						<User ref="private.backend.user"/>
						<Password ref="private.backend.password"/>
						<AssignTo createNew="false">request.header.Authorization</AssignTo>
					</BasicAuthentication>
					""".formatted(FLAGS)),
			new PolicyTemplate("Generate an OAuth 2.0 token", "OAuth 2.0 token generation", "OAuthV2", """
					<OAuthV2 %s>
						<Operation>GenerateAccessToken</Operation>
						<!-- One hour, in milliseconds -->
						<ExpiresIn>3600000</ExpiresIn>
						<SupportedGrantTypes>
							<GrantType>client_credentials</GrantType>
						</SupportedGrantTypes>
						<GrantType>request.formparam.grant_type</GrantType>
						<GenerateResponse enabled="true"/>
					</OAuthV2>
					""".formatted(FLAGS)),
			new PolicyTemplate("Verify an OAuth 2.0 token", "OAuth 2.0 token verification", "OAuthV2", """
					<OAuthV2 %s>
						<!-- Put this step first in the ProxyEndpoint PreFlow -->
						<Operation>VerifyAccessToken</Operation>
					</OAuthV2>
					""".formatted(FLAGS)),
			new PolicyTemplate("Remove the Authorization header", "Removal of the Authorization header", "AssignMessage", """
					<AssignMessage %s>
						<!-- Runs after the key or token was verified: the backend gets its own credentials -->
						<Remove>
							<Headers>
								<Header name="Authorization"/>
							</Headers>
						</Remove>
						<IgnoreUnresolvedVariables>false</IgnoreUnresolvedVariables>
						<AssignTo createNew="false" type="request"/>
					</AssignMessage>
					""".formatted(FLAGS)),
			new PolicyTemplate("Fetch a CSRF token", "CSRF token for POST, PUT and DELETE", "ServiceCallout", """
					<ServiceCallout %s>
						<!-- Step condition: request.verb = "POST" OR request.verb = "PUT" OR request.verb = "DELETE" -->
						<Request variable="csrf.request">
							<Set>
								<Headers>
									<Header name="x-csrf-token">Fetch</Header>
									<Header name="Authorization">{request.header.Authorization}</Header>
								</Headers>
								<Verb>GET</Verb>
							</Set>
						</Request>
						<Response>csrf.response</Response>
						<Timeout>10000</Timeout>
						<HTTPTargetConnection>
							<URL>https://backend.example.com/sap/opu/odata/sap/SERVICE_SRV/</URL>
						</HTTPTargetConnection>
					</ServiceCallout>
					""".formatted(FLAGS)),
			new PolicyTemplate("Send the CSRF token and its cookie", "CSRF token for POST, PUT and DELETE", "AssignMessage", """
					<AssignMessage %s>
						<!-- Step condition: request.verb = "POST" OR request.verb = "PUT" OR request.verb = "DELETE" -->
						<Set>
							<Headers>
								<Header name="x-csrf-token">{csrf.response.header.x-csrf-token}</Header>
								<Header name="Cookie">{csrf.response.header.set-cookie}</Header>
							</Headers>
						</Set>
						<IgnoreUnresolvedVariables>false</IgnoreUnresolvedVariables>
						<AssignTo createNew="false" type="request"/>
					</AssignMessage>
					""".formatted(FLAGS)),
			new PolicyTemplate("Accept-Encoding for $metadata", "Accept-Encoding fix for metadata", "AssignMessage", """
					<AssignMessage %s>
						<!-- Backends that compress $metadata in a way the caller cannot read: ask for gzip or deflate -->
						<Set>
							<Headers>
								<Header name="Accept-Encoding">gzip,deflate</Header>
							</Headers>
						</Set>
						<IgnoreUnresolvedVariables>false</IgnoreUnresolvedVariables>
						<AssignTo createNew="false" type="request"/>
					</AssignMessage>
					""".formatted(FLAGS)),
			new PolicyTemplate("Allow listed IP addresses", "IP allowlisting with AccessControl", "AccessControl", """
					<AccessControl %s>
						<IPRules noRuleMatchAction="DENY">
							<!-- One rule per range of the customer's allowlist: address and prefix length -->
							<MatchRule action="ALLOW">
								<SourceAddress mask="24">192.0.2.0</SourceAddress>
							</MatchRule>
						</IPRules>
					</AccessControl>
					""".formatted(FLAGS)));

	private PolicyTemplates() {
	}

	public static List<PolicyTemplate> all() {
		return ALL;
	}
}
