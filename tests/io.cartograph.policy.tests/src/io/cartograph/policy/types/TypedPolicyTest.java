package io.cartograph.policy.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.cartograph.policy.xml.XmlProblem;

class TypedPolicyTest {

	private static final String NS = " xmlns=\"http://www.sap.com/apimgmt\"";

	/** One valid policy of every type, as consultants write them for the guide's scenarios. */
	static final List<String> VALID = List.of(
			"<VerifyAPIKey async=\"false\" continueOnError=\"false\" enabled=\"true\"" + NS
					+ "><APIKey ref=\"request.header.apikey\"/></VerifyAPIKey>",
			"<KeyValueMapOperations mapIdentifier=\"backend\"" + NS + "><Get assignTo=\"private.user\" index=\"1\"><Key>"
					+ "<Parameter>user</Parameter></Key></Get><Put override=\"true\"><Key><Parameter ref=\"k\"/></Key>"
					+ "<Value ref=\"v\"/></Put><Scope>environment</Scope><ExpiryTimeInSecs>300</ExpiryTimeInSecs>"
					+ "</KeyValueMapOperations>",
			"<BasicAuthentication" + NS + "><Operation>Encode</Operation><IgnoreUnresolvedVariables>false"
					+ "</IgnoreUnresolvedVariables><User ref=\"private.user\"/><Password ref=\"private.password\"/>"
					+ "<AssignTo createNew=\"false\">request.header.Authorization</AssignTo></BasicAuthentication>",
			"<OAuthV2" + NS + "><Operation>GenerateAccessToken</Operation><ExpiresIn>3600000</ExpiresIn>"
					+ "<SupportedGrantTypes><GrantType>client_credentials</GrantType></SupportedGrantTypes>"
					+ "<GenerateResponse enabled=\"true\"/></OAuthV2>",
			"<OAuthV2" + NS + "><Operation>VerifyAccessToken</Operation><Scope>read</Scope></OAuthV2>",
			"<OAuthV2" + NS + "><Operation>InvalidateToken</Operation><Tokens><Token type=\"accesstoken\" cascade=\"true\">"
					+ "request.formparam.token</Token></Tokens></OAuthV2>",
			"<OAuthV2" + NS + "><Operation>RefreshAccessToken</Operation><RefreshToken>request.formparam.refresh_token"
					+ "</RefreshToken><ReuseRefreshToken>false</ReuseRefreshToken></OAuthV2>",
			"<AssignMessage" + NS + "><Remove><Headers><Header name=\"Authorization\"/></Headers></Remove>"
					+ "<Set><Headers><Header name=\"Accept-Encoding\">gzip</Header></Headers><Verb>POST</Verb></Set>"
					+ "<AssignVariable><Name>target</Name><Value>x</Value></AssignVariable>"
					+ "<IgnoreUnresolvedVariables>false</IgnoreUnresolvedVariables>"
					+ "<AssignTo createNew=\"false\" type=\"request\">request</AssignTo></AssignMessage>",
			"<ServiceCallout" + NS + "><Request variable=\"csrf\"><Set><Headers><Header name=\"x-csrf-token\">fetch</Header>"
					+ "</Headers></Set></Request><Response>csrfResponse</Response><Timeout>10000</Timeout>"
					+ "<HTTPTargetConnection><URL>https://erp.example.com/sap/opu/odata/</URL></HTTPTargetConnection>"
					+ "</ServiceCallout>",
			"<AccessControl" + NS + "><IPRules noRuleMatchAction=\"DENY\"><MatchRule action=\"ALLOW\">"
					+ "<SourceAddress mask=\"24\">192.0.2.0</SourceAddress></MatchRule></IPRules></AccessControl>",
			"<Quota type=\"calendar\"" + NS + "><Allow count=\"100\"/><Interval>1</Interval><TimeUnit>hour</TimeUnit>"
					+ "<StartTime>2026-01-01 00:00:00</StartTime><Distributed>true</Distributed>"
					+ "<Identifier ref=\"client_id\"/></Quota>",
			"<SpikeArrest" + NS + "><Rate>30ps</Rate><Identifier ref=\"client_id\"/></SpikeArrest>",
			"<RaiseFault" + NS + "><FaultResponse><Set><StatusCode>403</StatusCode><ReasonPhrase>Forbidden</ReasonPhrase>"
					+ "<Payload contentType=\"application/json\">{\"error\":\"forbidden\"}</Payload></Set></FaultResponse>"
					+ "<IgnoreUnresolvedVariables>true</IgnoreUnresolvedVariables></RaiseFault>",
			"<ExtractVariables" + NS + "><Source>request</Source><VariablePrefix>orders</VariablePrefix>"
					+ "<URIPath><Pattern ignoreCase=\"true\">/orders/{id}</Pattern></URIPath>"
					+ "<JSONPayload><Variable name=\"total\" type=\"string\"><JSONPath>$.total</JSONPath></Variable></JSONPayload>"
					+ "</ExtractVariables>",
			"<JavaScript timeLimit=\"200\"" + NS + "><ResourceURL>jsc://check.js</ResourceURL>"
					+ "<Properties><Property name=\"mode\">strict</Property></Properties></JavaScript>");

