package io.cartograph.policy.lint;

import static io.cartograph.policy.lint.SecurityRulesTest.fires;
import static io.cartograph.policy.lint.SecurityRulesTest.lint;
import static io.cartograph.policy.lint.SecurityRulesTest.of;
import static io.cartograph.policy.lint.SecurityRulesTest.quiet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cartograph.model.landscape.ProxyBundleFormat;

/** Steps, flows, sequence numbers, conditions, and the XML and typed-policy problems. */
class FlowRulesTest {

	private static final String SAP_ENDPOINT = """
			<ProxyEndPoint default="true" xmlns="http://www.sap.com/apimgmt">
			    <name>default</name>
			    <preFlow>
			        <name>PreFlow</name>
			        <request>
			            <steps>
			                <step><policy_name>verifyKey</policy_name><condition></condition><sequence>%s</sequence></step>
			                <step><policy_name>kvm</policy_name><condition></condition><sequence>%s</sequence></step>
			            </steps>
			        </request>
			    </preFlow>
			</ProxyEndPoint>""";

	@Test
	void aStepNamingAMissingPolicyIsAnError() {
		TestProxy proxy = new TestProxy().policy("verifyKey", Xml.VERIFY_KEY).pre("verifyKey", "gone");
		List<Finding> findings = of(LintRules.STEP_POLICY_MISSING, lint(proxy));
		assertEquals(1, findings.size());
		assertTrue(findings.get(0).message().contains("'gone'"), findings.get(0).message());
		quiet(LintRules.STEP_POLICY_MISSING, new TestProxy().policy("verifyKey", Xml.VERIFY_KEY).pre("verifyKey"));
	}

	@Test
	void policiesWithoutStepsAreUnused() {
		TestProxy proxy = new TestProxy().policy("verifyKey", Xml.VERIFY_KEY).policy("spare", Xml.KVM_GET).pre("verifyKey");
		List<Finding> findings = of(LintRules.POLICY_UNUSED, lint(proxy));
		assertEquals(1, findings.size());
		assertEquals(proxy.policy("spare"), findings.get(0).subject());
		// a fault rule in the endpoint XML uses it too
		proxy.endpoint.setXml("<ProxyEndPoint" + Xml.NS + "><name>default</name><faultRules><faultRule><steps><step>"
				+ "<policy_name>spare</policy_name></step></steps></faultRule></faultRules></ProxyEndPoint>");
		quiet(LintRules.POLICY_UNUSED, proxy);
	}

	@Test
	void policiesDoingTheSameAreDuplicates() {
		String sameWithComment = Xml.VERIFY_KEY.replace("<APIKey", "<!-- the key -->\n  <APIKey");
		TestProxy proxy = new TestProxy().policy("a", Xml.VERIFY_KEY).policy("b", sameWithComment).pre("a", "b");
		List<Finding> findings = of(LintRules.POLICY_DUPLICATE, lint(proxy));
		assertEquals(1, findings.size());
		assertEquals(proxy.policy("b"), findings.get(0).subject());
		quiet(LintRules.POLICY_DUPLICATE, new TestProxy().policy("a", Xml.VERIFY_KEY)
				.policy("b", Xml.VERIFY_KEY.replace("request.header.apikey", "request.queryparam.apikey")).pre("a", "b"));
	}

	@Test
	void sapSequenceNumbersMustGrowInDocumentOrder() {
		TestProxy proxy = new TestProxy().policy("verifyKey", Xml.VERIFY_KEY).policy("kvm", Xml.KVM_GET).pre("verifyKey", "kvm");
		proxy.endpoint.setXml(SAP_ENDPOINT.formatted("2", "1"));
		List<Finding> findings = of(LintRules.SEQUENCE_ORDER, lint(proxy));
		assertEquals(1, findings.size());
		assertEquals("APIProxy/APIProxyEndPoint/default.xml", findings.get(0).file());
		assertEquals(8, findings.get(0).line());
		proxy.endpoint.setXml(SAP_ENDPOINT.formatted("1", "1"));
		assertTrue(of(LintRules.SEQUENCE_ORDER, lint(proxy)).get(0).message().contains("repeats"));
		proxy.endpoint.setXml(SAP_ENDPOINT.formatted("1", "2"));
		quiet(LintRules.SEQUENCE_ORDER, proxy);
		// built in code, without endpoint XML: the model's numbers count
		TestProxy model = new TestProxy().policy("verifyKey", Xml.VERIFY_KEY).policy("kvm", Xml.KVM_GET).pre("verifyKey", "kvm");
		model.endpoint.getPreFlow().getRequestSteps().get(0).setSequence(3);
		model.endpoint.getPreFlow().getRequestSteps().get(1).setSequence(2);
		fires(LintRules.SEQUENCE_ORDER, model);
	}

