package io.cartograph.ui.rules;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Composite;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.ui.landscape.ModelChanges;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * A view of the open landscape that shows it anew shortly after every command, undo or redo
 * (several quick ones cost one update) and after a workspace switch.
 */
abstract class ModelView {

	/** How long after a command the view waits for the next one before it updates. */
	static final int DEBOUNCE_MS = 150;

	@Inject
	private WorkspaceSession session;

	@Inject
	private UISynchronize ui;

	Composite body;
	LandscapeModel model;
	private ModelChanges changes;
	private boolean updateScheduled;
	private int updates;
	private final Consumer<Workspace> onSwitch = workspace -> ui.asyncExec(this::follow);

	@PostConstruct
	public void create(Composite parent) {
		body = parent;
		createContents(parent);
		changes = new ModelChanges(parent.getDisplay(), this::modelChanged);
		session.addListener(onSwitch);
		follow();
	}

	@PreDestroy
	public void dispose() {
		session.removeListener(onSwitch);
		changes.follow(null);
	}

	abstract void createContents(Composite parent);

	/** Shows the model as it is now (null: no workspace open). */
	abstract void show(LandscapeModel current);

	private void follow() {
		if (body.isDisposed()) {
			return;
		}
		try {
			model = session.model().orElse(null);
		} catch (RuntimeException damaged) {
			// A damaged model file: the explorer says what is wrong; this view has nothing to show.
			model = null;
		}
		changes.follow(model);
		update();
	}

	void modelChanged(List<?> affected) {
		if (!updateScheduled && !body.isDisposed()) {
			updateScheduled = true;
			body.getDisplay().timerExec(DEBOUNCE_MS, this::update);
		}
	}

	private void update() {
		updateScheduled = false;
		if (!body.isDisposed()) {
			show(model);
			updates++;
		}
	}

	/** How many times the view was updated: tests wait for the debounced one. */
	int updates() {
		return updates;
	}
}