	@Test
	void everyKnownTypeAcceptsAValidPolicy() {
		assertEquals(12, PolicyTypes.all().size());
		for (String xml : VALID) {
			TypedPolicy typed = TypedPolicy.parse("Policy/p.xml", null, xml);
			assertTrue(typed.policyType().isPresent(), typed.type());
			assertEquals(List.of(), typed.problems(), xml);
		}
		assertEquals(PolicyTypes.all().stream().map(PolicyType::name).sorted().toList(),
				VALID.stream().map(xml -> TypedPolicy.parse("p", null, xml).type()).distinct().sorted().toList());
	}

	@Test
	void unknownElementsAndAttributesAreWarningsAndStayInTheXml() {
		TypedPolicy typed = TypedPolicy.parse("Policy/k.xml", "VerifyAPIKey", "<VerifyAPIKey color=\"red\"" + NS
				+ ">\n  <APIKey ref=\"request.header.apikey\"/>\n  <Cache>1</Cache>\n</VerifyAPIKey>");
		assertEquals(List.of(), typed.errors());
		assertEquals(2, typed.warnings().size());
		XmlProblem cache = typed.warnings().stream().filter(p -> p.message().contains("<Cache>")).findFirst().orElseThrow();
		assertEquals(3, cache.line());
		assertEquals("Policy/k.xml", cache.file());
		assertTrue(cache.message().contains("Allowed here: DisplayName, Description, APIKey"), cache.message());
		assertEquals(1, typed.elements("Cache").size());
	}

