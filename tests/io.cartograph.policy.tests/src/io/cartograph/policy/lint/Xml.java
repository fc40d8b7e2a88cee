package io.cartograph.policy.lint;

/** Policy XML written for the tests, in SAP's namespace as SAP exports them. */
final class Xml {

	private Xml() {
	}

	static final String NS = " xmlns=\"http://www.sap.com/apimgmt\"";

	static final String VERIFY_KEY = "<VerifyAPIKey async=\"false\" continueOnError=\"false\" enabled=\"true\"" + NS
			+ ">\n  <APIKey ref=\"request.header.apikey\"/>\n</VerifyAPIKey>";

	static final String VERIFY_TOKEN = "<OAuthV2 async=\"false\" continueOnError=\"false\" enabled=\"true\"" + NS
			+ ">\n  <Operation>VerifyAccessToken</Operation>\n</OAuthV2>";

	static final String KVM_GET = "<KeyValueMapOperations mapIdentifier=\"backend\" async=\"true\" continueOnError=\"false\" enabled=\"true\""
			+ NS + ">\n  <Get assignTo=\"private.user\"><Key><Parameter>user</Parameter></Key></Get>\n"
			+ "  <Get assignTo=\"private.password\"><Key><Parameter>password</Parameter></Key></Get>\n"
			+ "  <Scope>environment</Scope>\n</KeyValueMapOperations>";

	static final String BASIC_ENCODE = "<BasicAuthentication async=\"false\" continueOnError=\"false\" enabled=\"true\"" + NS
			+ ">\n  <Operation>Encode</Operation>\n  <IgnoreUnresolvedVariables>false</IgnoreUnresolvedVariables>\n"
			+ "  <User ref=\"private.user\"/>\n  <Password ref=\"private.password\"/>\n"
			+ "  <AssignTo createNew=\"false\">request.header.Authorization</AssignTo>\n</BasicAuthentication>";

	static final String REMOVE_AUTHORIZATION = "<AssignMessage async=\"false\" continueOnError=\"false\" enabled=\"true\"" + NS
			+ ">\n  <Remove>\n    <Headers>\n      <Header name=\"Authorization\"/>\n    </Headers>\n  </Remove>\n"
			+ "  <IgnoreUnresolvedVariables>false</IgnoreUnresolvedVariables>\n"
			+ "  <AssignTo createNew=\"false\" type=\"request\">request</AssignTo>\n</AssignMessage>";

	static final String CSRF_CALLOUT = "<ServiceCallout async=\"false\" continueOnError=\"false\" enabled=\"true\"" + NS + ">\n"
			+ "  <Request variable=\"csrfRequest\">\n    <Set>\n      <Headers>\n"
			+ "        <Header name=\"x-csrf-token\">fetch</Header>\n      </Headers>\n      <Verb>GET</Verb>\n    </Set>\n"
			+ "  </Request>\n  <Response>csrfResponse</Response>\n  <Timeout>10000</Timeout>\n"
			+ "  <HTTPTargetConnection>\n    <URL>https://backend.example.com/sap/opu/odata/sap/API_X/</URL>\n"
			+ "  </HTTPTargetConnection>\n</ServiceCallout>";

	static String callout(String timeout) {
		return "<ServiceCallout" + NS + ">\n  <Request variable=\"r\"/>\n  <Response>calloutResponse</Response>\n"
				+ (timeout == null ? "" : "  <Timeout>" + timeout + "</Timeout>\n")
				+ "  <HTTPTargetConnection><URL>https://backend.example.com/</URL></HTTPTargetConnection>\n</ServiceCallout>";
	}

	static String accessControl(String rules) {
		return "<AccessControl async=\"false\" continueOnError=\"false\" enabled=\"true\"" + NS + ">\n"
				+ "  <IPRules noRuleMatchAction=\"DENY\">\n" + rules + "  </IPRules>\n</AccessControl>";
	}

	static String allow(String... addresses) {
		StringBuilder rule = new StringBuilder("    <MatchRule action=\"ALLOW\">\n");
		for (String address : addresses) {
			String[] parts = address.split("/");
			rule.append("      <SourceAddress").append(parts.length > 1 ? " mask=\"" + parts[1] + "\"" : "").append('>')
					.append(parts[0]).append("</SourceAddress>\n");
		}
		return rule.append("    </MatchRule>\n").toString();
	}

	static String assignHeader(String name, String value) {
		return "<AssignMessage" + NS + ">\n  <Set>\n    <Headers>\n      <Header name=\"" + name + "\">" + value
				+ "</Header>\n    </Headers>\n  </Set>\n</AssignMessage>";
	}
}
