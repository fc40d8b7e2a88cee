package io.cartograph.ui.explorer;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.ui.WidgetTags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** The explorer: what the open workspace folder holds. Follows workspace switches. */
public class ExplorerPart {

	public static final String TREE_ID = "explorer.tree";
	public static final String STATUS_ID = "explorer.status";

	@Inject
	private WorkspaceSession session;

	@Inject
	private UISynchronize ui;

	private TreeViewer viewer;
	private Label status;
	private final Consumer<Workspace> onSwitch = workspace -> ui.asyncExec(this::show);

	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		status = WidgetTags.tag(new Label(parent, SWT.WRAP), STATUS_ID);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		WidgetTags.tag(viewer.getTree(), TREE_ID);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTree());
		viewer.setContentProvider(new WorkspaceTreeContent());
		viewer.setLabelProvider(new WorkspaceTreeLabels());
		viewer.setUseHashlookup(true);
		viewer.addDoubleClickListener(event -> {
			Object selected = viewer.getStructuredSelection().getFirstElement();
			if (selected != null && viewer.isExpandable(selected)) {
				viewer.setExpandedState(selected, !viewer.getExpandedState(selected));
			}
		});
		session.addListener(onSwitch);
		show();
	}

	/** Shows the session's workspace, expanded one level, or says that none is open. */
	void show() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Workspace workspace = session.current().orElse(null);
		viewer.setInput(workspace == null ? List.of() : List.of(workspace));
		if (workspace == null) {
			status.setText("No workspace is open. Use File > Open Workspace... or File > New Workspace...");
		} else {
			status.setText(shortened(workspace.root()));
			status.setToolTipText(workspace.root().toString());
			viewer.expandToLevel(2);
		}
		status.getParent().layout(true);
	}

	/** Refreshes when the user comes back to the explorer: files may have changed outside. */
	@Focus
	public void onFocus() {
		viewer.refresh();
		viewer.getControl().setFocus();
	}

	@PreDestroy
	public void dispose() {
		session.removeListener(onSwitch);
	}

	private static String shortened(Path folder) {
		String home = System.getProperty("user.home");
		String text = folder.toString();
		return home != null && text.startsWith(home) ? "~" + text.substring(home.length()) : text;
	}
}