	@Test
	void missingRequiredPartsAreErrors() {
		TypedPolicy typed = TypedPolicy.parse("p", null, "<KeyValueMapOperations" + NS + "><Get><Key/></Get></KeyValueMapOperations>");
		List<String> messages = typed.errors().stream().map(XmlProblem::message).toList();
		assertTrue(messages.stream().anyMatch(m -> m.contains("needs the attribute assignTo")), messages.toString());
		assertTrue(messages.stream().anyMatch(m -> m.contains("needs a <Parameter>")), messages.toString());
		assertTrue(TypedPolicy.parse("p", null, "<JavaScript" + NS + "/>").errors().get(0).message().contains("<ResourceURL>"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "<VerifyAPIKey enabled=\"yes\"><APIKey ref=\"k\"/></VerifyAPIKey>",
			"<OAuthV2><Operation>VerifyToken</Operation></OAuthV2>",
			"<ServiceCallout><Timeout>ten seconds</Timeout></ServiceCallout>",
			"<KeyValueMapOperations><Scope>tenant</Scope></KeyValueMapOperations>",
			"<SpikeArrest><Rate>30 per second</Rate></SpikeArrest>",
			"<AccessControl><IPRules><MatchRule action=\"PERMIT\"/></IPRules></AccessControl>",
			"<JavaScript><ResourceURL>check.js</ResourceURL></JavaScript>" })
	void valuesOfTheWrongTypeAreErrors(String xml) {
		TypedPolicy typed = TypedPolicy.parse("p", null, xml);
		assertTrue(typed.details().stream().anyMatch(p -> p.kind() == PolicyProblem.Kind.BAD_VALUE), typed.details().toString());
	}

	@Test
	void valuesFromVariablesAreAcceptedAsWritten() {
		assertEquals(List.of(), TypedPolicy.parse("p", null,
				"<ServiceCallout><Timeout>{timeout}</Timeout></ServiceCallout>").problems());
	}

	@Test
	void malformedXmlAndAWrongRootAreLocatedErrors() {
		TypedPolicy broken = TypedPolicy.parse("Policy/b.xml", "Quota", "<Quota>\n<Allow count=\"1\">\n</Quota>");
		assertFalse(broken.wellFormed());
		assertEquals(PolicyProblem.Kind.MALFORMED_XML, broken.details().get(0).kind());
		assertEquals(3, broken.errors().get(0).line());
		TypedPolicy wrong = TypedPolicy.parse("p", "Quota", "<SpikeArrest><Rate>1ps</Rate></SpikeArrest>");
		assertEquals(PolicyProblem.Kind.WRONG_ROOT, wrong.details().get(0).kind());
		assertTrue(TypedPolicy.parse("p", null, "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Quota>&e;</Quota>")
				.errors().get(0).message().contains("DOCTYPE"));
	}

	@Test
	void typedAccessorsReadThroughNamespaces() {
		TypedPolicy typed = TypedPolicy.parse("p", null, VALID.get(2));
		assertEquals("Encode", typed.operation().orElseThrow());
		assertEquals("request.header.Authorization", typed.text("AssignTo").orElseThrow());
		assertFalse(typed.continueOnError());
		assertTrue(typed.enabled());
		assertEquals("private.user", TypedPolicy.attribute(typed.elements("User").get(0), "ref").orElseThrow());
	}

	@Test
	void contentAssistFindsTheChildrenAndAttributesAllowedAtAPlace() {
		PolicyType assign = PolicyTypes.of("AssignMessage").orElseThrow();
		ElementSpec headers = assign.elementAt(List.of("AssignMessage", "Remove", "Headers")).orElseThrow();
		assertEquals(List.of("Header"), headers.children().stream().map(ElementSpec::name).toList());
		ElementSpec header = assign.elementAt(List.of("Set", "Headers", "Header")).orElseThrow();
		assertTrue(header.attribute("name").orElseThrow().required());
		assertTrue(assign.elementAt(List.of("Set", "Nothing")).isEmpty());
		List<String> rootAttributes = assign.root().attributes().stream().map(AttributeSpec::name).toList();
		assertTrue(rootAttributes.containsAll(List.of("async", "continueOnError", "enabled", "name")), rootAttributes.toString());
		ElementSpec operation = PolicyTypes.of("OAuthV2").orElseThrow().elementAt(List.of("Operation")).orElseThrow();
		assertEquals(ValueType.ENUM, operation.text());
		assertTrue(operation.allowed().containsAll(List.of("GenerateAccessToken", "GenerateAuthorizationCode",
				"RefreshAccessToken", "VerifyAccessToken", "InvalidateToken", "ValidateToken")));
		assertTrue(PolicyTypes.of("OAuthV2").orElseThrow().security());
		assertFalse(PolicyTypes.of("Quota").orElseThrow().security());
		assertTrue(PolicyTypes.of("Nonsense").isEmpty());
	}
}
