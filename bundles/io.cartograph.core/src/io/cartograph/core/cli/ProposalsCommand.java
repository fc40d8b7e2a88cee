package io.cartograph.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;

import io.cartograph.core.Json;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceException;
import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.rules.proposals.ProposalCommands;

/**
 * {@code cartograph cli proposals list|accept|reject}: the end-to-end proposals INVENTORY made,
 * reviewed without the workbench. Accept and reject act on the proposals named (or all) in one
 * command and save; a rejected sequence is remembered in the workspace and not proposed again.
 */
final class ProposalsCommand implements CliCommand {

	enum Action {
		LIST, ACCEPT, REJECT
	}

	private final Action action;

	ProposalsCommand(Action action) {
		this.action = action;
	}

	@Override
	public String name() {
		return "proposals " + action.name().toLowerCase(java.util.Locale.ROOT);
	}

	@Override
	public String summary() {
		return switch (action) {
		case LIST -> "List the end-to-end integrations INVENTORY proposed, with their evidence";
		case ACCEPT -> "Keep proposals as end-to-end integrations and save";
		case REJECT -> "Remove proposals and remember them as rejected, so they are not proposed again; save";
		};
	}

	@Override
	public List<CliOption> options() {
		CliOption workspace = CliOption.required("--workspace", "DIR", "the workspace");
		if (action == Action.LIST) {
			return List.of(workspace, CliOption.flag("--json", "print the proposals as JSON"));
		}
		return List.of(workspace, CliOption.optional("--name", "NAME", "the proposal with this name"),
				CliOption.optional("--uuid", "UUID", "the proposal with this UUID"),
				CliOption.flag("--all", "every proposal"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		try (Workspace workspace = Workspace.open(arguments.path("--workspace"))) {
			LandscapeModel model = workspace.model();
			List<EndToEndIntegration> proposals = model.integrations().getIntegrations().stream()
					.filter(EndToEndIntegration::isProposal).toList();
			if (action == Action.LIST) {
				list(proposals, arguments.has("--json"), out);
				return 0;
			}
			List<EndToEndIntegration> chosen = chosen(proposals, arguments);
			if (chosen.isEmpty()) {
				err.println("cartograph: no proposal matches; 'proposals list' shows them");
				return 1;
			}
			execute(model, action == Action.ACCEPT ? ProposalCommands.acceptAll(model.editingDomain(), chosen)
					: ProposalCommands.rejectAll(model.editingDomain(), model.integrations(), chosen));
			out.println((action == Action.ACCEPT ? "Accepted: " : "Rejected: ")
					+ chosen.stream().map(EndToEndIntegration::getName).collect(Collectors.joining(", ")) + ". Saved.");
			return 0;
		}
	}

	private static List<EndToEndIntegration> chosen(List<EndToEndIntegration> proposals, Arguments arguments)
			throws UsageException {
		int given = (arguments.has("--all") ? 1 : 0) + (arguments.optionalValue("--name").isPresent() ? 1 : 0)
				+ (arguments.optionalValue("--uuid").isPresent() ? 1 : 0);
		if (given != 1) {
			throw new UsageException("name the proposals with exactly one of --name, --uuid and --all");
		}
		if (arguments.has("--all")) {
			return proposals;
		}
		if (arguments.optionalValue("--uuid").isPresent()) {
			String uuid = arguments.value("--uuid");
			return proposals.stream().filter(proposal -> uuid.equals(proposal.getUuid())).toList();
		}
		String name = arguments.value("--name");
		List<EndToEndIntegration> named = proposals.stream().filter(proposal -> name.equals(proposal.getName())).toList();
		if (named.size() > 1) {
			throw new UsageException(named.size() + " proposals are named '" + name + "'; choose one with --uuid ("
					+ named.stream().map(EndToEndIntegration::getUuid).collect(Collectors.joining(", ")) + ")");
		}
		return named;
	}

	private static void execute(LandscapeModel model, Command command) {
		model.commandStack().execute(command);
		if (model.commandStack().getMostRecentCommand() != command) {
			throw new WorkspaceException("The integration catalog refused the change", null);
		}
		try {
			model.save();
		} catch (IOException e) {
			throw new WorkspaceException("The proposals were changed but the workspace could not be saved: " + e.getMessage(), e);
		}
	}

	private static void list(List<EndToEndIntegration> proposals, boolean json, PrintStream out) {
		if (json) {
			List<Object> entries = new ArrayList<>();
			for (EndToEndIntegration proposal : proposals) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("uuid", proposal.getUuid());
				entry.put("name", proposal.getName());
				entry.put("interfaces", names(proposal));
				entry.put("sender", name(proposal.getSender()));
				entry.put("receiver", name(proposal.getReceiver()));
				entry.put("evidence", proposal.getEvidence());
				entries.add(entry);
			}
			out.println(Json.write(entries));
			return;
		}
		out.println(proposals.size() + (proposals.size() == 1 ? " proposal" : " proposals"));
		for (EndToEndIntegration proposal : proposals) {
			out.println();
			out.println(proposal.getName() + "  (" + proposal.getUuid() + ")");
			out.println("  " + String.join(" > ", names(proposal)));
			if (proposal.getEvidence() != null) {
				out.println("  " + proposal.getEvidence());
			}
		}
	}

	private static List<String> names(EndToEndIntegration proposal) {
		return proposal.getInterfaces().stream().map(Interface::getName).toList();
	}

	private static String name(LandscapeSystem system) {
		return system == null ? null : system.getName();
	}
}
