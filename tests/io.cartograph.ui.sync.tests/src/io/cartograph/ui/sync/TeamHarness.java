package io.cartograph.ui.sync;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import io.cartograph.core.model.Identities;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.server.JdbcStorage;
import io.cartograph.server.Role;
import io.cartograph.server.ServerConfig;
import io.cartograph.server.Storage;
import io.cartograph.server.SyncServer;
import io.cartograph.sync.SyncClient;
import io.cartograph.sync.SyncedFeatures;
import io.cartograph.sync.TeamServer;
import io.cartograph.sync.TeamWorkspaces;
import io.cartograph.tests.support.swt.DisplaySynchronize;
import io.cartograph.tests.support.swt.SwtDriver;

/**
 * A real team server on localhost (H2 in a temp folder) with anna and ben as CONFIGURATORs of the
 * workspace "team", shared by admin from anna's workspace (system ERP_PRD). Anna syncs with a
 * plain sync client, as a teammate's Cartograph would; ben's workspace, joined from the server,
 * is the one open in this "workbench": a window with the Conflicts view and the status field,
 * made by e4 injection, with the {@link TeamSync} behind them.
 */
final class TeamHarness implements AutoCloseable {

	static final String WORKSPACE_ID = "team";
	static final String PASSWORD = "a long test password 42";
	private static final LandscapePackage L = LandscapePackage.eINSTANCE;

	final SwtDriver driver = new SwtDriver();
	final Shell shell = driver.openShell(1100, 420);
	final WorkspaceSession session = new WorkspaceSession();
	final JdbcStorage storage;
	final SyncServer server;
	final Workspace anna;
	final SyncClient annaClient;
	final TeamSync team;
	final AtomicInteger conflictsOpened = new AtomicInteger();
	private final IEclipseContext context = EclipseContextFactory.create("team harness");
	final Composite viewArea;
	final Composite statusArea;

	TeamHarness(Path temp) throws IOException {
		this(temp, model -> addSystem(model, "ERP_PRD"));
	}

	/** With {@code landscape} made in anna's workspace before it is shared. */
	TeamHarness(Path temp, java.util.function.Consumer<LandscapeModel> landscape) throws IOException {
		storage = JdbcStorage.openDirectory(temp.resolve("server"));
		String hash = passwordHash(PASSWORD.toCharArray());
		for (String user : new String[] { "admin", "anna", "ben" }) {
			storage.addUser(user, hash);
		}
		storage.setRole("admin", Storage.ALL_WORKSPACES, Role.ADMINISTRATOR);
		server = SyncServer.start(ServerConfig.defaults().withPort(0), storage);

		anna = Workspace.create(temp.resolve("anna"), "Team landscape");
		landscape.accept(anna.model());
		anna.model().save();
		try (TeamServer admin = TeamServer.at(server.uri())) {
			admin.login("admin", PASSWORD.toCharArray());
			TeamWorkspaces.share(admin, WORKSPACE_ID, anna);
		}
		storage.setRole("anna", WORKSPACE_ID, Role.CONFIGURATOR);
		storage.setRole("ben", WORKSPACE_ID, Role.CONFIGURATOR);
		annaClient = SyncClient.start(server.uri(), WORKSPACE_ID, anna.model(), anna.store(), SyncedFeatures.standard());
		annaClient.login("anna", PASSWORD.toCharArray());

		Workspace ben;
		try (TeamServer benServer = TeamServer.at(server.uri())) {
			benServer.login("ben", PASSWORD.toCharArray());
			ben = TeamWorkspaces.join(benServer, WORKSPACE_ID, temp.resolve("ben"));
		}
		new TeamLink(server.uri(), WORKSPACE_ID).save(ben);
		session.switchTo(ben);

		UISynchronize ui = new DisplaySynchronize(driver.display());
		team = new TeamSync(session, ui);
		team.onConflicts(conflictsOpened::incrementAndGet);
		context.set(WorkspaceSession.class, session);
		context.set(UISynchronize.class, ui);
		context.set(TeamSync.class, team);

		shell.setLayout(new GridLayout(1, false));
		viewArea = new Composite(shell, SWT.NONE);
		viewArea.setLayout(new org.eclipse.swt.layout.FillLayout());
		viewArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		statusArea = new Composite(shell, SWT.BORDER);
		statusArea.setLayout(new org.eclipse.swt.layout.FillLayout());
		statusArea.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));
	}

	/** Makes a part or tool control the way the workbench does, in {@code parent}. */
	<T> T make(Class<T> type, Composite parent) {
		IEclipseContext child = context.createChild(type.getSimpleName());
		child.set(Composite.class, parent);
		T made = ContextInjectionFactory.make(type, child);
		shell.layout(true, true);
		shell.open();
		driver.flush();
		return made;
	}

	LandscapeModel benModel() {
		return session.model().orElseThrow();
	}

	/** Waits for a team job, running the event loop meanwhile (the job changes the model on this thread). */
	void await(Job job) {
		driver.waitUntil(job.getName(), () -> job.getResult() != null);
		driver.flush();
	}

	/** Ben signs in through the workbench's team sync. */
	void benSignsIn() {
		await(team.signIn("ben", PASSWORD.toCharArray()));
	}

	static LandscapeSystem system(LandscapeModel model, String name) {
		return model.landscape().getSystems().stream().filter(s -> name.equals(s.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no system " + name));
	}

	/** As the editors do: a command on the model's command stack. */
	static void setDescription(LandscapeModel model, String system, String description) {
		model.commandStack().execute(SetCommand.create(model.editingDomain(), system(model, system),
				L.getLandscapeSystem_Description(), description));
	}

	static void setOwner(LandscapeModel model, String system, String owner) {
		model.commandStack().execute(SetCommand.create(model.editingDomain(), system(model, system),
				L.getLandscapeSystem_Owner(), owner));
	}

	static void addSystem(LandscapeModel model, String name) {
		LandscapeSystem system = Identities.create(L.getLandscapeSystem(), LandscapeSystem.class);
		system.setName(name);
		model.commandStack().execute(AddCommand.create(model.editingDomain(), model.landscape(),
				LandscapePackage.Literals.LANDSCAPE__SYSTEMS, system));
	}

	/** The head revision of the team workspace, as the server reports it to anna. */
	long serverHead() {
		try (TeamServer look = TeamServer.at(server.uri())) {
			look.login("anna", PASSWORD.toCharArray());
			return look.workspaces().stream().filter(w -> w.id().equals(WORKSPACE_ID)).findFirst().orElseThrow().head();
		}
	}

	/**
	 * The server's password format (pbkdf2-sha256:iterations:salt:hash), made here because the
	 * server's own PasswordHash is not exported; few iterations keep the test quick, and the
	 * server reads the count from the stored hash.
	 */
	static String passwordHash(char[] password) {
		byte[] salt = new byte[16];
		new SecureRandom().nextBytes(salt);
		int iterations = 1000;
		try {
			byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
					.generateSecret(new PBEKeySpec(password, salt, iterations, 256)).getEncoded();
			Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
			return "pbkdf2-sha256:" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The server's address. */
	URI uri() {
		return server.uri();
	}

	@Override
	public void close() {
		team.close();
		context.dispose();
		driver.close();
		annaClient.close();
		anna.close();
		session.close();
		server.close();
		storage.close();
	}
}
