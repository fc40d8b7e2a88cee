package io.cartograph.ui.dashboard;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Window > Dashboard: brings the dashboard to the front, or back after it was closed. */
public class ShowDashboardHandler {

	@Execute
	public void execute(EPartService parts) {
		parts.showPart(DashboardPart.PART_ID, PartState.ACTIVATE);
	}
}
