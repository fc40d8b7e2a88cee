package io.cartograph.ui.rules;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Window > End-to-End Proposals: brings the view forward, made in the bottom stack the first time. */
public final class ShowProposals {

	@Execute
	public void execute(EPartService parts, EModelService models, MApplication application) {
		ShowRulesEditor.show(parts, models, application, ProposalsPart.PART_ID, ShowTodo.BOTTOM_STACK);
	}
}
