package io.cartograph.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cartograph.core.Json;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceException;
import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.Named;
import io.cartograph.model.landscape.ObjectRule;
import io.cartograph.model.landscape.SystemMappingRule;
import io.cartograph.rules.InterfaceResult;
import io.cartograph.rules.RuleEngine;
import io.cartograph.rules.RuleProblem;
import io.cartograph.rules.RuleResults;
import io.cartograph.rules.Slot;
import io.cartograph.rules.UpdateInventory;

/**
 * {@code cartograph cli rules apply --workspace DIR [--json] [--dry-run] [--overwrite]}: Update
 * Inventory without the workbench. Rules whose regex does not compile are reported on the error
 * stream and skipped; the exit code is 1 only when no rule could be applied at all.
 */
final class RulesApplyCommand implements CliCommand {

	@Override
	public String name() {
		return "rules apply";
	}

	@Override
	public String summary() {
		return "Apply the transformation rules to all interfaces (Update Inventory) and save";
	}

	@Override
	public List<CliOption> options() {
		return List.of(
				CliOption.required("--workspace", "DIR", "the workspace folder"),
				CliOption.flag("--json", "print per interface the harmonized systems, objects and winning rules as JSON"),
				CliOption.flag("--dry-run", "compute and report, but change and save nothing"),
				CliOption.flag("--overwrite", "also replace sender and receiver values set by hand"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		boolean dryRun = arguments.has("--dry-run");
		boolean overwrite = arguments.has("--overwrite");
		try (Workspace workspace = Workspace.open(arguments.path("--workspace"))) {
			LandscapeModel model = workspace.model();
			List<Interface> interfaces = model.interfaces().getInterfaces();
			RuleResults results = RuleEngine.apply(model.rules(), interfaces);
			for (RuleProblem problem : results.problems()) {
				err.println("warning: " + problem.line());
			}
			if (!results.anyUsableRule()) {
				err.println("cartograph: nothing to apply: the workspace has no enabled rule whose regexes compile");
				return 1;
			}
			UpdateInventory.Plan plan = UpdateInventory.plan(model.editingDomain(), results, overwrite);
			boolean saved = false;
			if (!dryRun && !plan.changesNothing()) {
				model.commandStack().execute(plan.command());
				try {
					model.save();
				} catch (IOException e) {
					throw new WorkspaceException("The rules were applied but the workspace could not be saved: " + e.getMessage(), e);
				}
				saved = true;
			}
			if (arguments.has("--json")) {
				out.println(Json.write(report(results, plan, overwrite, dryRun, saved)));
			} else {
				out.println("Applied " + results.size() + " interfaces: " + plan.summary() + "."
						+ (saved ? " Saved." : dryRun ? " Dry run: nothing saved." : " Nothing to save."));
			}
			return 0;
		}
	}

	/** The interfaces as they are after the update (or would be, in a dry run), with the winning rules. */
	private static Map<String, Object> report(RuleResults results, UpdateInventory.Plan plan, boolean overwrite,
			boolean dryRun, boolean saved) {
		List<Object> interfaces = new ArrayList<>(results.size());
		for (InterfaceResult result : results.results()) {
			Interface item = result.item();
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("name", item.getName());
			entry.put("externalId", item.getExternalId());
			entry.put("harmonizedSender", name(after(result, Slot.SENDER, overwrite, saved)));
			entry.put("harmonizedReceiver", name(after(result, Slot.RECEIVER, overwrite, saved)));
			List<String> objects = new ArrayList<>();
			item.getBusinessObjects().forEach(object -> objects.add(object.getName()));
			if (!saved) {
				for (BusinessObject object : result.objects()) {
					if (!item.getBusinessObjects().contains(object)) {
						objects.add(object.getName());
					}
				}
			}
			entry.put("objects", objects);
			entry.put("senderRule", rule(result.senderRule(), result.senderPosition()));
			entry.put("receiverRule", rule(result.receiverRule(), result.receiverPosition()));
			entry.put("senderSetByHand", !overwrite && Slot.SENDER.isSetByHand(item));
			entry.put("receiverSetByHand", !overwrite && Slot.RECEIVER.isSetByHand(item));
			List<Object> objectRules = new ArrayList<>();
			for (ObjectRule rule : result.objectRules()) {
				objectRules.add(rule.getUuid());
			}
			entry.put("objectRules", objectRules);
			interfaces.add(entry);
		}
		List<Object> problems = new ArrayList<>();
		for (RuleProblem problem : results.problems()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("kind", problem.kind());
			entry.put("position", problem.position());
			entry.put("uuid", problem.uuid());
			entry.put("field", problem.field());
			entry.put("pattern", problem.pattern());
			entry.put("error", problem.error());
			problems.add(entry);
		}
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("dryRun", dryRun);
		report.put("saved", saved);
		report.put("sendersChanged", plan.sendersChanged());
		report.put("receiversChanged", plan.receiversChanged());
		report.put("objectsAdded", plan.objectsAdded());
		report.put("keptByHand", plan.keptByHand());
		report.put("invalidRules", problems);
		report.put("interfaces", interfaces);
		return report;
	}

	/** After a save the model holds the answer; before, a slot set by hand keeps its value unless overwriting. */
	private static LandscapeSystem after(InterfaceResult result, Slot slot, boolean overwrite, boolean saved) {
		if (saved || !overwrite && slot.isSetByHand(result.item())) {
			return slot.harmonized(result.item());
		}
		return result.system(slot);
	}

	private static Map<String, Object> rule(SystemMappingRule rule, int position) {
		if (rule == null) {
			return null;
		}
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("position", position);
		entry.put("uuid", rule.getUuid());
		return entry;
	}

	private static String name(Named named) {
		return named == null ? null : named.getName();
	}
}
