package io.cartograph.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.model.Identities;
import io.cartograph.core.secrets.SecretStore;
import io.cartograph.model.landscape.Authentication;
import io.cartograph.model.landscape.AuthenticationType;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.SecretReference;
import io.cartograph.sync.SyncClient.PullResult;
import io.cartograph.sync.SyncClient.PushResult;

/** The client against a small server that answers as the protocol says. */
class SyncClientTest {

	@TempDir
	Path folder;

	private TeamFixture team;

	@BeforeEach
	void start() throws Exception {
		team = new TeamFixture(folder, 2);
	}

	@AfterEach
	void stop() {
		team.close();
	}

	@Test
	void pushedChangeSetsReachTheOtherWorkspaceInPages() {
		for (int i = 1; i <= 5; i++) {
			Edits.addSystem(team.modelA(), "SYS_" + i);
		}
		assertEquals(5, team.clientA.status().get().pending());

		assertEquals(PushResult.DONE, team.clientA.push());
		assertEquals(PullResult.APPLIED, team.clientB.pull());

		assertEquals(5, team.server.head());
		assertEquals("anna", team.server.committed().get(0).get("author").asText());
		assertEquals(team.server.committed().get(4).get("summary").asText(), "Add SYS_5");
		assertEquals(Edits.names(team.modelA()), Edits.names(team.modelB()));
		assertEquals(5, team.clientB.status().get().pulledRevision());
		assertEquals(0, team.clientA.status().get().pending());
		assertFalse(team.modelB().isDirty(), "pulled changes are saved");
	}

	@Test
	void aPushWhoseAnswerWasLostIsSentAgainAndAppliedOnce() {
		Edits.rename(team.modelA(), Edits.system(team.modelA(), "ERP_PRD"), "ERP_P01");
		team.server.cutConnectionAfterNextCommit();

		assertEquals(PushResult.DONE, team.clientA.push());

		assertEquals(2, team.server.pushes(), "sent again after the connection broke");
		assertEquals(1, team.server.head(), "committed once");
		assertEquals(0, team.clientA.status().get().pending());
		assertEquals(PullResult.APPLIED, team.clientA.pull());
		assertEquals(List.of("ERP_P01", "CRM_PRD", "HR_PRD"), Edits.names(team.modelA()),
				"its own change set is not applied twice");
	}

	@Test
	void anUnreachableServerLeavesChangeSetsPendingAndSaysOffline() {
		List<SyncStatus> seen = new ArrayList<>();
		team.clientB.status().addListener(seen::add);
		team.server.close();
		Edits.rename(team.modelB(), Edits.system(team.modelB(), "ERP_PRD"), "ERP_P01");

		assertEquals(PushResult.OFFLINE, team.clientB.sync());

		SyncStatus status = team.clientB.status().get();
		assertFalse(status.online());
		assertEquals(1, status.pending());
		assertNotNull(status.problem());
		assertFalse(status.problem().contains("token"), status.problem());
		assertTrue(seen.stream().anyMatch(s -> s.pending() == 1 && s.online()), "told when the change set was queued");
		assertEquals(seen.get(seen.size() - 1), status);
	}

	@Test
	void pendingChangeSetsSurviveARestartAndArePushedAfterwards() throws Exception {
		Edits.rename(team.modelB(), Edits.system(team.modelB(), "CRM_PRD"), "CRM_P01");
		Edits.addSystem(team.modelB(), "BW_PRD");
		team.modelB().save();

		team.restartB();

		assertEquals(2, team.clientB.status().get().pending());
		assertEquals(PushResult.DONE, team.clientB.sync());
		assertEquals(PullResult.APPLIED, team.clientA.pull());
		assertEquals(List.of("ERP_PRD", "CRM_P01", "HR_PRD", "BW_PRD"), Edits.names(team.modelA()));
	}

