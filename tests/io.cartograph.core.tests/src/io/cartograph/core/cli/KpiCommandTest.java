package io.cartograph.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cartograph.core.workspace.Workspace;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.MessageRecord;
import io.cartograph.store.RunTrigger;
import io.cartograph.store.RunWriter;
import io.cartograph.store.TaskRuns;

class KpiCommandTest {

	static final Instant NOW = Instant.parse("2025-03-20T12:00:00Z");

	@TempDir
	Path folder;

	private static CliRun run(String... args) {
		List<CliCommand> commands = new ArrayList<>(CommandLine.standardCommands());
		commands.replaceAll(command -> command instanceof KpiCommand ? new KpiCommand(Clock.fixed(NOW, ZoneOffset.UTC)) : command);
		return CliRun.with(new CommandLine(commands), args);
	}

	@Test
	void printsEveryKpiAsJsonWithStableKeysAndAsText() throws Exception {
		Path workspace = folder.resolve("ws");
		assertEquals(0, run("sample", "--workspace", workspace.toString(), "--interfaces", "40").exitCode());
		String name;
		try (Workspace opened = Workspace.open(workspace)) {
			Interface productive = opened.model().interfaces().getInterfaces().stream()
					.filter(item -> item.getEnvironment() != null && "Production".equals(item.getEnvironment().getName()))
					.findFirst().orElseThrow();
			name = productive.getName();
			RunWriter run = TaskRuns.of(opened.store()).start(productive.getDataSource().getUuid(), "test", TaskType.RUNTIME,
					RunTrigger.MANUAL);
			for (int i = 0; i < 4; i++) {
				run.stage(new MessageRecord("m" + i, productive.getExternalId(), i == 0 ? "FAILED" : "COMPLETED",
						NOW.minusSeconds(3600L * (i + 1)), null, null, null, null));
			}
			run.succeed();
		}

		CliRun json = run("kpi", "--workspace", workspace.toString(), "--json");

		assertEquals(0, json.exitCode(), json.err());
		JsonNode tree = new ObjectMapper().readTree(json.out());
		List<String> keys = new ArrayList<>();
		tree.fieldNames().forEachRemaining(keys::add);
		assertEquals(List.of("at", "robustness", "decommissioning", "complexity", "timing", "traffic", "errors", "anomalies",
				"coverage", "landscapeCheck", "integrations", "adapterTop5", "authenticationTop5", "adapterFit", "authenticationFit"),
				keys);
		assertEquals(NOW.toString(), tree.get("at").asText());
		assertEquals(4, tree.get("robustness").get("messages").asLong());
		assertEquals(75.0, tree.get("robustness").get("percent").asDouble());
		assertEquals(name, tree.get("robustness").get("worst").get(0).get("interface").asText());
		assertEquals(40, tree.get("coverage").get("interfaces").asInt());
		assertEquals(3, tree.get("traffic").size());
		assertEquals(4, tree.get("traffic").get(2).get("messages").asLong());

		CliRun text = run("kpi", "--workspace", workspace.toString());
		assertEquals(0, text.exitCode(), text.err());
		assertTrue(text.out().contains("Robustness\n  Days:"), text.out());
		assertTrue(text.out().contains("Landscape check\n"), text.out());
		assertTrue(text.out().contains("Percent:                             75.0"), text.out());
	}
}
