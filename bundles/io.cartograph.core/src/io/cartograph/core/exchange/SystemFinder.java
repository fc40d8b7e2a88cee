package io.cartograph.core.exchange;

import static io.cartograph.model.landscape.LandscapePackage.Literals.INTERFACE__RECEIVER;
import static io.cartograph.model.landscape.LandscapePackage.Literals.INTERFACE__RECEIVER_SET_BY_HAND;
import static io.cartograph.model.landscape.LandscapePackage.Literals.INTERFACE__SENDER;
import static io.cartograph.model.landscape.LandscapePackage.Literals.INTERFACE__SENDER_SET_BY_HAND;
import static io.cartograph.model.landscape.LandscapePackage.Literals.LANDSCAPE__SYSTEMS;

import java.util.ArrayList;
import java.util.List;

import io.cartograph.core.model.Identities;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;

/**
 * Sender and Receiver cells name harmonized systems, by name or alias. A name no system has
 * creates a system (once, however many rows name it), and the report says so: a spreadsheet of
 * interfaces is often the first list of systems a team has.
 */
final class SystemFinder {

	private final LandscapeModel model;
	private final ImportPlan plan;
	private final Names<LandscapeSystem> systems;
	private final List<LandscapeSystem> created = new ArrayList<>();

	SystemFinder(LandscapeModel model, ImportPlan plan) {
		this.model = model;
		this.plan = plan;
		systems = Names.of(model.landscape().getSystems(), SystemSheet::keys);
	}

	/**
	 * Sets sender and receiver from the row, for the columns the sheet has. A system set this way
	 * counts as set by hand: a person decided it, so transformation rules leave it alone.
	 */
	void apply(Rows.Row row, Interface target, Changes changes) {
		if (row.has(InterfaceSheet.SENDER)) {
			LandscapeSystem sender = system(row, InterfaceSheet.SENDER);
			if (sender != target.getSender()) {
				changes.set(target, INTERFACE__SENDER, sender);
				changes.set(target, INTERFACE__SENDER_SET_BY_HAND, sender != null);
			}
		}
		if (row.has(InterfaceSheet.RECEIVER)) {
			LandscapeSystem receiver = system(row, InterfaceSheet.RECEIVER);
			if (receiver != target.getReceiver()) {
				changes.set(target, INTERFACE__RECEIVER, receiver);
				changes.set(target, INTERFACE__RECEIVER_SET_BY_HAND, receiver != null);
			}
		}
	}

	private LandscapeSystem system(Rows.Row row, String column) {
		String name = row.get(column);
		if (name.isEmpty()) {
			return null;
		}
		LandscapeSystem system = systems.find(name);
		if (system == null) {
			system = Identities.create(LandscapePackage.Literals.LANDSCAPE_SYSTEM, LandscapeSystem.class);
			system.setName(name);
			systems.put(name, system);
			created.add(system);
			plan.notice("Creates the system '" + name + "' (no system has that name or alias; first named on line "
					+ row.line() + ").");
		}
		return system;
	}

	/** Plans the command that adds the systems rows named but the landscape lacked. */
	void addCreated() {
		plan.add(model.landscape(), LANDSCAPE__SYSTEMS, created);
	}
}
