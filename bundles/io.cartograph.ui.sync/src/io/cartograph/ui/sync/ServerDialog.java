package io.cartograph.ui.sync;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.cartograph.ui.WidgetTags;

/**
 * Asks for what talking to a team server needs: its address, the user and password, and for
 * sharing or joining the workspace id (and for joining the folder to create). The password is
 * handed out as characters, so that it can be wiped once sent; it is never stored.
 */
final class ServerDialog extends Dialog {

	enum Purpose {
		SIGN_IN("Sign In to the Team Server"),
		SHARE("Share Workspace on Server"),
		JOIN("Join Workspace from Server");

		final String title;

		Purpose(String title) {
			this.title = title;
		}
	}

	/** What the user entered; {@code folder} only when joining. */
	record Answer(URI server, String user, char[] password, String workspaceId, Path folder) {
	}

	static final String PREFIX = "io.cartograph.ui.sync.dialog.";

	private final Purpose purpose;
	private final String serverGiven;
	private final String workspaceGiven;
	private Text server;
	private Text user;
	private Text password;
	private Text workspace;
	private Text folder;
	private Label problem;
	private Answer answer;

	ServerDialog(Shell parent, Purpose purpose, String server, String workspaceId) {
		super(parent);
		this.purpose = purpose;
		this.serverGiven = server == null ? "" : server;
		this.workspaceGiven = workspaceId == null ? "" : workspaceId;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(purpose.title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		server = field(area, "Server:", "server", SWT.BORDER, serverGiven);
		server.setEditable(purpose != Purpose.SIGN_IN);
		user = field(area, "User:", "user", SWT.BORDER, "");
		password = field(area, "Password:", "password", SWT.BORDER | SWT.PASSWORD, "");
		if (purpose != Purpose.SIGN_IN) {
			workspace = field(area, "Workspace id:", "workspace", SWT.BORDER, workspaceGiven);
		}
		if (purpose == Purpose.JOIN) {
			folder = field(area, "New folder:", "folder", SWT.BORDER, "");
		}
		problem = WidgetTags.tag(new Label(area, SWT.WRAP), PREFIX + "problem");
		GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(problem);
		return area;
	}

	private static Text field(Composite area, String label, String id, int style, String value) {
		new Label(area, SWT.NONE).setText(label);
		Text text = WidgetTags.tag(new Text(area, style), PREFIX + id);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void okPressed() {
		String wrong = check();
		if (wrong != null) {
			problem.setText(wrong);
			problem.getParent().layout(true, true);
			return;
		}
		char[] typed = password.getTextChars();
		answer = new Answer(URI.create(server.getText().trim()), user.getText().trim(), Arrays.copyOf(typed, typed.length),
				workspace == null ? null : workspace.getText().trim(),
				folder == null ? null : Path.of(folder.getText().trim()));
		Arrays.fill(typed, '\0');
		password.setText("");
		super.okPressed();
	}

	private String check() {
		try {
			URI uri = new URI(server.getText().trim());
			if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
				return "The server is an http:// or https:// address.";
			}
		} catch (URISyntaxException e) {
			return "The server is an http:// or https:// address.";
		}
		if (user.getText().isBlank() || password.getCharCount() == 0) {
			return "Give your user name and password on the team server.";
		}
		if (workspace != null && workspace.getText().isBlank()) {
			return "Give the id of the workspace on the server.";
		}
		if (folder != null && folder.getText().isBlank()) {
			return "Give the folder for the new workspace (it must be new or empty).";
		}
		return null;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, purpose == Purpose.SIGN_IN ? "Sign In"
				: purpose == Purpose.SHARE ? "Share" : "Join", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** What was entered, once OK was pressed. */
	Answer answer() {
		return answer;
	}
}
