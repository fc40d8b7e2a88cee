package io.cartograph.core.validation;

import static io.cartograph.model.landscape.LandscapePackage.Literals.END_TO_END_INTEGRATION__INTERFACES;
import static io.cartograph.model.landscape.LandscapePackage.Literals.END_TO_END_INTEGRATION__RECEIVER;
import static io.cartograph.model.landscape.LandscapePackage.Literals.END_TO_END_INTEGRATION__SENDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;

/** The flow warnings of an end-to-end integration, each with what to change. */
class IntegrationFlowTest extends ValidationFixture {

	LandscapeSystem shop;
	LandscapeSystem gateway;
	LandscapeSystem broker;
	LandscapeSystem erp;

	@BeforeEach
	void systems() {
		shop = system("Shop");
		gateway = system("Gateway");
		broker = system("Broker");
		erp = system("ERP");
	}

	@Test
	void aFlowThatLinesUpHasNoWarning() {
		integration("Order to Cash", shop, erp, step("Order In", shop, gateway), step("Order Route", gateway, erp));
		assertEquals(List.of(), problems(Check.INTEGRATION_FLOW));
	}

	@Test
	void aWrongSenderAWrongReceiverAndABrokenHandOverAreEachExplained() {
		EndToEndIntegration flow = integration("Order to Cash", gateway, broker, step("Order In", shop, gateway),
				step("Order Post", broker, erp));

		List<Problem> problems = problems(Check.INTEGRATION_FLOW);

		assertEquals(3, problems.size(), problems.toString());
		assertFalse(problems.stream().anyMatch(Problem::isError), "warnings only");
		Problem sender = problems.stream().filter(problem -> problem.feature() == END_TO_END_INTEGRATION__SENDER).findFirst()
				.orElseThrow();
		assertEquals(flow, sender.object());
		assertEquals("End-to-end integration 'Order to Cash' starts at 'Gateway', but its first interface Interface 'Order In' is"
				+ " sent by 'Shop'. Set the sender to 'Shop', or put first the interface that 'Gateway' sends.", sender.message());
		Problem receiver = problems.stream().filter(problem -> problem.feature() == END_TO_END_INTEGRATION__RECEIVER).findFirst()
				.orElseThrow();
		assertEquals("End-to-end integration 'Order to Cash' ends at 'Broker', but its last interface Interface 'Order Post' is"
				+ " received by 'ERP'. Set the receiver to 'ERP', or put last the interface that 'Broker' receives.",
				receiver.message());
		Problem handOver = problems.stream().filter(problem -> problem.feature() == END_TO_END_INTEGRATION__INTERFACES).findFirst()
				.orElseThrow();
		assertEquals("End-to-end integration 'Order to Cash': interface 1 Interface 'Order In' delivers to 'Gateway', but"
				+ " interface 2 Interface 'Order Post' is sent by 'Broker': the flow breaks there. Reorder the interfaces, add the"
				+ " one in between, or correct their systems.", handOver.message());
	}

	@Test
	void systemsNotSetAreNotJudged() {
		integration("Open", null, null, step("A", shop, null), step("B", null, erp));
		assertEquals(List.of(), problems(Check.INTEGRATION_FLOW));
	}

	private LandscapeSystem system(String name) {
		LandscapeSystem system = Identities.create(LandscapePackage.Literals.LANDSCAPE_SYSTEM, LandscapeSystem.class);
		system.setName(name);
		model.landscape().getSystems().add(system);
		return system;
	}

	private Interface step(String name, LandscapeSystem sender, LandscapeSystem receiver) {
		Interface item = Identities.create(LandscapePackage.Literals.INTERFACE, Interface.class);
		item.setName(name);
		item.setSender(sender);
		item.setReceiver(receiver);
		model.interfaces().getInterfaces().add(item);
		return item;
	}

	private EndToEndIntegration integration(String name, LandscapeSystem sender, LandscapeSystem receiver, Interface... steps) {
		EndToEndIntegration integration = Identities.create(LandscapePackage.Literals.END_TO_END_INTEGRATION,
				EndToEndIntegration.class);
		integration.setName(name);
		integration.setSender(sender);
		integration.setReceiver(receiver);
		integration.getInterfaces().addAll(List.of(steps));
		model.integrations().getIntegrations().add(integration);
		return integration;
	}
}
