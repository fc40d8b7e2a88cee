package io.cartograph.core.validation;

import static io.cartograph.model.landscape.LandscapePackage.Literals.POLICY__XML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.Flow;
import io.cartograph.model.landscape.FlowKind;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LintRuleSetting;
import io.cartograph.model.landscape.Policy;
import io.cartograph.model.landscape.ProxyEndpoint;
import io.cartograph.model.landscape.Step;

/** The policy lint reaches the Problems view through the validator, with the workspace's rule settings. */
class PolicyLintValidationTest extends ValidationFixture {

	@Test
	void aLintFindingIsAProblemOnThePolicyAndTheWorkspaceCanSwitchTheRuleOff() {
		Policy encode = Identities.create(LandscapePackage.Literals.POLICY, Policy.class);
		encode.setName("encodeBasic");
		encode.setType("BasicAuthentication");
		encode.setXml("""
				<BasicAuthentication async="false" continueOnError="false" enabled="true">
				  <Operation>Encode</Operation>
				  <User ref="private.user"/>
				  <Password ref="private.password"/>
				</BasicAuthentication>""");
		ApiProxy proxy = proxyRunning(encode);

		List<Problem> problems = problems(Check.POLICY_LINT).stream().filter(problem -> problem.object() == encode).toList();

		Problem missingAssignTo = problems.stream().filter(problem -> problem.message().contains("CG-SEC-005")).findFirst()
				.orElseThrow(() -> new AssertionError(problems.toString()));
		assertTrue(missingAssignTo.isError(), missingAssignTo.toString());
		assertEquals(POLICY__XML, missingAssignTo.feature());
		assertTrue(missingAssignTo.message().startsWith("API proxy 'Orders'") || missingAssignTo.message().contains("Orders"),
				missingAssignTo.message());

		LintRuleSetting off = Identities.create(LandscapePackage.Literals.LINT_RULE_SETTING, LintRuleSetting.class);
		off.setRuleId("CG-SEC-005");
		off.setEnabled(false);
		model.apiManagement().getLintSettings().getRules().add(off);
		assertTrue(problems(Check.POLICY_LINT).stream().noneMatch(problem -> problem.message().contains("CG-SEC-005")),
				"switched off in the workspace");
		assertEquals(proxy, encode.eContainer());
	}

	private ApiProxy proxyRunning(Policy policy) {
		ApiProxy proxy = Identities.create(LandscapePackage.Literals.API_PROXY, ApiProxy.class);
		proxy.setName("Orders");
		proxy.getPolicies().add(policy);
		ProxyEndpoint endpoint = Identities.create(LandscapePackage.Literals.PROXY_ENDPOINT, ProxyEndpoint.class);
		endpoint.setName("default");
		Flow preFlow = Identities.create(LandscapePackage.Literals.FLOW, Flow.class);
		preFlow.setName("PreFlow");
		preFlow.setKind(FlowKind.PRE_FLOW);
		Step step = Identities.create(LandscapePackage.Literals.STEP, Step.class);
		step.setPolicy(policy);
		preFlow.getRequestSteps().add(step);
		endpoint.setPreFlow(preFlow);
		proxy.getProxyEndpoints().add(endpoint);
		model.apiManagement().getProxies().add(proxy);
		return proxy;
	}
}
