package io.cartograph.connect.cpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.connect.ConnectorContext;
import io.cartograph.connect.DataSources;
import io.cartograph.connect.RecordingSink;
import io.cartograph.connect.TaskOutcome;
import io.cartograph.connect.TaskOutcome.Result;
import io.cartograph.connect.TaskProgress;
import io.cartograph.connect.sandbox.SandboxOptions;
import io.cartograph.connect.sandbox.SandboxTenant;
import io.cartograph.model.landscape.TaskType;

/** Counting a flow's BPMN elements, mappings and XSLT from its content zip, safely. */
class FlowContentTest {

	private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	@TempDir
	Path folder;

	@Test
	void countsFlowElementsOfTheModelAndMappingAndXsltFiles() throws IOException {
		String model = "<?xml version=\"1.0\"?><bpmn2:definitions xmlns:bpmn2=\"" + BPMN + "\"><bpmn2:collaboration>"
				+ "<bpmn2:participant id=\"p\"/></bpmn2:collaboration><bpmn2:process><bpmn2:startEvent/><bpmn2:callActivity/>"
				+ "<bpmn2:serviceTask/><bpmn2:exclusiveGateway/><bpmn2:sequenceFlow/><bpmn2:endEvent/></bpmn2:process>"
				+ "<other xmlns=\"urn:x\"><startEvent/></other></bpmn2:definitions>";
		byte[] zip = zip("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n", "src/main/resources/scenarioflows/integrationflow/A.iflw",
				model, "src/main/resources/mapping/Order.mmap", "<m/>", "src/main/resources/mapping/Order.xsl", "<x/>",
				"src/main/resources/mapping/Other.XSLT", "<x/>");

		FlowContent content = FlowContent.read(new ByteArrayInputStream(zip));

		assertNull(content.problem());
		assertEquals(5, content.bpmnElements(), "events, call, task and gateway; not participants, sequence flows or other namespaces");
		assertEquals(1, content.mappings());
		assertEquals(2, content.xslt());
		assertEquals("{\"BpmnElements\":5,\"Mappings\":1,\"Xslt\":2}", content.json());
	}

	@Test
	void entriesThatWouldEscapeTheirFolderMakeTheContentUnreadable() throws IOException {
		for (String name : List.of("../../etc/passwd", "src/../../x.iflw", "/abs/a.iflw", "C:\\win\\a.iflw", "a\\..\\..\\b")) {
			FlowContent content = FlowContent.read(new ByteArrayInputStream(zip(name, "x")));
			assertTrue(content.problem() != null && content.problem().contains("escape"), name + ": " + content.problem());
		}
		assertFalse(FlowContent.escapes("src/main/resources/a..b.iflw"), "two dots inside a name are fine");
	}

	@Test
	void externalEntitiesAndDtdsAreNeverResolved() throws IOException {
		Path secret = folder.resolve("secret.txt");
		Files.writeString(secret, "top secret");
		String model = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
				+ "<bpmn2:definitions xmlns:bpmn2=\"" + BPMN + "\"><bpmn2:process><bpmn2:startEvent name=\"&x;\"/>"
				+ "</bpmn2:process></bpmn2:definitions>";

		FlowContent content = FlowContent.read(new ByteArrayInputStream(zip("a.iflw", model)));

		// Either the DTD is refused or the entity stays unresolved; the file is never read into the count.
		assertTrue(content.problem() != null || content.bpmnElements() == 1, content.toString());
		assertFalse(content.toString().contains("top secret"), content.toString());
	}

	@Test
	void anEntryLargerThanTheCapIsRefused() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			// Skipped entries count against the caps too.
			zip.putNextEntry(new ZipEntry("src/main/resources/big.bin"));
			byte[] chunk = new byte[1 << 20];
			for (int i = 0; i <= FlowContent.MAX_ENTRY_BYTES >> 20; i++) {
				zip.write(chunk);
			}
			zip.closeEntry();
		}

		FlowContent content = FlowContent.read(new ByteArrayInputStream(bytes.toByteArray()));

		assertTrue(content.problem() != null && content.problem().contains("larger than"), String.valueOf(content.problem()));
	}

	@Test
	void somethingThatIsNotAZipOrHasNoModelIsUnreadableRatherThanCountedAsEmpty() throws IOException {
		FlowContent html = FlowContent.read(new ByteArrayInputStream("<html>Service Unavailable</html>".getBytes(StandardCharsets.UTF_8)));
		FlowContent noModel = FlowContent.read(new ByteArrayInputStream(zip("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n")));

		assertTrue(html.problem() != null && html.problem().contains("no integration flow model"), String.valueOf(html.problem()));
		assertTrue(noModel.problem() != null && noModel.problem().contains("no integration flow model"), String.valueOf(noModel.problem()));
	}

	@Test
	void configurationStoresTheCountsOfEverySandboxFlowsContent() throws IOException {
		SandboxTenant tenant = SandboxTenant.start(0, SandboxOptions.defaults().withPackages(3).withMessages(10));
		try {
			DataSources sources = new DataSources();
			RecordingSink sink = new RecordingSink();
			TaskOutcome outcome = new CloudIntegrationConnector().run(ConnectorContext.of(sources.oauth(tenant.url(),
					tenant.tokenUrl(), SandboxOptions.CLIENT_ID, SandboxOptions.CLIENT_SECRET), sources), TaskType.CONFIGURATION,
					sink, TaskProgress.NONE);

			assertEquals(Result.SUCCESS, outcome.result(), outcome.message());
			assertEquals(sink.count(ConfigurationHarvest.DESIGNTIME), sink.count(ConfigurationHarvest.CONTENT));
			assertTrue(sink.artifacts.stream().filter(a -> a.kind().equals(ConfigurationHarvest.CONTENT))
					.allMatch(a -> a.json().matches("\\{\"BpmnElements\":([2-9]|[1-3][0-9]|4[0-4]),\"Mappings\":[01],\"Xslt\":[01]\\}")),
					sink.artifacts.toString());
		} finally {
			tenant.stop();
		}
	}

	private static byte[] zip(String... namesAndTexts) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < namesAndTexts.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
				zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}
