package io.cartograph.ui.sync;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.cartograph.ui.WidgetTags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The team sync field in the window's bottom trim: online or offline with the number of change
 * sets waiting to be pushed, the number of conflicts still to decide or that the merge is ready
 * to apply (a click opens the Conflicts view), or that the workspace is not shared. Follows the sync client's status as it changes.
 */
public final class TeamStatusControl {

	static final String ID = "io.cartograph.ui.sync.status";

	private TeamSync team;
	private UISynchronize ui;
	private Label label;
	private final Runnable onChange = () -> ui.asyncExec(this::refresh);

	@PostConstruct
	public void create(Composite parent, TeamSync teamSync, UISynchronize synchronize) {
		team = teamSync;
		ui = synchronize;
		Composite area = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginHeight = 2;
		layout.marginWidth = 8;
		area.setLayout(layout);
		label = WidgetTags.tag(new Label(area, SWT.NONE), ID);
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		label.addListener(SWT.MouseUp, event -> {
			if (event.button == 1 && team.openMerge().isPresent()) {
				team.showConflicts();
			}
		});
		team.addListener(onChange);
		refresh();
	}

	void refresh() {
		if (label.isDisposed()) {
			return;
		}
		label.setText(TeamStatusText.of(team.status(), team.openMerge(), team.isSignedIn()));
		label.setToolTipText(TeamStatusText.details(team.status(), team.link()));
		label.setCursor(team.openMerge().isPresent() ? label.getDisplay().getSystemCursor(SWT.CURSOR_HAND) : null);
		// The text's width changes: the trim bar and the shell around it have to make room for it.
		label.getShell().layout(new org.eclipse.swt.widgets.Control[] { label }, SWT.DEFER);
	}

	@PreDestroy
	public void dispose() {
		team.removeListener(onChange);
	}
}
