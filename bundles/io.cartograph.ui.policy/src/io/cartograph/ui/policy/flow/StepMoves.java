package io.cartograph.ui.policy.flow;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.cartograph.model.landscape.Flow;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.Step;

/**
 * Moving a step within its list as one command. SAP bundles number their steps explicitly: when
 * the steps carry numbers, they are numbered again 1, 2, 3 in the new order within the same
 * command, so that undo gives back order and numbers together.
 */
final class StepMoves {

	private StepMoves() {
	}

	/** The command that puts the step at the index of its list; null when it would change nothing. */
	static Command move(EditingDomain domain, Flow flow, EReference steps, Step step, int index) {
		@SuppressWarnings("unchecked")
		List<Step> list = (List<Step>) flow.eGet(steps);
		int from = list.indexOf(step);
		if (from < 0 || index < 0 || index >= list.size() || from == index) {
			return null;
		}
		CompoundCommand command = new CompoundCommand("Move Step");
		command.append(MoveCommand.create(domain, flow, steps, step, index));
		if (list.stream().anyMatch(each -> each.getSequence() != 0)) {
			List<Step> order = new ArrayList<>(list);
			order.remove(from);
			order.add(index, step);
			for (int i = 0; i < order.size(); i++) {
				if (order.get(i).getSequence() != i + 1) {
					command.append(SetCommand.create(domain, order.get(i), LandscapePackage.Literals.STEP__SEQUENCE, i + 1));
				}
			}
		}
		return command;
	}
}
