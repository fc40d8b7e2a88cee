package io.cartograph.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.secrets.MissingSecrets;
import io.cartograph.core.secrets.SecretReferences;
import io.cartograph.core.secrets.SecretStore;
import io.cartograph.model.landscape.Authentication;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.SecretReference;
import io.cartograph.ui.secrets.MissingSecretsDialog;

class MissingSecretsDialogTest extends PartTest {

	@Test
	void storesWhatTheUserEntersAndLeavesEmptyFieldsMissing() {
		LandscapeModel model = harness.openWorkspace(temp.resolve("copied"), "Copied").model();
		DataSource btp = LandscapeFactory.eINSTANCE.createDataSource();
		btp.setName("BTP production");
		Authentication oauth = LandscapeFactory.eINSTANCE.createAuthentication();
		oauth.setSecret(SecretReferences.create("client secret"));
		btp.setAuthentication(oauth);
		DataSource jira = LandscapeFactory.eINSTANCE.createDataSource();
		jira.setName("Jira");
		Authentication token = LandscapeFactory.eINSTANCE.createAuthentication();
		token.setSecret(SecretReferences.create("access token"));
		jira.setAuthentication(token);
		model.dataSources().getDataSources().addAll(List.of(btp, jira));

		try (SecretStore store = SecretStore.open(temp.resolve("secure"), "master password".toCharArray())) {
			List<SecretReference> missing = MissingSecrets.in(model, store);
			assertEquals(2, missing.size());
			MissingSecretsDialog dialog = new MissingSecretsDialog(harness.shell, missing, store);
			dialog.setBlockOnOpen(false);
			dialog.open();
			harness.driver.find(dialog.getShell(), "secrets.missing.0", Text.class).setText("s3cr3t-client");
			harness.driver.press(harness.driver.button(dialog.getShell(), IDialogConstants.OK_LABEL));

			assertEquals(1, dialog.stored());
			assertArrayEquals("s3cr3t-client".toCharArray(), store.get(oauth.getSecret()).orElseThrow());
			assertFalse(store.has(token.getSecret()), "an empty field stays missing");
			assertEquals(List.of(token.getSecret()), MissingSecrets.in(model, store));
		}
	}
}
