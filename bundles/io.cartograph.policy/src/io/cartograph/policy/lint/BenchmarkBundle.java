package io.cartograph.policy.lint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One generated Apigee bundle of the lint benchmark. */
final class BenchmarkBundle {

	private BenchmarkBundle() {
	}

	private record Generated(String name, String type, String xml) {
	}

	static void write(Path apiproxy, String proxy, int number, int count) throws IOException {
		List<Generated> policies = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			policies.add(policy(i, number));
		}
		StringBuilder descriptor = new StringBuilder("<APIProxy revision=\"1\" name=\"" + proxy + "\">\n  <DisplayName>" + proxy
				+ "</DisplayName>\n  <Policies>\n");
		for (Generated policy : policies) {
			descriptor.append("    <Policy>").append(policy.name).append("</Policy>\n");
			LintBenchmark.write(apiproxy.resolve("policies/" + policy.name + ".xml"),
					"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + policy.xml);
		}
		descriptor.append("  </Policies>\n  <ProxyEndpoints>\n    <ProxyEndpoint>default</ProxyEndpoint>\n  </ProxyEndpoints>\n"
				+ "  <TargetEndpoints>\n    <TargetEndpoint>default</TargetEndpoint>\n  </TargetEndpoints>\n"
				+ "  <Resources>\n    <Resource>jsc://check.js</Resource>\n  </Resources>\n</APIProxy>\n");
		LintBenchmark.write(apiproxy.resolve(proxy + ".xml"), descriptor.toString());
		LintBenchmark.write(apiproxy.resolve("resources/jsc/check.js"),
				"var verb = context.getVariable('request.verb');\ncontext.setVariable('flow.checked', verb + ':ok');\n");
		// most policies run: the first third in the PreFlow, the next ones in two conditional flows
		// and the target; the last one stays unattached (as real proxies often have one)
		int attached = Math.max(1, count - 1);
		int pre = attached / 3;
		int changes = attached / 3;
		StringBuilder endpoint = new StringBuilder("<ProxyEndpoint name=\"default\">\n  <PreFlow name=\"PreFlow\">\n    <Request>\n");
		steps(endpoint, policies.subList(0, pre), null);
		endpoint.append("    </Request>\n    <Response/>\n  </PreFlow>\n  <Flows>\n    <Flow name=\"changes\">\n"
				+ "      <Condition>(request.verb = \"POST\") or (request.verb = \"PUT\") or (request.verb = \"DELETE\")</Condition>\n"
				+ "      <Request>\n");
		steps(endpoint, policies.subList(pre, pre + changes), null);
		endpoint.append("      </Request>\n      <Response/>\n    </Flow>\n    <Flow name=\"reads\">\n"
				+ "      <Condition>request.verb = \"GET\" and proxy.pathsuffix MatchesPath \"/items/**\"</Condition>\n"
				+ "      <Request/>\n      <Response/>\n    </Flow>\n  </Flows>\n  <PostFlow name=\"PostFlow\">\n"
				+ "    <Request/>\n    <Response/>\n  </PostFlow>\n  <HTTPProxyConnection>\n    <BasePath>/" + proxy
				+ "</BasePath>\n    <VirtualHost>secure</VirtualHost>\n  </HTTPProxyConnection>\n"
				+ "  <RouteRule name=\"default\">\n    <TargetEndpoint>default</TargetEndpoint>\n  </RouteRule>\n</ProxyEndpoint>\n");
		LintBenchmark.write(apiproxy.resolve("proxies/default.xml"), endpoint.toString());
		StringBuilder target = new StringBuilder("<TargetEndpoint name=\"default\">\n  <PreFlow name=\"PreFlow\">\n    <Request>\n");
		steps(target, policies.subList(pre + changes, attached), "request.header.x-skip = null");
		target.append("    </Request>\n    <Response/>\n  </PreFlow>\n  <HTTPTargetConnection>\n"
				+ "    <URL>https://backend.example.com/" + proxy + "</URL>\n  </HTTPTargetConnection>\n</TargetEndpoint>\n");
		LintBenchmark.write(apiproxy.resolve("targets/default.xml"), target.toString());
	}

