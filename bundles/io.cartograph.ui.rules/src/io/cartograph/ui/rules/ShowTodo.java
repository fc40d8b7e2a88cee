package io.cartograph.ui.rules;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Window > To-do: brings the view forward, made in the bottom stack the first time. */
public final class ShowTodo {

	static final String BOTTOM_STACK = "io.cartograph.app.partstack.bottom";

	@Execute
	public void execute(EPartService parts, EModelService models, MApplication application) {
		ShowRulesEditor.show(parts, models, application, TodoPart.PART_ID, BOTTOM_STACK);
	}
}
