package io.cartograph.connect.cpi;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What INVENTORY needs from an integration flow's content (the zip of
 * {@code IntegrationDesigntimeArtifacts(...)/$value}): how many BPMN flow elements its
 * {@code .iflw} models have, and how many message mappings ({@code .mmap}, {@code .opmap}) and
 * XSLT files ({@code .xsl}, {@code .xslt}) it carries. Nothing is written to disk.
 * <p>
 * The zip comes from the network: an entry whose name could escape a folder ({@code ..},
 * absolute paths, drive letters) makes the content unreadable, as does one larger than
 * {@link #MAX_ENTRY_BYTES}, more than {@link #MAX_TOTAL_BYTES} in all or more than
 * {@link #MAX_ENTRIES} entries. The BPMN is parsed with DTDs and external entities off.
 *
 * @param bpmnElements flow elements (events, tasks, calls, gateways, sub-processes)
 * @param mappings     message and operation mappings
 * @param xslt         XSLT files
 * @param problem      why the content could not be read, {@code null} when it could
 */
record FlowContent(int bpmnElements, int mappings, int xslt, String problem) {

	static final long MAX_ENTRY_BYTES = 20L << 20;
	static final long MAX_TOTAL_BYTES = 100L << 20;
	static final int MAX_ENTRIES = 10_000;

	private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
	private static final Set<String> FLOW_ELEMENTS = Set.of("startEvent", "endEvent", "intermediateCatchEvent",
			"intermediateThrowEvent", "boundaryEvent", "task", "serviceTask", "sendTask", "receiveTask", "scriptTask",
			"userTask", "manualTask", "businessRuleTask", "callActivity", "subProcess", "exclusiveGateway",
			"parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway");

	static FlowContent unreadable(String problem) {
		return new FlowContent(0, 0, 0, problem);
	}

	/** The payload stored as raw artifact. */
	String json() {
		return "{\"BpmnElements\":" + bpmnElements + ",\"Mappings\":" + mappings + ",\"Xslt\":" + xslt + "}";
	}

	/** Reads the zip as it streams in; problems of the content itself come back as {@link #problem()}. */
	static FlowContent read(InputStream zip) throws IOException {
		int elements = 0;
		int mappings = 0;
		int xslt = 0;
		int entries = 0;
		int models = 0;
		long[] total = { 0 };
		try (ZipInputStream in = new ZipInputStream(zip)) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				if (++entries > MAX_ENTRIES) {
					return unreadable("more than " + MAX_ENTRIES + " entries");
				}
				String name = entry.getName();
				if (escapes(name)) {
					return unreadable("the entry '" + shorten(name) + "' would escape its folder");
				}
				String lower = name.toLowerCase(Locale.ROOT);
				Limited body = new Limited(in, total);
				if (lower.endsWith(".iflw")) {
					models++;
					elements += countElements(body);
				} else if (lower.endsWith(".mmap") || lower.endsWith(".opmap")) {
					mappings++;
				} else if (lower.endsWith(".xsl") || lower.endsWith(".xslt")) {
					xslt++;
				}
				body.skipRest();
			}
		} catch (java.util.zip.ZipException e) {
			return unreadable("not a readable zip: " + e.getMessage());
		} catch (XMLStreamException e) {
			return unreadable("an integration flow model is not readable XML: " + firstLine(e.getMessage()));
		} catch (TooLarge e) {
			return unreadable(e.getMessage());
		}
		// Not a zip at all (ZipInputStream then finds no entry) or one without a model: counting it
		// as an empty flow would call it LOW.
		return models == 0 ? unreadable("no integration flow model (.iflw) in the content")
				: new FlowContent(elements, mappings, xslt, null);
	}

	static boolean escapes(String name) {
		String normalized = name.replace('\\', '/');
		if (normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*")) {
			return true;
		}
		for (String segment : normalized.split("/")) {
			if (segment.equals("..")) {
				return true;
			}
		}
		return false;
	}

	private static int countElements(InputStream body) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		// No DTDs and no external entities: the model comes from the network.
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		XMLStreamReader reader = factory.createXMLStreamReader(body);
		int count = 0;
		try {
			while (reader.hasNext()) {
				if (reader.next() == XMLStreamConstants.START_ELEMENT && BPMN.equals(reader.getNamespaceURI())
						&& FLOW_ELEMENTS.contains(reader.getLocalName())) {
					count++;
				}
			}
		} finally {
			reader.close();
		}
		return count;
	}

	private static String shorten(String text) {
		return text.length() <= 80 ? text : text.substring(0, 80) + "...";
	}

	private static String firstLine(String text) {
		if (text == null) {
			return "";
		}
		int newline = text.indexOf('\n');
		return shorten(newline < 0 ? text : text.substring(0, newline));
	}

	private static final class TooLarge extends IOException {
		private static final long serialVersionUID = 1L;

		TooLarge(String message) {
			super(message);
		}
	}

	/** One entry's bytes, counted against the per-entry and total caps; never closes the zip. */
	private static final class Limited extends FilterInputStream {

		private final long[] total;
		private long read;

		Limited(InputStream in, long[] total) {
			super(in);
			this.total = total;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				read += n;
				total[0] += n;
				if (read > MAX_ENTRY_BYTES) {
					throw new TooLarge("an entry is larger than " + (MAX_ENTRY_BYTES >> 20) + " MB");
				}
				if (total[0] > MAX_TOTAL_BYTES) {
					throw new TooLarge("the content is larger than " + (MAX_TOTAL_BYTES >> 20) + " MB");
				}
			}
			return n;
		}

		void skipRest() throws IOException {
			byte[] buffer = new byte[8192];
			while (read(buffer, 0, buffer.length) >= 0) {
				// Counting what is skipped keeps the caps honest.
			}
		}

		@Override
		public void close() {
			// The zip stream goes on with the next entry.
		}
	}
}