	private static void steps(StringBuilder xml, List<Generated> policies, String condition) {
		for (Generated policy : policies) {
			xml.append("      <Step>\n        <Name>").append(policy.name).append("</Name>\n");
			if (condition != null) {
				xml.append("        <Condition>").append(condition.replace("\"", "&quot;")).append("</Condition>\n");
			}
			xml.append("      </Step>\n");
		}
	}

	/** The i-th policy of a proxy: the guide's policy mix, in turn, with a mistake now and then. */
	private static Generated policy(int i, int proxy) {
		String suffix = "-" + (i + 1);
		boolean mistake = (proxy + i) % 7 == 0;
		return switch (i % 12) {
		case 0 -> new Generated("VA-VerifyKey" + suffix, "VerifyAPIKey", open("VerifyAPIKey", "VA-VerifyKey" + suffix, mistake)
				+ "  <DisplayName>Verify API key</DisplayName>\n  <APIKey ref=\"request." + (i < 12 ? "header" : "queryparam")
				+ ".apikey\"/>\n</VerifyAPIKey>\n");
		case 1 -> new Generated("SA-Spike" + suffix, "SpikeArrest", open("SpikeArrest", "SA-Spike" + suffix, false)
				+ "  <DisplayName>Spike arrest</DisplayName>\n  <Rate>30ps</Rate>\n  <Identifier ref=\"client_id\"/>\n"
				+ "</SpikeArrest>\n");
		case 2 -> new Generated("Q-Quota" + suffix, "Quota", open("Quota", "Q-Quota" + suffix, false).replace(">",
				" type=\"calendar\">") + "  <DisplayName>Quota</DisplayName>\n  <Allow count=\"" + (100 + i)
				+ "\"/>\n  <Interval>1</Interval>\n  <TimeUnit>hour</TimeUnit>\n"
				+ "  <StartTime>2026-01-01 00:00:00</StartTime>\n  <Distributed>true</Distributed>\n"
				+ "  <Synchronous>false</Synchronous>\n</Quota>\n");
		case 3 -> new Generated("KVM-Credentials" + suffix, "KeyValueMapOperations",
				open("KeyValueMapOperations", "KVM-Credentials" + suffix, false).replace(">", " mapIdentifier=\"backend\">")
						+ "  <DisplayName>Backend credentials</DisplayName>\n  <ExpiryTimeInSecs>300</ExpiryTimeInSecs>\n"
						+ "  <Get assignTo=\"private.user\">\n    <Key>\n      <Parameter>user</Parameter>\n    </Key>\n  </Get>\n"
						+ "  <Get assignTo=\"private.password\">\n    <Key>\n      <Parameter>password</Parameter>\n    </Key>\n"
						+ "  </Get>\n  <Scope>" + (mistake ? "tenant" : "environment") + "</Scope>\n</KeyValueMapOperations>\n");
		case 4 -> new Generated("BA-Encode" + suffix, "BasicAuthentication", open("BasicAuthentication", "BA-Encode" + suffix, false)
				+ "  <DisplayName>Basic towards the backend</DisplayName>\n  <Operation>Encode</Operation>\n"
				+ "  <IgnoreUnresolvedVariables>" + (i < 12) + "</IgnoreUnresolvedVariables>\n  <User ref=\"private.user\"/>\n"
				+ "  <Password ref=\"private.password\"/>\n"
				+ (mistake ? "" : "  <AssignTo createNew=\"false\">request.header.Authorization</AssignTo>\n")
				+ "</BasicAuthentication>\n");
		case 5 -> new Generated("AM-RemoveAuthorization" + suffix, "AssignMessage",
				open("AssignMessage", "AM-RemoveAuthorization" + suffix, false)
						+ "  <DisplayName>Remove the caller's Authorization</DisplayName>\n  <Remove>\n    <Headers>\n"
						+ "      <Header name=\"Authorization\"/>\n      <Header name=\"x-trace-" + i + "\"/>\n    </Headers>\n  </Remove>\n"
						+ "  <IgnoreUnresolvedVariables>false</IgnoreUnresolvedVariables>\n"
						+ "  <AssignTo createNew=\"false\" transport=\"http\" type=\"request\"/>\n</AssignMessage>\n");
		case 6 -> new Generated("SC-FetchCsrf" + suffix, "ServiceCallout", open("ServiceCallout", "SC-FetchCsrf" + suffix, false)
				+ "  <DisplayName>Fetch CSRF token</DisplayName>\n  <Request variable=\"csrfRequest\" clearPayload=\"true\">\n"
				+ "    <Set>\n      <Headers>\n        <Header name=\"x-csrf-token\">fetch</Header>\n      </Headers>\n"
				+ "      <Verb>GET</Verb>\n    </Set>\n    <IgnoreUnresolvedVariables>false</IgnoreUnresolvedVariables>\n"
				+ "  </Request>\n  <Response>csrfResponse" + i + "</Response>\n" + (mistake ? "" : "  <Timeout>10000</Timeout>\n")
				+ "  <HTTPTargetConnection>\n    <URL>https://backend.example.com/sap/opu/odata/</URL>\n"
				+ "  </HTTPTargetConnection>\n</ServiceCallout>\n");
		case 7 -> new Generated("AM-SetHeaders" + suffix, "AssignMessage", open("AssignMessage", "AM-SetHeaders" + suffix, false)
				+ "  <DisplayName>Set headers</DisplayName>\n  <Set>\n    <Headers>\n"
				+ "      <Header name=\"x-csrf-token\">{csrfResponse.header.x-csrf-token}</Header>\n"
				+ "      <Header name=\"Accept-Encoding\">gzip, deflate</Header>\n      <Header name=\"x-step\">" + i + "</Header>\n    </Headers>\n  </Set>\n"
				+ "  <IgnoreUnresolvedVariables>true</IgnoreUnresolvedVariables>\n"
				+ "  <AssignTo createNew=\"false\" transport=\"http\" type=\"request\"/>\n</AssignMessage>\n");
		case 8 -> new Generated("AC-Allowlist" + suffix, "AccessControl", open("AccessControl", "AC-Allowlist" + suffix, false)
				+ "  <DisplayName>IP allowlist</DisplayName>\n  <IPRules noRuleMatchAction=\"DENY\">\n"
				+ "    <MatchRule action=\"ALLOW\">\n      <SourceAddress mask=\"" + (mistake ? "16" : "24") + "\">10."
				+ (proxy % 250) + "." + i + ".0</SourceAddress>\n      <SourceAddress mask=\"32\">192.0.2." + (i + 1)
				+ "</SourceAddress>\n    </MatchRule>\n  </IPRules>\n</AccessControl>\n");
		case 9 -> new Generated("EV-Path" + suffix, "ExtractVariables", open("ExtractVariables", "EV-Path" + suffix, false)
				+ "  <DisplayName>Extract the item id</DisplayName>\n  <Source>request</Source>\n"
				+ "  <VariablePrefix>item</VariablePrefix>\n  <URIPath>\n    <Pattern ignoreCase=\"true\">/items/{id}</Pattern>\n"
				+ "  </URIPath>\n  <IgnoreUnresolvedVariables>true</IgnoreUnresolvedVariables>\n</ExtractVariables>\n");
		case 10 -> new Generated("JS-Check" + suffix, "JavaScript", open("JavaScript", "JS-Check" + suffix, false)
				.replace(">", " timeLimit=\"200\">") + "  <DisplayName>Check</DisplayName>\n"
				+ "  <ResourceURL>jsc://check.js</ResourceURL>\n</JavaScript>\n");
		default -> new Generated("RF-Forbidden" + suffix, "RaiseFault", open("RaiseFault", "RF-Forbidden" + suffix, false)
				+ "  <DisplayName>Forbidden</DisplayName>\n  <FaultResponse>\n    <Set>\n      <StatusCode>403</StatusCode>\n"
				+ "      <ReasonPhrase>Forbidden</ReasonPhrase>\n    </Set>\n  </FaultResponse>\n"
				+ "  <IgnoreUnresolvedVariables>true</IgnoreUnresolvedVariables>\n</RaiseFault>\n");
		};
	}

	private static String open(String type, String name, boolean continueOnError) {
		return "<" + type + " async=\"false\" continueOnError=\"" + continueOnError + "\" enabled=\"true\" name=\"" + name + "\">\n";
	}
}
