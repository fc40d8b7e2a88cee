package io.cartograph.ui.map;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Window > System Map: opens the map in the editor area, or brings it to the front. */
public class ShowSystemMapHandler {

	@Execute
	public void execute(EPartService parts) {
		parts.showPart(SystemMapPart.PART_ID, PartState.ACTIVATE);
	}
}
