package io.cartograph.ui.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.cartograph.tests.support.swt.SwtDriver;

/** The Team menu's dialog: what it asks for each purpose, what it refuses, and what it hands out. */
class ServerDialogTest {

	private static final String P = ServerDialog.PREFIX;
	private final SwtDriver driver = new SwtDriver();
	private final Shell parent = driver.openShell(400, 300);

	@AfterEach
	void close() {
		driver.close();
	}

	@Test
	void joinAsksForEverythingAndHandsOutThePasswordOnlyAsCharacters() {
		ServerDialog dialog = open(ServerDialog.Purpose.JOIN, "https://", "");
		Shell shell = dialog.getShell();
		text(shell, "server").setText("https://cartograph.example.com/");
		text(shell, "user").setText("ben");
		driver.press(driver.button(shell, "Join"));
		assertEquals("Give your user name and password on the team server.", problem(shell));

		text(shell, "password").setText("s3cret pass");
		driver.press(driver.button(shell, "Join"));
		assertEquals("Give the id of the workspace on the server.", problem(shell));
		text(shell, "workspace").setText("northwind");
		driver.press(driver.button(shell, "Join"));
		assertEquals("Give the folder for the new workspace (it must be new or empty).", problem(shell));
		text(shell, "folder").setText("/tmp/northwind");
		driver.press(driver.button(shell, "Join"));

		assertEquals(Window.OK, dialog.getReturnCode());
		ServerDialog.Answer answer = dialog.answer();
		assertEquals(URI.create("https://cartograph.example.com/"), answer.server());
		assertEquals("ben", answer.user());
		assertArrayEquals("s3cret pass".toCharArray(), answer.password());
		assertEquals("northwind", answer.workspaceId());
		assertEquals(Path.of("/tmp/northwind"), answer.folder());
	}

	@Test
	void signInKeepsTheWorkspacesServerAndRefusesAnAddressThatIsNotHttp() {
		ServerDialog dialog = open(ServerDialog.Purpose.SIGN_IN, "ftp://old.example.com/", "northwind");
		Shell shell = dialog.getShell();
		assertTrue(!text(shell, "server").getEditable(), "the server is the workspace's");
		text(shell, "user").setText("ben");
		text(shell, "password").setText("pw");
		driver.press(driver.button(shell, "Sign In"));
		assertEquals("The server is an http:// or https:// address.", problem(shell));
		assertNull(dialog.answer());
		driver.press(driver.button(shell, "Cancel"));
		assertEquals(Window.CANCEL, dialog.getReturnCode());
	}

	private ServerDialog open(ServerDialog.Purpose purpose, String server, String workspace) {
		ServerDialog dialog = new ServerDialog(parent, purpose, server, workspace);
		dialog.setBlockOnOpen(false);
		dialog.open();
		driver.flush();
		return dialog;
	}

	private Text text(Shell shell, String id) {
		return driver.find(shell, P + id, Text.class);
	}

	private String problem(Shell shell) {
		return driver.find(shell, P + "problem", Label.class).getText();
	}
}
