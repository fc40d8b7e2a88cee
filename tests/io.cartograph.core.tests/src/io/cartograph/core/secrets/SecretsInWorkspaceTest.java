package io.cartograph.core.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.model.Identities;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.Authentication;
import io.cartograph.model.landscape.AuthenticationType;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DeveloperApplication;
import io.cartograph.model.landscape.KeyValueEntry;
import io.cartograph.model.landscape.KeyValueMap;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.Proxy;
import io.cartograph.model.landscape.SecretReference;

/** Secrets live in the store only; a workspace copied without the store asks for them. */
class SecretsInWorkspaceTest {

	private static final char[] PASSWORD = "master of the landscape".toCharArray();

	@TempDir
	Path folder;

	private Path workspaceFolder;
	private Path secureFolder;
	private final String marker = "MARKER-" + UUID.randomUUID();
	private final List<String> referenceUuids = new ArrayList<>();

	@BeforeEach
	void workspaceWithOneSecretOfEachKind() {
		workspaceFolder = folder.resolve("acme");
		secureFolder = folder.resolve("home/secure");
		try (Workspace workspace = Workspace.create(workspaceFolder, "ACME");
				SecretStore store = SecretStore.open(secureFolder, PASSWORD)) {
			LandscapeModel model = workspace.model();
			List<SecretReference> references = addOneOfEachKind(model);
			for (int i = 0; i < references.size(); i++) {
				store.put(references.get(i), (marker + "-" + i).toCharArray());
				referenceUuids.add(references.get(i).getUuid());
			}
			assertArrayEquals((marker + "-0").toCharArray(), store.get(references.get(0)).orElseThrow());
			model.save();
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	private static List<SecretReference> addOneOfEachKind(LandscapeModel model) {
		DataSource btp = Identities.create(LandscapePackage.Literals.DATA_SOURCE, DataSource.class);
		btp.setName("BTP production");
		Authentication authentication = Identities.create(LandscapePackage.Literals.AUTHENTICATION, Authentication.class);
		authentication.setType(AuthenticationType.OAUTH2);
		authentication.setClientId("sb-cartograph");
		authentication.setSecret(SecretReferences.create("client secret"));
		btp.setAuthentication(authentication);
		Proxy connector = Identities.create(LandscapePackage.Literals.PROXY, Proxy.class);
		connector.setName("Cloud Connector");
		connector.setPassword(SecretReferences.create("connectivity password"));
		KeyValueMap map = Identities.create(LandscapePackage.Literals.KEY_VALUE_MAP, KeyValueMap.class);
		map.setName("backend-credentials");
		KeyValueEntry entry = Identities.create(LandscapePackage.Literals.KEY_VALUE_ENTRY, KeyValueEntry.class);
		entry.setName("password");
		entry.setValue(SecretReferences.create("backend password"));
		map.getEntries().add(entry);
		DeveloperApplication app = Identities.create(LandscapePackage.Literals.DEVELOPER_APPLICATION,
				DeveloperApplication.class);
		app.setName("Mobile app");
		app.setApiKey(SecretReferences.create("application key"));

		ApiManagement apim = model.apiManagement();
		CompoundCommand add = new CompoundCommand("Add things with secrets");
		add.append(AddCommand.create(model.editingDomain(), model.dataSources(),
				LandscapePackage.Literals.DATA_SOURCE_CATALOG__DATA_SOURCES, btp));
		add.append(AddCommand.create(model.editingDomain(), model.dataSources(),
				LandscapePackage.Literals.DATA_SOURCE_CATALOG__PROXIES, connector));
		add.append(AddCommand.create(model.editingDomain(), apim,
				LandscapePackage.Literals.API_MANAGEMENT__KEY_VALUE_MAPS, map));
		add.append(AddCommand.create(model.editingDomain(), apim,
				LandscapePackage.Literals.API_MANAGEMENT__APPLICATIONS, app));
		model.commandStack().execute(add);
		return List.of(authentication.getSecret(), connector.getPassword(), entry.getValue(), app.getApiKey());
	}

	@Test
	void noFileOfTheWorkspaceOrTheStoreHoldsASecretInPlainText() throws IOException {
		List<Path> scanned = new ArrayList<>();
		scanned.addAll(filesIn(workspaceFolder));
		scanned.addAll(filesIn(secureFolder));

		assertTrue(scanned.contains(workspaceFolder.resolve("store/cartograph.mv.db")), "the H2 file is scanned");
		assertTrue(scanned.contains(workspaceFolder.resolve("landscape/datasources.xmi")));
		assertTrue(scanned.contains(workspaceFolder.resolve("landscape/apim.xmi")));
		assertTrue(scanned.contains(secureFolder.resolve("secure_storage")));
		for (Path file : scanned) {
			assertFalse(holdsMarker(Files.readAllBytes(file)), file + " holds a secret");
		}
		String datasources = Files.readString(workspaceFolder.resolve("landscape/datasources.xmi"));
		assertTrue(datasources.contains(referenceUuids.get(0)), "the model holds the reference");
	}

	@Test
	void theScanFindsTheMarkerWhereItIsInPlainText() throws IOException {
		Path plain = Files.writeString(folder.resolve("plain.txt"), "password=" + marker + "-0\n");
		Path wide = Files.write(folder.resolve("wide.bin"), (marker + "-0").getBytes(StandardCharsets.UTF_16LE));
		assertTrue(holdsMarker(Files.readAllBytes(plain)));
		assertTrue(holdsMarker(Files.readAllBytes(wide)));
	}

	@Test
	void aCopiedWorkspaceOpensAndListsTheSecretsItLacks() throws IOException {
		Path copy = folder.resolve("other-machine/acme");
		copyTree(workspaceFolder, copy);

		try (Workspace workspace = Workspace.open(copy);
				SecretStore empty = SecretStore.open(folder.resolve("other-machine/home/secure"), "other".toCharArray())) {
			LandscapeModel model = workspace.model();
			List<SecretReference> missing = MissingSecrets.in(model, empty);

			assertEquals(referenceUuids, missing.stream().map(SecretReference::getUuid).toList());
			assertEquals(List.of(
					"DataSource 'BTP production' > Authentication > secret (client secret)",
					"Proxy 'Cloud Connector' > password (connectivity password)",
					"KeyValueMap 'backend-credentials' > KeyValueEntry 'password' > value (backend password)",
					"DeveloperApplication 'Mobile app' > apiKey (application key)"),
					missing.stream().map(SecretReferences::whereIs).toList());

			empty.put(missing.get(0), "typed in again".toCharArray());
			assertEquals(referenceUuids.subList(1, 4),
					MissingSecrets.in(model, empty).stream().map(SecretReference::getUuid).toList());
		}

		try (Workspace workspace = Workspace.open(workspaceFolder);
				SecretStore store = SecretStore.open(secureFolder, PASSWORD)) {
			assertEquals(List.of(), MissingSecrets.in(workspace.model(), store), "the original machine has them all");
		}
	}

	private boolean holdsMarker(byte[] content) {
		byte[] utf8 = marker.getBytes(StandardCharsets.UTF_8);
		for (byte[] form : List.of(utf8, marker.getBytes(StandardCharsets.UTF_16LE),
				marker.getBytes(StandardCharsets.UTF_16BE), Base64.getEncoder().encode(utf8))) {
			if (indexOf(content, form) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static List<Path> filesIn(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(Files::isRegularFile).toList();
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path source : paths.toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target);
				}
			}
		}
	}
}
