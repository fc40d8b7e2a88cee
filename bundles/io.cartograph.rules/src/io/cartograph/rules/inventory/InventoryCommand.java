package io.cartograph.rules.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.cartograph.model.landscape.ComplexityClass;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.InterfaceCatalog;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.LandscapePackage.Literals;
import io.cartograph.rules.inventory.InventoryPlan.Change;
import io.cartograph.rules.inventory.InventoryPlan.Update;

/**
 * Turns an {@link InventoryPlan} into one command: undoing it takes back the whole run (new
 * interfaces, updates and not-found marks) in one step.
 */
public final class InventoryCommand {

	private InventoryCommand() {
	}

	/** New interfaces get random UUIDs, as {@code Identities} gives them. */
	public static Command create(EditingDomain domain, InterfaceCatalog catalog, InventoryPlan plan) {
		return create(domain, catalog, plan, () -> UUID.randomUUID().toString());
	}

	/**
	 * @param uuids gives the UUID of each new interface
	 * @throws IllegalArgumentException when the plan is empty (an empty compound command cannot
	 *                                  execute; check {@link InventoryPlan#isEmpty()} first)
	 */
	public static Command create(EditingDomain domain, InterfaceCatalog catalog, InventoryPlan plan, Supplier<String> uuids) {
		Objects.requireNonNull(domain, "domain");
		Objects.requireNonNull(catalog, "catalog");
		if (plan.isEmpty()) {
			throw new IllegalArgumentException("The inventory of " + plan.source().getName() + " changes nothing");
		}
		CompoundCommand command = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL,
				"Inventory of " + plan.source().getName(), plan.summary());
		if (!plan.added().isEmpty()) {
			List<Interface> created = new ArrayList<>();
			for (HarvestedInterface item : plan.added()) {
				created.add(newInterface(item, plan, uuids.get()));
			}
			command.append(AddCommand.create(domain, catalog, Literals.INTERFACE_CATALOG__INTERFACES, created));
		}
		for (Update update : plan.updated()) {
			for (Change change : update.changes()) {
				command.append(SetCommand.create(domain, update.target(), change.feature(), change.value()));
			}
		}
		for (Interface missing : plan.notFound()) {
			if (!missing.isNotFoundInLastRun()) {
				command.append(SetCommand.create(domain, missing, Literals.INTERFACE__NOT_FOUND_IN_LAST_RUN, Boolean.TRUE));
			}
			if (!InventoryPlan.NOT_FOUND_STATUS.equals(missing.getStatus())) {
				command.append(SetCommand.create(domain, missing, Literals.INTERFACE__STATUS, InventoryPlan.NOT_FOUND_STATUS));
			}
		}
		return command;
	}

	private static Interface newInterface(HarvestedInterface item, InventoryPlan plan, String uuid) {
		Interface created = LandscapeFactory.eINSTANCE.createInterface();
		created.setUuid(uuid);
		created.setExternalId(item.externalId());
		created.setName(item.name());
		created.setDataSource(plan.source());
		created.setEnvironment(plan.source().getEnvironment());
		created.setType(item.type());
		created.setVersion(item.version());
		created.setStatus(item.status());
		created.setOriginalSender(item.originalSender());
		created.setOriginalReceiver(item.originalReceiver());
		created.getAdapters().addAll(item.adapters());
		created.getAuthenticationMethods().addAll(item.authenticationMethods());
		created.setComplexity(item.complexity() == null ? ComplexityClass.UNKNOWN : item.complexity());
		created.setLastTraffic(InventoryPlanner.date(item.lastTraffic()));
		return created;
	}
}
