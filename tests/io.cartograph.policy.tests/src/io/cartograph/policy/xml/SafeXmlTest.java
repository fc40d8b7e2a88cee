package io.cartograph.policy.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SafeXmlTest {

	@Test
	void elementsKnowWhereTheyAreAndCommentsAndCdataStay() throws Exception {
		Document document = SafeXml.parse("Policy/check.xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<AssignMessage async="false" xmlns="http://www.sap.com/apimgmt">
				  <!-- why -->
				  <Set><Payload><![CDATA[<a>&</a>]]></Payload></Set>
				</AssignMessage>""");
		Element root = document.getDocumentElement();
		assertEquals("AssignMessage", root.getLocalName());
		assertEquals("http://www.sap.com/apimgmt", root.getNamespaceURI());
		// The parser reports the column just after the start tag's '>'.
		assertEquals(new TextLocation(2, 65), SafeXml.location(root));
		Element set = (Element) root.getElementsByTagNameNS("*", "Set").item(0);
		assertEquals(4, SafeXml.location(set).line());
		assertEquals("<a>&</a>", set.getTextContent());
		String written = SafeXml.write(document);
		assertTrue(written.contains("<!-- why -->"), written);
		assertTrue(written.contains("<![CDATA[<a>&</a>]]>"), written);
	}

	@Test
	void malformedXmlIsReportedWithItsPlace() {
		XmlParseException problem = assertThrows(XmlParseException.class,
				() -> SafeXml.parse("Policy/bad.xml", "<Quota>\n  <Allow count=\"5\">\n</Quota>"));
		assertEquals("Policy/bad.xml", problem.problem().file());
		assertEquals(3, problem.problem().line());
		assertTrue(problem.problem().describe().startsWith("Policy/bad.xml:3:"), problem.problem().describe());
	}

	@Test
	void doctypesAndExternalEntitiesAreRefused() {
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<r>&secret;</r>""";
		XmlParseException refused = assertThrows(XmlParseException.class, () -> SafeXml.parse("evil.xml", xxe));
		assertTrue(refused.problem().message().contains("DOCTYPE declarations are not allowed"), refused.problem().message());
		String laughs = "<!DOCTYPE l [<!ENTITY a \"aaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]><l>&b;</l>";
		assertThrows(XmlParseException.class, () -> SafeXml.parse("laughs.xml", laughs));
	}
}
