package io.cartograph.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.Workspace;

/**
 * Two copies of one workspace (as two teammates have them after the first download) and a fake
 * team server, with one sync client per copy.
 */
final class TeamFixture implements AutoCloseable {

	final FakeTeamServer server;
	final Path folderA;
	final Path folderB;
	Workspace a;
	Workspace b;
	SyncClient clientA;
	SyncClient clientB;

	TeamFixture(Path temp, int pageLimit) throws IOException {
		server = new FakeTeamServer(pageLimit);
		server.addUser("anna", "anna-pw");
		server.addUser("ben", "ben-pw");
		folderA = temp.resolve("a");
		folderB = temp.resolve("b");
		try (Workspace first = Workspace.create(folderA, "Team landscape")) {
			Edits.addSystem(first.model(), "ERP_PRD");
			Edits.addSystem(first.model(), "CRM_PRD");
			Edits.addSystem(first.model(), "HR_PRD");
			first.model().save();
		}
		copy(folderA, folderB);
		a = Workspace.open(folderA);
		b = Workspace.open(folderB);
		clientA = client(a, "anna");
		clientB = client(b, "ben");
	}

	SyncClient client(Workspace workspace, String user) {
		SyncClient client = SyncClient.start(server.uri(), FakeTeamServer.WORKSPACE, workspace.model(),
				workspace.store(), SyncedFeatures.standard());
		client.login(user, (user + "-pw").toCharArray());
		return client;
	}

	LandscapeModel modelA() {
		return a.model();
	}

	LandscapeModel modelB() {
		return b.model();
	}

	/** Closes B's client and workspace, so that another program (the CLI) may open it. */
	void closeB() {
		clientB.close();
		b.close();
	}

	/** Opens B again after {@link #closeB()}. */
	void openB() {
		b = Workspace.open(folderB);
		clientB = client(b, "ben");
	}

	/** Closes B's client and workspace and opens them again, as after a restart. */
	void restartB() {
		clientB.close();
		b.close();
		b = Workspace.open(folderB);
		clientB = client(b, "ben");
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
	}

	@Override
	public void close() {
		clientA.close();
		clientB.close();
		a.close();
		b.close();
		server.close();
	}
}
