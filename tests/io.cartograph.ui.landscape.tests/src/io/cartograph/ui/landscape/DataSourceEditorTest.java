package io.cartograph.ui.landscape;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import io.cartograph.model.landscape.AuthenticationType;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.SecretReference;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.ui.landscape.editors.SecretStorage;

class DataSourceEditorTest extends EditorTest {

	/** Keeps secrets in memory, as the real store keeps them outside the workspace. */
	static final class MemorySecrets implements SecretStorage {
		final Map<String, char[]> kept = new HashMap<>();

		@Override
		public void store(SecretReference reference, char[] secret) {
			kept.put(reference.getUuid(), secret.clone());
		}

		@Override
		public boolean has(SecretReference reference) {
			return kept.containsKey(reference.getUuid());
		}
	}

	private DataSource newSource(DataSourceType type) {
		DataSource source = add(harness.model().dataSources(), DATA_SOURCE_CATALOG__DATA_SOURCES, DataSource.class, "CPI_EU");
		source.setType(type);
		return source;
	}

	@Test
	void showsTheConnectionFieldsOfItsType() {
		DataSource source = newSource(DataSourceType.SAP_BTP);
		open(source);
		Text region = inEditor("editor.DataSource.region", Text.class);
		Text systemId = inEditor("editor.DataSource.systemId", Text.class);
		assertTrue(region.isVisible());
		assertFalse(systemId.isVisible(), "an ABAP field on a BTP data source");

		Combo type = inEditor("editor.DataSource.type", Combo.class);
		org.eclipse.swt.widgets.Event wheel = new org.eclipse.swt.widgets.Event();
		wheel.count = -3;
		refused(() -> type.notifyListeners(org.eclipse.swt.SWT.MouseVerticalWheel, wheel));
		assertFalse(wheel.doit, "the wheel over a drop-down scrolls the form, it does not pick");
		edit(() -> Gestures.pick(type, "SAP_ABAP"));
		assertEquals(DataSourceType.SAP_ABAP, source.getType());
		assertFalse(region.isVisible());
		assertTrue(systemId.isVisible());
		edit(() -> Gestures.type(systemId, "ALM"));
		assertEquals("ALM", source.getSystemId());
		undo();
		undo();
		assertEquals(DataSourceType.SAP_BTP, source.getType());
		assertTrue(region.isVisible());
	}

	@Test
	void authenticationIsMadeWhenAMethodIsPickedAndTheSecretGoesToTheSecretStore() throws Exception {
		MemorySecrets secrets = new MemorySecrets();
		harness.useSecretStorage(secrets);
		DataSource source = newSource(DataSourceType.SAP_BTP);
		open(source);
		Combo method = inEditor("editor.DataSource.authentication", Combo.class);
		assertEquals("NONE", method.getText());

		edit(() -> Gestures.pick(method, "OAUTH2"));
		assertNotNull(source.getAuthentication());
		assertEquals(AuthenticationType.OAUTH2, source.getAuthentication().getType());
		Text clientId = inEditor("editor.Authentication.clientId", Text.class);
		assertTrue(clientId.isVisible());
		assertFalse(inEditor("editor.Authentication.username", Text.class).isVisible());
		edit(() -> Gestures.type(clientId, "sb-cpi-client"));
		assertEquals("sb-cpi-client", source.getAuthentication().getClientId());

		Text secret = inEditor("editor.Authentication.secret", Text.class);
		assertTrue(secret.isEnabled());
		edit(() -> Gestures.type(secret, "s3cr3t-value"));
		SecretReference reference = source.getAuthentication().getSecret();
		assertNotNull(reference, "the model holds a reference");
		assertArrayEquals("s3cr3t-value".toCharArray(), secrets.kept.get(reference.getUuid()));
		assertEquals("", secret.getText(), "the field forgets the secret once it is stored");
		assertTrue(inEditor("editor.Authentication.secret.state", Label.class).getText().startsWith("Stored"));

		harness.model().save();
		try (Stream<Path> files = Files.walk(harness.model().folder())) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains("s3cr3t-value"), file + " holds the secret");
			}
		}

		undo();
		undo();
		undo();
		assertNull(source.getAuthentication(), "picking the method made the authentication in one command");
		assertEquals("NONE", method.getText());
	}

	@Test
	void withoutASecretStoreThePasswordFieldSaysSo() {
		DataSource source = newSource(DataSourceType.JIRA);
		open(source);
		Gestures.pick(inEditor("editor.DataSource.authentication", Combo.class), "BASICAUTH");
		assertFalse(inEditor("editor.Authentication.secret", Text.class).isEnabled());
		assertTrue(inEditor("editor.Authentication.secret.state", Label.class).getText().contains("cannot be stored"));
	}

	@Test
	void tasksAreAddedAndEditedInTheTaskList() {
		DataSource source = newSource(DataSourceType.SAP_PO);
		open(source);
		Table tasks = inEditor("editor.DataSource.tasks", Table.class);
		edit(() -> Gestures.click(inEditor("editor.DataSource.tasks.add", Button.class)));
		assertEquals(1, source.getTasks().size());
		// No connector reads SAP PO yet: the tasks the onboarding guide lists for it are offered.
		assertEquals(TaskType.INVENTORY, source.getTasks().get(0).getType());
		assertEquals(List.of("INVENTORY", "UPDATE"), List.of(inEditor("editor.Task.type", Combo.class).getItems()));
		assertEquals(0, tasks.getSelectionIndex(), "the new task is selected for editing");
		edit(() -> Gestures.pick(inEditor("editor.Task.type", Combo.class), "UPDATE"));
		edit(() -> Gestures.type(inEditor("editor.Task.recurrence", Text.class), "every 7 days"));
		assertEquals(TaskType.UPDATE, source.getTasks().get(0).getType());
		assertEquals("UPDATE", tasks.getItem(0).getText(0));
		assertEquals("every 7 days", tasks.getItem(0).getText(1));
		undo();
		assertEquals("every 1 day", source.getTasks().get(0).getRecurrence());
	}
}