	@Test
	void aWrongPasswordIsRefusedWithoutRepeatingIt() {
		SyncException refused = assertThrows(SyncException.class,
				() -> team.clientB.login("ben", "not-bens-password".toCharArray()));

		assertTrue(refused.getMessage().contains("Wrong user or password"), refused.getMessage());
		assertFalse(refused.getMessage().contains("not-bens-password"));
	}

	@Test
	void secretsNeverReachTheServer() throws Exception {
		DataSource source = Identities.create(LandscapePackage.eINSTANCE.getDataSource(), DataSource.class);
		source.setName("CPI_EU");
		Authentication authentication = Identities.create(LandscapePackage.eINSTANCE.getAuthentication(),
				Authentication.class);
		authentication.setType(AuthenticationType.OAUTH2);
		authentication.setClientId("sb-cockpit");
		SecretReference reference = Identities.create(LandscapePackage.eINSTANCE.getSecretReference(),
				SecretReference.class);
		authentication.setSecret(reference);
		source.setAuthentication(authentication);
		String secret = "client-secret-4711-xyz";
		try (SecretStore secrets = SecretStore.open(folder.resolve("secure"), "master".toCharArray())) {
			Edits.run(team.modelA(), AddCommand.create(team.modelA().editingDomain(), team.modelA().dataSources(),
					LandscapePackage.Literals.DATA_SOURCE_CATALOG__DATA_SOURCES, source));
			secrets.put(reference, secret.toCharArray());
		}

		assertEquals(PushResult.DONE, team.clientA.sync());
		assertEquals(PullResult.APPLIED, team.clientB.pull());

		assertTrue(team.server.storedText().contains("sb-cockpit"));
		assertTrue(team.server.storedText().contains(reference.getUuid()));
		assertFalse(team.server.storedText().contains(secret));
		assertEquals(reference.getUuid(), ((DataSource) team.modelB().find(source.getUuid()).orElseThrow())
				.getAuthentication().getSecret().getUuid(), "the other side gets the reference, to fill in itself");
	}

	@Test
	void theModelIsChangedOnlyThroughTheGivenAccess() {
		Edits.rename(team.modelA(), Edits.system(team.modelA(), "ERP_PRD"), "ERP_P01");
		team.clientA.sync();
		boolean[] inside = { false };
		List<Boolean> changedInside = new ArrayList<>();
		Edits.system(team.modelB(), "ERP_PRD").eAdapters().add(new org.eclipse.emf.common.notify.impl.AdapterImpl() {
			@Override
			public void notifyChanged(org.eclipse.emf.common.notify.Notification notification) {
				changedInside.add(inside[0]);
			}
		});
		team.clientB.changeModelThrough(action -> {
			inside[0] = true;
			try {
				action.run();
			} finally {
				inside[0] = false;
			}
		});

		assertEquals(PullResult.APPLIED, team.clientB.pull());

		assertFalse(changedInside.isEmpty());
		assertFalse(changedInside.contains(false), "every change happened inside the access");
		assertEquals("ERP_P01", team.modelB().landscape().getSystems().get(0).getName());
	}

	@Test
	void aChangeSetThatCannotBeAppliedLeavesTheWorkspaceAsItWasAndSaysWhy() {
		team.server.commit(ChangeSet.of(0, "Rename a stranger", List.of(Change.set("not-here", "LandscapeSystem", "name",
				RecordingTest.text("X"), RecordingTest.text("Y")))), "anna");

		SyncException problem = assertThrows(SyncException.class, team.clientB::pull);

		assertTrue(problem.getMessage().contains("not-here"), problem.getMessage());
		assertEquals(problem.getMessage(), team.clientB.status().get().problem());
		assertEquals(0, team.clientB.status().get().pulledRevision(), "not skipped: the next pull tries again");
		assertEquals(List.of("ERP_PRD", "CRM_PRD", "HR_PRD"), Edits.names(team.modelB()));
	}
}
