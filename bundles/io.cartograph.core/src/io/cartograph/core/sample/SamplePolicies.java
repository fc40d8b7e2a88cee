package io.cartograph.core.sample;

/**
 * The sample proxy's policies, in the XML form API Management stores them. Written for the
 * sample: short, one concern each, and free of credentials (those come from the key value map).
 */
final class SamplePolicies {

	static final String VERIFY_API_KEY = """
			<VerifyAPIKey async="false" continueOnError="false" enabled="true">
				<APIKey ref="request.header.apikey"/>
			</VerifyAPIKey>
			""";

	static final String ACCESS_CONTROL = """
			<AccessControl async="false" continueOnError="false" enabled="true">
				<IPRules noRuleMatchAction="DENY">
					<MatchRule action="ALLOW">
						<SourceAddress mask="32">203.0.113.10</SourceAddress>
						<SourceAddress mask="28">198.51.100.0</SourceAddress>
					</MatchRule>
				</IPRules>
			</AccessControl>
			""";

	static final String KEY_VALUE_MAP = """
			<KeyValueMapOperations mapIdentifier="s4-backend" async="false" continueOnError="false" enabled="true">
				<Get assignTo="private.backend.user" index="1">
					<Key><Parameter>user</Parameter></Key>
				</Get>
				<Get assignTo="private.backend.password" index="1">
					<Key><Parameter>password</Parameter></Key>
				</Get>
				<Scope>environment</Scope>
			</KeyValueMapOperations>
			""";

	static final String BASIC_AUTHENTICATION = """
			<BasicAuthentication async="false" continueOnError="false" enabled="true">
				<Operation>Encode</Operation>
				<IgnoreUnresolvedVariables>false</IgnoreUnresolvedVariables>
				<User ref="private.backend.user"/>
				<Password ref="private.backend.password"/>
				<AssignTo createNew="false">request.header.Authorization</AssignTo>
			</BasicAuthentication>
			""";

	static final String SERVICE_CALLOUT = """
			<ServiceCallout async="false" continueOnError="false" enabled="true">
				<Request variable="tokenRequest">
					<Set>
						<Headers>
							<Header name="X-CSRF-Token">Fetch</Header>
							<Header name="Authorization">{request.header.Authorization}</Header>
						</Headers>
						<Verb>HEAD</Verb>
					</Set>
				</Request>
				<Response>tokenResponse</Response>
				<Timeout>10000</Timeout>
				<HTTPTargetConnection>
					<URL>https://s4p-virtual:443/sap/opu/odata/sap/API_SALES_ORDER_SRV/</URL>
				</HTTPTargetConnection>
			</ServiceCallout>
			""";

	static final String SET_CSRF_TOKEN = """
			<AssignMessage async="false" continueOnError="false" enabled="true">
				<Set>
					<Headers>
						<Header name="X-CSRF-Token">{tokenResponse.header.x-csrf-token}</Header>
						<Header name="Cookie">{tokenResponse.header.set-cookie}</Header>
					</Headers>
				</Set>
				<IgnoreUnresolvedVariables>false</IgnoreUnresolvedVariables>
				<AssignTo createNew="false" type="request"/>
			</AssignMessage>
			""";

	static final String REMOVE_HEADERS = """
			<AssignMessage async="false" continueOnError="false" enabled="true">
				<Remove>
					<Headers>
						<Header name="Server"/>
						<Header name="sap-server"/>
						<Header name="sap-perf-fesrec"/>
					</Headers>
				</Remove>
				<AssignTo createNew="false" type="response"/>
			</AssignMessage>
			""";

	private SamplePolicies() {
	}
}
