package io.cartograph.app;

import java.util.function.Consumer;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;

import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceSession;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** Keeps the main window's title on the open workspace: "Cartograph - name - folder". */
public class WindowTitle {

	static final String PRODUCT = "Cartograph";

	@Inject
	private MApplication application;

	@Inject
	private WorkspaceSession session;

	@Inject
	private UISynchronize ui;

	private final Consumer<Workspace> onSwitch = workspace -> ui.asyncExec(this::update);

	@PostConstruct
	public void start() {
		session.addListener(onSwitch);
		update();
	}

	@PreDestroy
	public void stop() {
		session.removeListener(onSwitch);
	}

	void update() {
		String title = titleFor(session.current().orElse(null));
		for (MWindow window : application.getChildren()) {
			window.setLabel(title);
		}
	}

	static String titleFor(Workspace workspace) {
		return workspace == null ? PRODUCT : PRODUCT + " - " + workspace.name() + " - " + workspace.root();
	}
}
