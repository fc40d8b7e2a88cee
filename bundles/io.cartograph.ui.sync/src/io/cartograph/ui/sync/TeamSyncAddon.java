package io.cartograph.ui.sync;

import java.time.Duration;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import io.cartograph.core.workspace.WorkspaceSession;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Puts the {@link TeamSync} of the workbench into the application context, syncs on the interval
 * of the preference {@value #INTERVAL_KEY} (minutes, default {@value #DEFAULT_MINUTES}, 0 = only
 * on demand), and opens the Conflicts view when a sync stops with conflicts.
 */
public class TeamSyncAddon {

	static final String INTERVAL_KEY = "syncIntervalMinutes";
	static final int DEFAULT_MINUTES = 5;

	private IEclipseContext context;
	private TeamSync team;

	@PostConstruct
	public void start(IEclipseContext application, WorkspaceSession session, UISynchronize ui, MApplication app,
			EModelService models) {
		context = application;
		team = new TeamSync(session, ui);
		team.onConflicts(() -> {
			EPartService parts = app.getContext().getActiveLeaf().get(EPartService.class);
			if (parts != null) {
				ShowConflicts.show(parts, models, app);
			}
		});
		int minutes = InstanceScope.INSTANCE.getNode("io.cartograph.ui.sync").getInt(INTERVAL_KEY, DEFAULT_MINUTES);
		team.syncEvery(Duration.ofMinutes(Math.max(0, minutes)));
		context.set(TeamSync.class, team);
	}

	@PreDestroy
	public void stop() {
		context.remove(TeamSync.class);
		team.close();
	}
}
