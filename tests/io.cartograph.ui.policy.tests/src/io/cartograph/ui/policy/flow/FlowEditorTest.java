package io.cartograph.ui.policy.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.Policy;
import io.cartograph.model.landscape.Step;
import io.cartograph.tests.support.swt.PointerDrag;
import io.cartograph.ui.policy.PolicyHarness;
import io.cartograph.ui.policy.SalesOrderProxy;

/** The flow editor as a user reorders steps and edits conditions. */
class FlowEditorTest {

	@TempDir
	Path folder;
	private PolicyHarness harness;
	private LandscapeModel model;
	private SalesOrderProxy sales;
	private ProxyFlowsPart editor;
	private Table request;

	@BeforeEach
	void openEditor() {
		harness = new PolicyHarness();
		model = harness.createWorkspace(folder);
		sales = new SalesOrderProxy(model);
		editor = harness.open(ProxyFlowsPart.class, sales.proxy);
		request = harness.driver.find(harness.shell, ProxyFlowsPart.REQUEST_ID, Table.class);
	}

	@AfterEach
	void close() {
		harness.close();
	}

	@Test
	void opensOnTheProxyEndpointsPreFlow() {
		assertEquals(List.of("verifyKey", "readCredentials", "encodeBasic"), shownPolicies());
		assertEquals(List.of("1", "2", "3"), column(0));
	}

	@Test
	void draggingAStepBelowAnotherMovesItThereInOneUndoableCommand() throws Exception {
		drag(request, 0, 2);
		harness.driver.waitUntil("the dragged step to move", () -> !policies().get(0).equals(sales.verifyKey));
		assertEquals(List.of(sales.readCredentials, sales.encodeBasic, sales.verifyKey), policies());
		assertEquals(List.of(1, 2, 3), sales.preFlow.getRequestSteps().stream().map(Step::getSequence).toList(),
				"SAP step numbers follow the new order");
		assertEquals(List.of("readCredentials", "encodeBasic", "verifyKey"), shownPolicies());

		model.commandStack().undo();
		harness.driver.flush();
		assertEquals(List.of(sales.verifyKey, sales.readCredentials, sales.encodeBasic), policies(), "one undo restores the order");
		assertEquals(List.of(1, 2, 3), sales.preFlow.getRequestSteps().stream().map(Step::getSequence).toList());
		assertEquals(List.of("verifyKey", "readCredentials", "encodeBasic"), shownPolicies());
		model.commandStack().redo();
		harness.driver.flush();
		assertEquals(List.of("readCredentials", "encodeBasic", "verifyKey"), shownPolicies());
	}

	@Test
	void altUpMovesTheSelectedStepUp() {
		editor.requestSteps().select(sales.preFlow.getRequestSteps().get(2));
		harness.driver.pressKey(request, SWT.ALT, SWT.ARROW_UP);
		assertEquals(List.of(sales.verifyKey, sales.encodeBasic, sales.readCredentials), policies());
		assertEquals("encodeBasic", request.getSelection()[0].getText(1), "the moved step stays selected");
		harness.driver.pressKey(request, SWT.ALT, SWT.ARROW_UP);
		assertEquals(List.of(sales.encodeBasic, sales.verifyKey, sales.readCredentials), policies());
		model.commandStack().undo();
		model.commandStack().undo();
		harness.driver.flush();
		assertEquals(List.of(sales.verifyKey, sales.readCredentials, sales.encodeBasic), policies());
		assertEquals(List.of("verifyKey", "readCredentials", "encodeBasic"), shownPolicies());
		harness.driver.pressKey(request, SWT.ALT, SWT.ARROW_DOWN);
		assertEquals(List.of(sales.verifyKey, sales.readCredentials, sales.encodeBasic), policies(),
				"Alt+Down on the last step changes nothing");
	}

