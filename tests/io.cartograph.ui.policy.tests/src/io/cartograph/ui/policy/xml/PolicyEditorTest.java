package io.cartograph.ui.policy.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.model.Identities;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.Policy;
import io.cartograph.ui.policy.PolicyHarness;
import io.cartograph.ui.policy.SalesOrderProxy;

/** The policy XML editor as a user types in it. */
class PolicyEditorTest {

	@TempDir
	Path folder;
	private PolicyHarness harness;
	private LandscapeModel model;
	private SalesOrderProxy sales;

	@BeforeEach
	void openWorkspace() {
		harness = new PolicyHarness();
		model = harness.createWorkspace(folder);
		sales = new SalesOrderProxy(model);
	}

	@AfterEach
	void close() {
		harness.close();
	}

	@Test
	void aBrokenEditIsMarkedWhereItIsAndTheFixClearsIt() throws Exception {
		PolicyEditorPart editor = harness.open(PolicyEditorPart.class, sales.verifyKey);
		PolicyXmlViewer xml = editor.xml();
		StyledText text = harness.driver.find(harness.shell, PolicyXmlViewer.TEXT_ID, StyledText.class);
		assertEquals(SalesOrderProxy.VERIFY_KEY, text.getText());
		assertEquals(List.of(), xml.problems(), "a valid policy has no problems");

		// Delete the "/" of <APIKey .../>: the element is not closed any more.
		int slash = text.getText().indexOf("/>") + 1;
		text.setCaretOffset(slash);
		harness.driver.pressKey(text, 0, SWT.BS);
		String broken = SalesOrderProxy.VERIFY_KEY.replace("\"/>", "\">");
		assertEquals(broken, text.getText());
		harness.driver.waitUntil("an error annotation", () -> !xml.problems().isEmpty());
		ProblemAnnotation error = xml.problems().get(0);
		assertEquals(ProblemAnnotation.ERROR, error.getType());
		assertTrue(error.getText().toLowerCase().contains("apikey"), error.getText());
		Position where = xml.annotations().getPosition(error);
		int closing = broken.indexOf("</VerifyAPIKey>");
		assertTrue(where.overlapsWith(closing, "</VerifyAPIKey>".length()), "marks the end tag that does not match: " + where);
		harness.driver.flush();
		StyleRange squiggle = text.getStyleRangeAtOffset(where.getOffset());
		assertTrue(squiggle != null && squiggle.underline && squiggle.underlineStyle == SWT.UNDERLINE_SQUIGGLE,
				"the user sees a squiggle: " + squiggle);
		assertEquals(broken, sales.verifyKey.getXml(), "the settled edit is the policy's XML");
		assertTrue(harness.part.isDirty());
		String hover = new PolicyXmlConfiguration.ProblemHover(xml.viewer()).getHoverInfo(xml.viewer(),
				new org.eclipse.jface.text.Region(where.getOffset() + 2, 0));
		assertEquals(error.getText(), hover, "resting the mouse on the squiggle shows the message");
		text.setCaretOffset(where.getOffset() + 1);
		harness.driver.pressKey(text, 0, SWT.ARROW_RIGHT);
		assertEquals(error.getText(), harness.driver.find(harness.shell, PolicyEditorPart.STATUS_ID, Label.class).getText());

		harness.shell.setSize(980, 430);
		harness.driver.flush();
		harness.screenshot(Path.of("target", "screenshots", "policy-xml-editor.png"));

		text.setCaretOffset(broken.indexOf("APIKey\">") + "APIKey\"".length());
		harness.driver.pressKey(text, 0, '/');
		assertEquals(SalesOrderProxy.VERIFY_KEY, text.getText());
		harness.driver.waitUntil("the error to go", () -> xml.problems().isEmpty());
		harness.driver.waitUntil("the fix to reach the model", () -> SalesOrderProxy.VERIFY_KEY.equals(sales.verifyKey.getXml()));
		harness.driver.flush();
		StyleRange after = text.getStyleRangeAtOffset(where.getOffset());
		assertFalse(after != null && after.underline, "no squiggle any more");

		model.commandStack().undo();
		harness.driver.flush();
		assertEquals(broken, sales.verifyKey.getXml(), "undo takes back one settled edit");
		assertEquals(broken, text.getText(), "and the editor shows it");
		assertEquals(1, xml.problems().size());
		model.commandStack().undo();
		harness.driver.flush();
		assertEquals(SalesOrderProxy.VERIFY_KEY, text.getText());
		assertEquals(List.of(), xml.problems());

		editor.save();
		assertFalse(model.isDirty(), "File > Save saves the workspace");
		assertFalse(harness.part.isDirty());
	}

	@Test
	void typedPolicyWarningsShowAsWarnings() {
		PolicyEditorPart editor = harness.open(PolicyEditorPart.class, sales.verifyKey);
		editor.xml().document().set(SalesOrderProxy.VERIFY_KEY.replace("<APIKey", "<ApiKey"));
		harness.driver.waitUntil("a problem", () -> !editor.xml().problems().isEmpty());
		assertTrue(editor.xml().problems().stream().anyMatch(problem -> problem.getText().contains("ApiKey")),
				() -> editor.xml().problems().stream().map(ProblemAnnotation::getText).toList().toString());
	}

