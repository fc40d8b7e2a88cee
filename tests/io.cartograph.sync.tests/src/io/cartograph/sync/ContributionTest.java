package io.cartograph.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

import io.cartograph.core.cli.CliCommand;

class ContributionTest {

	@Test
	void theSyncCommandIsContributedToCoresCommandLine() throws Exception {
		IConfigurationElement[] elements = Platform.getExtensionRegistry()
				.getConfigurationElementsFor("io.cartograph.core.cliCommands");

		List<IConfigurationElement> fromSync = Arrays.stream(elements)
				.filter(element -> element.getContributor().getName().equals("io.cartograph.sync")).toList();

		assertEquals(1, fromSync.size());
		CliCommand command = assertInstanceOf(CliCommand.class, fromSync.get(0).createExecutableExtension("class"));
		assertEquals("sync", command.name());
	}
}
