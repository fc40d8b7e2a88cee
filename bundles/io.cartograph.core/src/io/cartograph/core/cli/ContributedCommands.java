package io.cartograph.core.cli;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;

/**
 * Commands other bundles add to {@code cartograph cli} through the extension point
 * {@code io.cartograph.core.cliCommands} ({@code <command class="..."/>}, the class implementing
 * {@link CliCommand} with a public no-argument constructor). Core cannot depend on those bundles
 * (sync depends on core); the registry lets them plug in all the same.
 */
final class ContributedCommands {

	static final String EXTENSION_POINT = "io.cartograph.core.cliCommands";

	private ContributedCommands() {
	}

	/** The contributed commands; none outside OSGi. A contribution that cannot be made is left out, with a reason. */
	static List<CliCommand> load() {
		IExtensionRegistry registry = Platform.getExtensionRegistry();
		List<CliCommand> commands = new ArrayList<>();
		if (registry == null) {
			return commands;
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			try {
				if (element.createExecutableExtension("class") instanceof CliCommand command) {
					commands.add(command);
				}
			} catch (CoreException e) {
				System.err.println("cartograph: the command from " + element.getContributor().getName()
						+ " is not available: " + e.getMessage());
			}
		}
		return commands;
	}
}