	@Test
	void lintFindingsAboutThePolicyShowOnceTheEditSettles() {
		PolicyEditorPart editor = harness.open(PolicyEditorPart.class, sales.verifyKey);
		assertEquals(List.of(), editor.xml().problems());
		editor.xml().document().set(SalesOrderProxy.VERIFY_KEY.replace("continueOnError=\"false\"", "continueOnError=\"true\""));
		harness.driver.waitUntil("the lint's finding", () -> editor.xml().problems().stream()
				.anyMatch(problem -> problem.getText().startsWith("CG-SEC-006")));
		ProblemAnnotation finding = editor.xml().problems().stream().filter(problem -> problem.getText().startsWith("CG-SEC-006"))
				.findFirst().orElseThrow();
		assertEquals(ProblemAnnotation.ERROR, finding.getType());
		assertTrue(editor.xml().annotations().getPosition(finding).getOffset() < SalesOrderProxy.VERIFY_KEY.indexOf('>'),
				"on the policy's start tag");
	}

	@Test
	void contentAssistOffersWhatIsAllowedWhereTheCursorIs() {
		PolicyEditorPart editor = harness.open(PolicyEditorPart.class, sales.verifyKey);
		PolicyAssist assist = editor.xml().assist();
		String assign = "<AssignMessage xmlns=\"http://www.sap.com/apimgmt\">\n\t<Remove>\n\t\t\n\t</Remove>\n</AssignMessage>";
		List<String> inRemove = names(assist.proposals(assign, assign.indexOf("\t\t\n") + 2));
		assertTrue(inRemove.contains("Headers") && inRemove.contains("QueryParams"), inRemove.toString());
		assertFalse(inRemove.contains("AssignTo"), "AssignTo belongs to AssignMessage, not to Remove");

		String typing = "<VerifyAPIKey>\n\t<AP";
		assertEquals(List.of("APIKey"), names(assist.proposals(typing, typing.length())));
		String attribute = "<VerifyAPIKey>\n\t<APIKey r";
		assertEquals(List.of("ref"), names(assist.proposals(attribute, attribute.length())));

		// What the user sees: Ctrl+Space in the editor opens the list with the allowed children.
		StyledText text = harness.driver.find(harness.shell, PolicyXmlViewer.TEXT_ID, StyledText.class);
		text.setCaretOffset(text.getText().indexOf("<APIKey"));
		harness.driver.pressKey(text, SWT.CTRL, ' ');
		harness.driver.waitUntil("the proposals popup", () -> popupItems().stream().anyMatch(item -> item.startsWith("APIKey")));
	}

	@Test
	void aTemplateFillsAnEmptyPolicyAndSetsItsType() {
		Policy empty = Identities.create(LandscapePackage.Literals.POLICY, Policy.class);
		empty.setName("allowOffice");
		sales.proxy.getPolicies().add(empty);
		PolicyEditorPart editor = harness.open(PolicyEditorPart.class, empty);
		PolicyTemplate allowlist = PolicyTemplates.all().stream().filter(t -> t.policyType().equals("AccessControl")).findFirst()
				.orElseThrow();
		editor.insert(allowlist);
		assertEquals("AccessControl", empty.getType());
		harness.driver.waitUntil("the template in the model", () -> allowlist.xml().equals(empty.getXml()));
		// The template itself is right; what the lint may still say is about the proxy (no step uses the policy yet).
		assertTrue(editor.xml().problems().stream().allMatch(problem -> problem.getText().matches("CG-[A-Z]+-\\d+: .*")
				&& !problem.getType().equals(ProblemAnnotation.ERROR)), editor.xml().problems().toString());
	}

	@Test
	void everyTemplateIsAValidPolicyOfItsType() {
		for (PolicyTemplate template : PolicyTemplates.all()) {
			assertEquals(List.of(), PolicyChecks.check(template.name(), template.policyType(), template.xml()), template.name());
		}
		assertEquals(10, PolicyTemplates.all().size());
	}

	private List<String> popupItems() {
		List<String> items = new java.util.ArrayList<>();
		for (org.eclipse.swt.widgets.Shell shell : harness.driver.display().getShells()) {
			collect(shell, items);
		}
		return items;
	}

	private static void collect(org.eclipse.swt.widgets.Control control, List<String> items) {
		if (control instanceof org.eclipse.swt.widgets.Table table) {
			for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
				items.add(item.getText());
			}
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				collect(child, items);
			}
		}
		if (control instanceof org.eclipse.swt.widgets.Shell shell) {
			for (org.eclipse.swt.widgets.Shell child : shell.getShells()) {
				collect(child, items);
			}
		}
	}

	private static List<String> names(List<ICompletionProposal> proposals) {
		return proposals.stream().map(ICompletionProposal::getDisplayString).map(label -> label.split(" - ")[0]).toList();
	}
}
