package io.cartograph.policy.lint;

import static io.cartograph.policy.lint.SecurityRulesTest.fires;
import static io.cartograph.policy.lint.SecurityRulesTest.lint;
import static io.cartograph.policy.lint.SecurityRulesTest.of;
import static io.cartograph.policy.lint.SecurityRulesTest.quiet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.ApiProvider;
import io.cartograph.model.landscape.ProxyResource;

/** Key value maps, providers, private variables and callout timeouts. */
class WorkspaceRulesTest {

	@Test
	void kvmScopeMustBeOneTheRuntimeKnows() {
		TestProxy wrong = new TestProxy().policy("kvm", Xml.KVM_GET.replace("<Scope>environment</Scope>", "<Scope>tenant</Scope>"))
				.pre("kvm");
		List<Finding> findings = of(LintRules.KVM_SCOPE, lint(wrong));
		assertEquals(1, findings.size());
		assertEquals(4, findings.get(0).line()); // the <Scope> element
		quiet(LintRules.KVM_SCOPE, new TestProxy().policy("kvm", Xml.KVM_GET).pre("kvm"));
	}

	@Test
	void kvmMustExistInTheWorkspace() {
		TestProxy proxy = new TestProxy().policy("kvm", Xml.KVM_GET).pre("kvm");
		SecurityRulesTest.fires(LintRules.KVM_ABSENT, proxy, TestProxy.workspace("other"));
		SecurityRulesTest.quiet(LintRules.KVM_ABSENT, proxy, TestProxy.workspace("backend"));
		quiet(LintRules.KVM_ABSENT, proxy); // without a workspace, references cannot be checked
	}

	@Test
	void apiProviderMustExistInTheWorkspace() {
		TestProxy proxy = new TestProxy();
		proxy.target.setXml("<TargetEndPoint" + Xml.NS + ">\n  <name>default</name>\n  <provider_id>ERP_ONPREM</provider_id>\n"
				+ "  <preFlow><name>PreFlow</name></preFlow>\n</TargetEndPoint>");
		ApiManagement without = TestProxy.workspace();
		List<Finding> findings = of(LintRules.PROVIDER_ABSENT, PolicyLint.lint(proxy.proxy, without));
		assertEquals(1, findings.size());
		assertEquals("APIProxy/APITargetEndPoint/default.xml", findings.get(0).file());
		assertEquals(3, findings.get(0).line());
		ApiManagement with = TestProxy.workspace();
		ApiProvider provider = TestProxy.MODEL.createApiProvider();
		provider.setUuid(TestProxy.id());
		provider.setName("ERP_ONPREM");
		with.getProviders().add(provider);
		SecurityRulesTest.quiet(LintRules.PROVIDER_ABSENT, proxy, with);
		proxy.proxy.setProvider(TestProxy.MODEL.createApiProvider());
		proxy.proxy.getProvider().setName("GONE");
		SecurityRulesTest.fires(LintRules.PROVIDER_ABSENT, proxy, with);
	}

	@Test
	void privateVariablesMustBeAssignedSomewhere() {
		String typo = Xml.BASIC_ENCODE.replace("private.password", "private.pasword");
		List<Finding> findings = of(LintRules.PRIVATE_NEVER_ASSIGNED,
				lint(new TestProxy().policy("kvm", Xml.KVM_GET).policy("basic", typo).pre("kvm", "basic")));
		assertEquals(1, findings.size(), findings.toString());
		assertTrue(findings.get(0).message().startsWith("private.pasword"), findings.get(0).message());
		fires(LintRules.PRIVATE_NEVER_ASSIGNED, new TestProxy().policy("h", Xml.assignHeader("x-user", "{private.who}"))
				.preWhen("h", "private.flag = \"true\""));
		quiet(LintRules.PRIVATE_NEVER_ASSIGNED, new TestProxy().policy("kvm", Xml.KVM_GET).policy("basic", Xml.BASIC_ENCODE)
				.policy("h", Xml.assignHeader("x-user", "{private.user}")).pre("kvm", "basic", "h"));
		String extract = "<ExtractVariables" + Xml.NS + "><VariablePrefix>private</VariablePrefix>"
				+ "<Header name=\"x-secret\"><Pattern>{token}</Pattern></Header></ExtractVariables>";
		String assign = "<AssignMessage" + Xml.NS + "><AssignVariable><Name>private.other</Name><Value>x</Value></AssignVariable>"
				+ "</AssignMessage>";
		quiet(LintRules.PRIVATE_NEVER_ASSIGNED, new TestProxy().policy("e", extract).policy("a", assign)
				.policy("h", Xml.assignHeader("x-t", "{private.token} {private.other}")).pre("e", "a", "h"));
	}

	@Test
	void javaScriptResourcesMustBeInTheBundle() {
		String script = "<Javascript timeLimit=\"200\"" + Xml.NS + ">\n  <IncludeURL>jsc://util.js</IncludeURL>\n"
				+ "  <ResourceURL>jsc://urlMask.js</ResourceURL>\n</Javascript>";
		TestProxy proxy = new TestProxy().policy("mask", script).pre("mask");
		List<Finding> findings = of(LintRules.SCRIPT_ABSENT, lint(proxy));
		assertEquals(2, findings.size(), findings.toString());
		assertEquals(2, findings.get(0).line());
		for (String path : new String[] { "APIProxy/FileResource/util.js", "APIProxy/FileResource/urlMask.js" }) {
			ProxyResource resource = TestProxy.MODEL.createProxyResource();
			resource.setUuid(TestProxy.id());
			resource.setPath(path);
			resource.setContent("// script");
			proxy.proxy.getResources().add(resource);
		}
		quiet(LintRules.SCRIPT_ABSENT, proxy);
		// SAP's <Javascript> is the JavaScript type: its elements are checked
		quiet(LintRules.POLICY_UNKNOWN_TYPE, proxy);
	}

	@Test
	void calloutsNeedABoundedTimeout() {
		fires(LintRules.CALLOUT_NO_TIMEOUT, new TestProxy().policy("call", Xml.callout(null)).pre("call"));
		quiet(LintRules.CALLOUT_NO_TIMEOUT, new TestProxy().policy("call", Xml.callout("5000")).pre("call"));
		List<Finding> findings = of(LintRules.CALLOUT_TIMEOUT_TOO_LONG,
				lint(new TestProxy().policy("call", Xml.callout("120000")).pre("call")));
		assertEquals(1, findings.size());
		assertTrue(findings.get(0).message().contains("30000 ms"), findings.get(0).message());
		quiet(LintRules.CALLOUT_TIMEOUT_TOO_LONG, new TestProxy().policy("call", Xml.callout("30000")).pre("call"));
	}
}
