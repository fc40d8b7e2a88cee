package io.cartograph.core.validation;

import static io.cartograph.model.landscape.LandscapePackage.Literals.END_TO_END_INTEGRATION__INTERFACES;
import static io.cartograph.model.landscape.LandscapePackage.Literals.TASK__TYPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.Task;
import io.cartograph.model.landscape.TaskType;

class IntegrationAndTaskTest extends ValidationFixture {

	@Test
	void anIntegrationWithAnInterfaceIsFine() {
		Interface item = Identities.create(LandscapePackage.Literals.INTERFACE, Interface.class);
		item.setName("Orders");
		model.interfaces().getInterfaces().add(item);
		integration("Order to cash").getInterfaces().add(item);

		assertEquals(List.of(), problems(Check.INTEGRATION_INTERFACES));
	}

	@Test
	void anIntegrationWithoutInterfacesIsAnError() {
		EndToEndIntegration empty = integration("Order to cash");

		List<Problem> problems = problems(Check.INTEGRATION_INTERFACES);

		assertEquals(1, problems.size());
		assertSame(empty, problems.get(0).object());
		assertEquals(END_TO_END_INTEGRATION__INTERFACES, problems.get(0).feature());
		assertTrue(problems.get(0).isError());
		assertTrue(problems.get(0).message().contains("End-to-end integration 'Order to cash' lists no interfaces"),
				problems.get(0).message());
	}

	@Test
	void tasksThePlatformRunsAreFine() {
		DataSource jira = dataSource("JIRA", DataSourceType.JIRA);
		jira.getTasks().add(task(TaskType.CONFIGURATION));
		DataSource logs = dataSource("LOGS", DataSourceType.LOGS);
		logs.getTasks().add(task(TaskType.UPDATE));
		logs.getTasks().add(task(TaskType.RUNTIME));

		assertEquals(List.of(), problems(Check.TASK_TYPE));
	}

	@Test
	void aTaskThePlatformDoesNotRunIsAWarning() {
		DataSource confluence = dataSource("CONFLUENCE", DataSourceType.CONFLUENCE);
		Task runtime = task(TaskType.RUNTIME);
		confluence.getTasks().add(task(TaskType.UPDATE));
		confluence.getTasks().add(runtime);

		List<Problem> problems = problems(Check.TASK_TYPE);

		assertEquals(1, problems.size());
		assertSame(runtime, problems.get(0).object());
		assertEquals(TASK__TYPE, problems.get(0).feature());
		assertEquals(Problem.Severity.WARNING, problems.get(0).severity());
		assertTrue(problems.get(0).message().contains("CONFLUENCE does not run (it runs UPDATE)"), problems.get(0).message());
	}

	private EndToEndIntegration integration(String name) {
		EndToEndIntegration integration = Identities.create(LandscapePackage.Literals.END_TO_END_INTEGRATION,
				EndToEndIntegration.class);
		integration.setName(name);
		model.integrations().getIntegrations().add(integration);
		return integration;
	}

	private static Task task(TaskType type) {
		Task task = Identities.create(LandscapePackage.Literals.TASK, Task.class);
		task.setType(type);
		return task;
	}
}
