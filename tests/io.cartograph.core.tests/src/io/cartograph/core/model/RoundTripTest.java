package io.cartograph.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.model.landscape.Identified;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.TodoMode;
import io.cartograph.model.landscape.TodoRequirement;
import io.cartograph.model.landscape.TodoSettings;

class RoundTripTest {

	@TempDir
	Path folder;

	@Test
	void everyClassSurvivesSaveAndLoadWithEveryAttributeAndReference() throws IOException {
		Path files = folder.resolve("landscape");
		try (LandscapeModel saved = LandscapeModel.create(files, "Round trip")) {
			Map<EClass, List<EObject>> objects = EveryClass.fill(saved);
			List<String> unreachable = new ArrayList<>();
			for (EClass type : EveryClass.concreteClasses()) {
				if (!objects.containsKey(type)) {
					unreachable.add(type.getName());
				}
			}
			assertEquals(List.of(), unreachable, "classes no model file can hold");
			assertEquals(Set.of(ModelFile.values()), saved.dirtyFiles());

			saved.save();
			assertEquals(Set.of(), saved.dirtyFiles());

			try (LandscapeModel loaded = LandscapeModel.open(files, "ignored")) {
				assertEquals(List.of(), StructuralDiff.between(saved, loaded));
				assertEveryFeatureIsSet(loaded, objects);
				assertEquals(Set.of(), loaded.dirtyFiles(), "loading changes nothing");
			}
		}
	}

	@Test
	void referencesAcrossFilesAreResolvedByUuidAndWrittenRelative() throws IOException {
		Path files = folder.resolve("landscape");
		String systemUuid;
		try (LandscapeModel model = LandscapeModel.create(files, "Cross")) {
			EveryClass.fill(model);
			Interface anInterface = model.interfaces().getInterfaces().get(0);
			LandscapeSystem sender = anInterface.getSender();
			assertEquals(ModelFile.LANDSCAPE, model.fileOf(sender).orElseThrow());
			systemUuid = sender.getUuid();
			model.save();
		}

		String interfaces = Files.readString(files.resolve("interfaces.xmi"), StandardCharsets.UTF_8);
		assertTrue(interfaces.contains(" sender=\"landscape.xmi#" + systemUuid + "\""), "relative reference by UUID");
		for (ModelFile file : ModelFile.values()) {
			String text = Files.readString(files.resolve(file.fileName()), StandardCharsets.UTF_8);
			assertFalse(text.contains("file:"), file + " names no absolute location");
			assertFalse(text.contains(folder.toString()), file + " does not contain the folder's path");
		}

		// A copy elsewhere (another machine) reads the same references.
		Path copy = folder.resolve("elsewhere/landscape");
		copyFolder(files, copy);
		try (LandscapeModel original = LandscapeModel.open(files, "x");
				LandscapeModel copied = LandscapeModel.open(copy, "x")) {
			assertEquals(List.of(), StructuralDiff.between(original, copied));
			Interface anInterface = copied.interfaces().getInterfaces().get(0);
			assertEquals(systemUuid, anInterface.getSender().getUuid());
			assertFalse(anInterface.getSender().eIsProxy());
			assertEquals(copy.resolve("landscape.xmi").toString(),
					anInterface.getSender().eResource().getURI().toFileString());
		}
	}

	@Test
	void filesWithReferencesWrittenAsElementsStillLoad() throws IOException {
		Path files = folder.resolve("landscape");
		String senderUuid;
		try (LandscapeModel model = LandscapeModel.create(files, "Older files")) {
			EveryClass.fill(model);
			senderUuid = model.interfaces().getInterfaces().get(0).getSender().getUuid();
			model.save();
		}
		// Rewrite the catalog as earlier versions did: each reference a <sender href="..."/> element.
		ResourceSet plain = LandscapeResources.newResourceSet();
		for (ModelFile file : ModelFile.values()) {
			plain.getResource(URI.createFileURI(files.resolve(file.fileName()).toAbsolutePath().toString()), true);
		}
		Resource catalog = plain.getResource(URI.createFileURI(files.resolve("interfaces.xmi").toAbsolutePath().toString()), false);
		catalog.save(Map.of(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE));
		assertTrue(Files.readString(files.resolve("interfaces.xmi")).contains("<sender href=\"landscape.xmi#" + senderUuid + "\"/>"));

		try (LandscapeModel model = LandscapeModel.open(files, "x")) {
			LandscapeSystem sender = model.interfaces().getInterfaces().get(0).getSender();
			assertEquals(senderUuid, sender.getUuid());
			assertFalse(sender.eIsProxy());
			assertEquals(ModelFile.LANDSCAPE, model.fileOf(sender).orElseThrow());
		}
	}