	@Test
	void aConditionWithASyntaxErrorIsUnderlinedWhereTheParserStopped() throws Exception {
		Step first = sales.preFlow.getRequestSteps().get(0);
		editor.requestSteps().select(first);
		harness.driver.flush();
		StyledText condition = harness.driver.find(harness.shell, ProxyFlowsPart.STEP_CONDITION_ID, StyledText.class);
		assertTrue(condition.isEnabled());
		String broken = "request.verb = \"POST\" OR";
		condition.setFocus();
		condition.setText(broken);
		StyleRange[] marks = condition.getStyleRanges();
		assertEquals(1, marks.length, "one squiggle");
		assertTrue(marks[0].underline && marks[0].underlineStyle == SWT.UNDERLINE_SQUIGGLE);
		assertTrue(marks[0].start >= broken.indexOf("OR"), "at the dangling OR or after it: " + marks[0]);
		assertNotNull(condition.getToolTipText());
		assertEquals("Condition: " + condition.getToolTipText(),
				harness.driver.find(harness.shell, ProxyFlowsPart.STATUS_ID, Label.class).getText());
		harness.shell.setSize(1160, 600);
		harness.driver.flush();
		harness.screenshot(Path.of("target", "screenshots", "policy-flow-editor-condition.png"));

		condition.setText("request.verb = \"POST\" OR request.verb = \"PUT\"");
		assertEquals(0, condition.getStyleRanges().length);
		assertNull(condition.getToolTipText());
		harness.driver.pressKey(condition, 0, SWT.CR);
		assertEquals("request.verb = \"POST\" OR request.verb = \"PUT\"", first.getCondition(), "Enter sets the step's condition");
		assertEquals("request.verb = \"POST\" OR request.verb = \"PUT\"", request.getItem(0).getText(3));
	}

	@Test
	void stepsAreAddedFromTheProxysPoliciesAndRemoved() {
		editor.add(sales.preFlow, io.cartograph.model.landscape.LandscapePackage.Literals.FLOW__REQUEST_STEPS, sales.fetchCsrf);
		harness.driver.flush();
		assertEquals(List.of("verifyKey", "readCredentials", "encodeBasic", "fetchCsrf"), shownPolicies());
		assertEquals("4", request.getItem(3).getText(0));
		editor.requestSteps().select(sales.preFlow.getRequestSteps().get(3));
		harness.driver.press(harness.driver.find(harness.shell, ProxyFlowsPart.REQUEST_ID + ".remove",
				org.eclipse.swt.widgets.Button.class));
		assertEquals(List.of("verifyKey", "readCredentials", "encodeBasic"), shownPolicies());
		assertFalse(model.commandStack().getUndoCommand() == null);
	}

	@Test
	void theProxyTabSetsTheProxysOwnFields() {
		org.eclipse.swt.widgets.Text basePath = harness.driver.find(harness.shell, "proxy.basePath",
				org.eclipse.swt.widgets.Text.class);
		assertEquals("/sales/orders", basePath.getText());
		basePath.setText("/sales/v2/orders");
		basePath.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
		assertEquals("/sales/v2/orders", sales.proxy.getBasePath());
		model.commandStack().undo();
		harness.driver.flush();
		assertEquals("/sales/orders", sales.proxy.getBasePath());
		assertEquals("/sales/orders", basePath.getText(), "the field shows the undone value");
	}

	/** A real drag of a row below another with the pointer (see {@link PointerDrag}). */
	private void drag(Table table, int fromRow, int toRow) throws Exception {
		harness.shell.forceActive();
		harness.driver.flush();
		Rectangle from = table.getItem(fromRow).getBounds(1);
		Rectangle to = table.getItem(toRow).getBounds(1);
		Point start = table.toDisplay(from.x + 20, from.y + from.height / 2);
		// The lower quarter of the target row: "after it" (the drop line is drawn below the row).
		Point end = table.toDisplay(to.x + 20, to.y + to.height - 3);
		PointerDrag.drag(harness.driver.display(), start, end);
	}

	private List<Policy> policies() {
		return sales.preFlow.getRequestSteps().stream().map(Step::getPolicy).toList();
	}

	private List<String> shownPolicies() {
		return column(1);
	}

	private List<String> column(int index) {
		return java.util.Arrays.stream(request.getItems()).map(item -> item.getText(index)).toList();
	}
}
