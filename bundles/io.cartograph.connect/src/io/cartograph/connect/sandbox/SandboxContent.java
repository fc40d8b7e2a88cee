package io.cartograph.connect.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.cartograph.connect.sandbox.SandboxLandscape.Flow;

/**
 * The content of a sandbox flow as Cloud Integration's {@code $value} serves it: a zip with a
 * manifest, the {@code .iflw} BPMN model and, for some flows, message mappings and XSLT. The
 * size of the model follows from the flow's id, so the same flow always has the same content,
 * and the sandbox has flows of every complexity class.
 */
final class SandboxContent {

	private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	private SandboxContent() {
	}

	/** How many BPMN flow elements the flow's model has: 2 to 44. */
	static int elements(Flow flow) {
		return 2 + Math.floorMod(flow.id().hashCode(), 43);
	}

	static boolean hasMapping(Flow flow) {
		return Math.floorMod(flow.id().hashCode() / 7, 3) == 0;
	}

	static boolean hasXslt(Flow flow) {
		return Math.floorMod(flow.id().hashCode() / 11, 5) == 0;
	}

	static void write(Flow flow, OutputStream body) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(body)) {
			entry(zip, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nBundle-SymbolicName: " + flow.id() + "\nBundle-Version: "
					+ flow.version() + "\n");
			entry(zip, "src/main/resources/scenarioflows/integrationflow/" + flow.id() + ".iflw", model(flow));
			if (hasMapping(flow)) {
				entry(zip, "src/main/resources/mapping/" + flow.messageType() + ".mmap", "<mapping generated=\"sandbox\"/>");
			}
			if (hasXslt(flow)) {
				entry(zip, "src/main/resources/mapping/" + flow.messageType() + ".xsl",
						"<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"/>");
			}
		}
	}

	private static String model(Flow flow) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<bpmn2:definitions xmlns:bpmn2=\"")
				.append(BPMN).append("\" id=\"Definitions_1\">\n<bpmn2:collaboration id=\"Collaboration_1\" name=\"Default Collaboration\">\n")
				.append("<bpmn2:participant id=\"Sender\" name=\"").append(flow.sender()).append("\"/>\n")
				.append("<bpmn2:participant id=\"Receiver\" name=\"").append(flow.receiver()).append("\"/>\n")
				.append("</bpmn2:collaboration>\n<bpmn2:process id=\"Process_1\" name=\"Integration Process\">\n");
		int elements = elements(flow);
		xml.append("<bpmn2:startEvent id=\"StartEvent_1\" name=\"Start\"/>\n");
		for (int i = 1; i < elements - 1; i++) {
			String kind = i % 5 == 0 ? "exclusiveGateway" : i % 3 == 0 ? "serviceTask" : "callActivity";
			xml.append("<bpmn2:").append(kind).append(" id=\"Step_").append(i).append("\" name=\"Step ").append(i).append("\"/>\n");
			xml.append("<bpmn2:sequenceFlow id=\"Flow_").append(i).append("\"/>\n");
		}
		xml.append("<bpmn2:endEvent id=\"EndEvent_1\" name=\"End\"/>\n</bpmn2:process>\n</bpmn2:definitions>\n");
		return xml.toString();
	}

	private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
