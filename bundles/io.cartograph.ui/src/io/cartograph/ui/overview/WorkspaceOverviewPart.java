package io.cartograph.ui.overview;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import io.cartograph.core.secrets.MissingSecrets;
import io.cartograph.core.secrets.SecretReferences;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceInfo;
import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.model.landscape.SecretReference;
import io.cartograph.ui.WidgetTags;
import io.cartograph.ui.secrets.MissingSecretsDialog;
import io.cartograph.ui.secrets.SecretAccess;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** The editor area's first page: which workspace is open and what it holds. */
public class WorkspaceOverviewPart {

	public static final String TITLE_ID = "overview.title";
	public static final String DETAILS_ID = "overview.details";
	public static final String SECRETS_ID = "overview.secrets";
	public static final String SECRETS_BUTTON_ID = "overview.secrets.enter";
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

	@Inject
	private WorkspaceSession session;

	@Inject
	private UISynchronize ui;

	private Composite body;
	private Label title;
	private Label details;
	private Composite secretsRow;
	private Label secretsText;

	@Inject
	@Optional
	private SecretAccess secrets;
	private final Consumer<Workspace> onSwitch = workspace -> ui.asyncExec(this::show);

	@PostConstruct
	public void create(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(24, 20).spacing(0, 12).applyTo(body);
		title = WidgetTags.tag(new Label(body, SWT.NONE), TITLE_ID);
		title.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		details = WidgetTags.tag(new Label(body, SWT.WRAP), DETAILS_ID);
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(details);
		secretsRow = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(secretsRow);
		secretsText = WidgetTags.tag(new Label(secretsRow, SWT.NONE), SECRETS_ID);
		Button enter = WidgetTags.tag(new Button(secretsRow, SWT.PUSH), SECRETS_BUTTON_ID);
		enter.setText("Enter Missing Secrets...");
		enter.addListener(SWT.Selection, event -> enterMissingSecrets());
		Label hint = new Label(body, SWT.WRAP);
		hint.setText("Landscape editors open here. The explorer on the left shows the workspace folder; "
				+ "background jobs and problems appear below.");
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(hint);
		session.addListener(onSwitch);
		show();
	}

	void show() {
		if (body == null || body.isDisposed()) {
			return;
		}
		Workspace workspace = session.current().orElse(null);
		if (workspace == null) {
			title.setText("No workspace open");
			details.setText("Open a workspace folder with File > Open Workspace..., or create one with File > New Workspace...");
		} else {
			WorkspaceInfo info = workspace.info();
			title.setText(info.name());
			details.setText(String.join("\n",
					"Location:  " + info.root(),
					"Created:  " + DATE.format(info.created()) + " with Cartograph " + info.createdBy(),
					"Contents:  " + info.fileCount() + " file(s), " + kilobytes(info.totalBytes()),
					"Local store:  schema version " + info.storeSchemaVersion() + " (" + info.storeFile().getFileName() + ")"));
		}
		int secrets = workspace == null || !workspace.isModelLoaded() ? 0 : SecretReferences.in(workspace.model()).size();
		secretsRow.setVisible(secrets > 0);
		secretsText.setText("Secrets:  this workspace refers to " + secrets + " secret(s), kept in the secret store of each machine.");
		body.layout(true, true);
	}

	/** Opens the secret store (asking for its master password) and asks for what this machine lacks. */
	void enterMissingSecrets() {
		Workspace workspace = session.current().orElse(null);
		if (workspace == null || secrets == null) {
			return;
		}
		Shell shell = body.getShell();
		secrets.store(shell).ifPresent(store -> {
			List<SecretReference> missing = MissingSecrets.in(workspace.model(), store);
			if (missing.isEmpty()) {
				MessageDialog.openInformation(shell, "Secrets", "This machine holds every secret the workspace refers to.");
			} else {
				new MissingSecretsDialog(shell, missing, store).open();
			}
		});
	}

	Control control() {
		return body;
	}

	@PreDestroy
	public void dispose() {
		session.removeListener(onSwitch);
	}

	private static String kilobytes(long bytes) {
		return bytes < 1024 ? bytes + " B" : String.format("%.1f KB", bytes / 1024.0);
	}
}
