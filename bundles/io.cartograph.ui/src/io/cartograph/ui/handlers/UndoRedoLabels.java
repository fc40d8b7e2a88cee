package io.cartograph.ui.handlers;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuItem;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;

import io.cartograph.core.model.CommandLabels;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceSession;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Keeps the Edit menu saying what Undo and Redo would do ("Undo Change name of ERP"), following
 * the open workspace's command stack.
 */
public class UndoRedoLabels {

	static final String UNDO_ITEM = "io.cartograph.app.menuitem.undo";
	static final String REDO_ITEM = "io.cartograph.app.menuitem.redo";

	@Inject
	private MApplication application;

	@Inject
	private EModelService models;

	@Inject
	private WorkspaceSession session;

	@Inject
	private UISynchronize ui;

	private BasicCommandStack watched;
	private final CommandStackListener onChange = event -> ui.asyncExec(this::update);
	private final Consumer<Workspace> onSwitch = workspace -> ui.asyncExec(this::watch);

	@PostConstruct
	public void start() {
		session.addListener(onSwitch);
		watch();
	}

	@PreDestroy
	public void stop() {
		session.removeListener(onSwitch);
		if (watched != null) {
			watched.removeCommandStackListener(onChange);
		}
	}

	private void watch() {
		if (watched != null) {
			watched.removeCommandStackListener(onChange);
		}
		watched = session.commandStack();
		watched.addCommandStackListener(onChange);
		update();
	}

	void update() {
		label(UNDO_ITEM, "&Undo", watched.getUndoCommand());
		label(REDO_ITEM, "&Redo", watched.getRedoCommand());
	}

	private void label(String itemId, String verb, Command command) {
		String text = command == null ? verb : verb + " " + CommandLabels.describe(command);
		List<MMenuItem> items = models.findElements(application, itemId, MMenuItem.class, null,
				EModelService.ANYWHERE | EModelService.IN_MAIN_MENU);
		for (MMenuItem item : items) {
			item.setLabel(text);
		}
	}
}