	@Test
	void referencesIntoLoadedFilesAreConnectedWhileLoadingAndUnknownOnesStayVisible() throws IOException {
		Path files = folder.resolve("landscape");
		String senderUuid;
		try (LandscapeModel model = LandscapeModel.create(files, "Connected")) {
			EveryClass.fill(model);
			senderUuid = model.interfaces().getInterfaces().get(0).getSender().getUuid();
			model.save();
		}
		String missing = "00000000-0000-4000-8000-000000000000";
		Path catalog = files.resolve("interfaces.xmi");
		Files.writeString(catalog, Files.readString(catalog).replaceFirst(" receiver=\"landscape.xmi#[^\"]+\"",
				" receiver=\"landscape.xmi#" + missing + "\""));

		try (LandscapeModel model = LandscapeModel.open(files, "x")) {
			Interface anInterface = model.interfaces().getInterfaces().get(0);
			EObject sender = (EObject) anInterface.eGet(LandscapePackage.Literals.INTERFACE__SENDER, false);
			assertFalse(sender.eIsProxy(), "connected to the loaded system, no placeholder");
			assertEquals(senderUuid, ((Identified) sender).getUuid());
			EObject receiver = (EObject) anInterface.eGet(LandscapePackage.Literals.INTERFACE__RECEIVER, false);
			assertTrue(receiver.eIsProxy(), "an unknown UUID is left to EMF as a placeholder");
			assertTrue(anInterface.getReceiver().eIsProxy(), "and it does not resolve");
			List<String> problems = io.cartograph.core.validation.ModelValidation.validate(model).stream()
					.map(problem -> problem.message()).toList();
			assertTrue(problems.stream().anyMatch(message -> message.contains(missing)), "validation names the broken reference: " + problems);
		}
	}

	@Test
	void toDoSettingsOfEarlierBuildsAreReadIntoTheGuidesForm() throws IOException {
		Path files = folder.resolve("landscape");
		LandscapeModel.create(files, "Older settings").close();
		Path landscape = files.resolve("landscape.xmi");
		String text = Files.readString(landscape);
		String current = " propertiesRequirement=\"INACTIVE\" tagsRequirement=\"INACTIVE\"";
		assertTrue(text.contains(current), text);
		Files.writeString(landscape, text.replace(current, " mode=\"ANY\" objectsRequired=\"true\" tagsRequired=\"true\""));

		try (LandscapeModel model = LandscapeModel.open(files, "x")) {
			TodoSettings todo = model.landscape().getTodoSettings();
			assertEquals(TodoMode.INTERFACES_AND_END_TO_END, todo.getMode());
			assertEquals(TodoRequirement.AT_LEAST_ONE, todo.getObjectsRequirement());
			assertEquals(TodoRequirement.AT_LEAST_ONE, todo.getPropertiesRequirement(), "absent: the default");
			assertEquals(TodoRequirement.CONFIGURED, todo.getTagsRequirement());
		}
	}

	@Test
	void controlCharactersInHarvestedTextDoNotMakeTheFileUnreadable() throws IOException {
		Path files = folder.resolve("landscape");
		String text = "from a log: \u0001\u001b[0m bell\u0007 nel\u0085 ls\u2028 crlf\r\n tab\t end";
		try (LandscapeModel model = LandscapeModel.create(files, "Control")) {
			LandscapeSystem system = Identities.create(LandscapePackage.Literals.LANDSCAPE_SYSTEM, LandscapeSystem.class);
			system.setDescription(text);
			model.landscape().getSystems().add(system);
			model.save();
		}
		try (LandscapeModel model = LandscapeModel.open(files, "x")) {
			assertEquals(text, model.landscape().getSystems().get(0).getDescription());
		}
	}

	/** Every object the filler made comes back with every feature set (so none was left at its default). */
	@Test
	void textXmlCannotHoldIsRefusedWithoutWritingAnything() throws IOException {
		Path files = folder.resolve("landscape");
		try (LandscapeModel model = LandscapeModel.create(files, "Nul")) {
			byte[] before = Files.readAllBytes(files.resolve("landscape.xmi"));
			LandscapeSystem system = Identities.create(LandscapePackage.Literals.LANDSCAPE_SYSTEM, LandscapeSystem.class);
			system.setName("ERP\u0000");
			model.landscape().getSystems().add(system);

			IOException refusal = assertThrows(IOException.class, model::save);

			assertTrue(refusal.getMessage().startsWith("Cannot save " + files.resolve("landscape.xmi") + ": "),
					refusal.getMessage());
			assertTrue(refusal.getMessage().contains("0x0"), refusal.getMessage());
			assertArrayEquals(before, Files.readAllBytes(files.resolve("landscape.xmi")));
			assertFalse(Files.exists(files.resolve("landscape.xmi.bak")));
			assertEquals(Set.of(ModelFile.LANDSCAPE), model.dirtyFiles());

			system.setName("ERP");
			model.save();
			assertEquals(Set.of(), model.dirtyFiles());
		}
	}

	private static void assertEveryFeatureIsSet(LandscapeModel model, Map<EClass, List<EObject>> made) {
		List<String> unset = new ArrayList<>();
		for (List<EObject> objects : made.values()) {
			for (EObject original : objects) {
				String uuid = ((Identified) original).getUuid();
				EObject object = model.find(uuid).orElse(null);
				if (object == null) {
					unset.add(original.eClass().getName() + " " + uuid + " is missing");
					continue;
				}
				for (EAttribute attribute : object.eClass().getEAllAttributes()) {
					if (!object.eIsSet(attribute)) {
						unset.add(object.eClass().getName() + "." + attribute.getName());
					}
				}
				for (EReference reference : object.eClass().getEAllReferences()) {
					if (!reference.isContainer() && !object.eIsSet(reference)) {
						unset.add(object.eClass().getName() + "." + reference.getName());
					}
				}
			}
		}
		assertEquals(List.of(), unset.stream().distinct().toList(), "features that came back unset");
	}

	private static void copyFolder(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> entries = Files.list(from)) {
			for (Path entry : entries.toList()) {
				Files.copy(entry, to.resolve(entry.getFileName()));
			}
		}
	}
}