	@Test
	void stepLocationsComeFromTheEndpointXml() {
		TestProxy proxy = new TestProxy().policy("verifyKey", Xml.VERIFY_KEY).policy("kvm", Xml.KVM_GET).pre("kvm", "verifyKey");
		proxy.endpoint.setXml(SAP_ENDPOINT.replace("verifyKey</policy_name>", "KVMFIRST").replace("kvm</policy_name>",
				"verifyKey</policy_name>").replace("KVMFIRST", "kvm</policy_name>").formatted("1", "2"));
		List<Finding> findings = of(LintRules.API_KEY_TOO_LATE, lint(proxy));
		assertEquals(1, findings.size());
		assertEquals(7, findings.get(0).line());
		assertEquals("APIProxy/APIProxyEndPoint/default.xml", findings.get(0).file());
	}

	@Test
	void conditionsThatDoNotParseAreErrors() {
		fires(LintRules.CONDITION_SYNTAX, new TestProxy().policy("verifyKey", Xml.VERIFY_KEY)
				.preWhen("verifyKey", "(request.verb = \"GET\""));
		quiet(LintRules.CONDITION_SYNTAX, new TestProxy().policy("verifyKey", Xml.VERIFY_KEY)
				.preWhen("verifyKey", "(request.verb = \"GET\")"));
	}

	@Test
	void malformedXmlIsAnErrorWithItsPlace() {
		TestProxy proxy = new TestProxy().policy("broken", "<VerifyAPIKey" + Xml.NS + ">\n  <APIKey ref=\"x\">\n</VerifyAPIKey>")
				.pre("broken");
		List<Finding> findings = of(LintRules.XML_MALFORMED, lint(proxy));
		assertEquals(1, findings.size());
		assertEquals(3, findings.get(0).line());
		quiet(LintRules.XML_MALFORMED, new TestProxy().policy("verifyKey", Xml.VERIFY_KEY).pre("verifyKey"));
	}

	@Test
	void typedPolicyProblemsBecomeFindings() {
		String unknown = Xml.VERIFY_KEY.replace("<APIKey", "<Cache>1</Cache>\n  <APIKey");
		fires(LintRules.POLICY_UNKNOWN_PART, new TestProxy().policy("verifyKey", unknown).pre("verifyKey"));
		quiet(LintRules.POLICY_UNKNOWN_PART, new TestProxy().policy("verifyKey", Xml.VERIFY_KEY).pre("verifyKey"));
		String missing = "<VerifyAPIKey" + Xml.NS + "/>";
		fires(LintRules.POLICY_INVALID, new TestProxy().policy("verifyKey", missing).pre("verifyKey"));
		quiet(LintRules.POLICY_INVALID, new TestProxy().policy("verifyKey", Xml.VERIFY_KEY).pre("verifyKey"));
		String custom = "<StatisticsCollector" + Xml.NS + "><Statistics/></StatisticsCollector>";
		fires(LintRules.POLICY_UNKNOWN_TYPE, new TestProxy().policy("stats", custom).pre("stats"));
		quiet(LintRules.POLICY_UNKNOWN_TYPE, new TestProxy().policy("verifyKey", Xml.VERIFY_KEY).pre("verifyKey"));
	}

	@Test
	void apigeeBundlesNameTheirFilesTheApigeeWay() {
		TestProxy proxy = new TestProxy().policy("spare", Xml.KVM_GET);
		proxy.proxy.setBundleFormat(ProxyBundleFormat.APIGEE);
		assertEquals("apiproxy/policies/spare.xml", of(LintRules.POLICY_UNUSED, lint(proxy)).get(0).file());
	}
}
