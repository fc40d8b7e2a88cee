package io.cartograph.rules;

import static io.cartograph.model.landscape.LandscapePackage.Literals.INTERFACE__BUSINESS_OBJECTS;
import static io.cartograph.model.landscape.LandscapePackage.Literals.INTERFACE__RECEIVER;
import static io.cartograph.model.landscape.LandscapePackage.Literals.INTERFACE__RECEIVER_SET_BY_HAND;
import static io.cartograph.model.landscape.LandscapePackage.Literals.INTERFACE__SENDER;
import static io.cartograph.model.landscape.LandscapePackage.Literals.INTERFACE__SENDER_SET_BY_HAND;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeSystem;

/**
 * Update Inventory: the rules' results written into the interfaces as ONE undoable command.
 * <ul>
 * <li>A slot set by hand ({@code senderSetByHand} / {@code receiverSetByHand}) is kept, unless
 * {@code overwrite}: then it takes the rules' value and is no longer marked as set by hand.</li>
 * <li>Any other slot belongs to the rules: it becomes the winning rule's system, and is emptied
 * when no rule wins it any more (so a deleted or narrowed rule does not leave stale values).</li>
 * <li>Objects are only added, never removed: the model does not say which objects people chose.</li>
 * </ul>
 * When nothing changes, the command is an empty {@link CompoundCommand}, which cannot execute.
 */
public final class UpdateInventory {

	public static final String LABEL = "Update Inventory";

	/**
	 * @param command         execute it on the domain's command stack; not executable when empty
	 * @param sendersChanged  sender slots that change
	 * @param receiversChanged receiver slots that change
	 * @param objectsAdded    business objects added, over all interfaces
	 * @param keptByHand      slots set by hand whose value differs from the rules' and is kept
	 */
	public record Plan(Command command, int sendersChanged, int receiversChanged, int objectsAdded, int keptByHand) {

		public boolean changesNothing() {
			return !command.canExecute();
		}

		public String summary() {
			return sendersChanged + " senders and " + receiversChanged + " receivers changed, " + objectsAdded
					+ " objects added, " + keptByHand + " values set by hand kept";
		}
	}

	private UpdateInventory() {
	}

	public static Plan plan(EditingDomain domain, RuleResults results, boolean overwrite) {
		CompoundCommand command = new CompoundCommand(LABEL, "Applies the transformation rules to all interfaces");
		int[] changed = new int[Slot.values().length];
		int objectsAdded = 0;
		int kept = 0;
		for (int i = 0; i < results.size(); i++) {
			InterfaceResult result = results.result(i);
			Interface item = result.item();
			for (Slot slot : Slot.values()) {
				LandscapeSystem current = slot.harmonized(item);
				LandscapeSystem wanted = result.system(slot);
				if (slot.isSetByHand(item)) {
					if (!overwrite) {
						kept += current == wanted ? 0 : 1;
						continue;
					}
					command.append(new SetCommand(domain, item, slot == Slot.SENDER ? INTERFACE__SENDER_SET_BY_HAND
							: INTERFACE__RECEIVER_SET_BY_HAND, Boolean.FALSE));
				}
				if (current != wanted) {
					command.append(new SetCommand(domain, item, slot == Slot.SENDER ? INTERFACE__SENDER : INTERFACE__RECEIVER,
							wanted == null ? SetCommand.UNSET_VALUE : wanted));
					changed[slot.ordinal()]++;
				}
			}
			List<BusinessObject> missing = new ArrayList<>();
			for (BusinessObject object : result.objects()) {
				if (!item.getBusinessObjects().contains(object)) {
					missing.add(object);
				}
			}
			if (!missing.isEmpty()) {
				command.append(new AddCommand(domain, item, INTERFACE__BUSINESS_OBJECTS, missing));
				objectsAdded += missing.size();
			}
		}
		return new Plan(command, changed[Slot.SENDER.ordinal()], changed[Slot.RECEIVER.ordinal()], objectsAdded, kept);
	}
}
