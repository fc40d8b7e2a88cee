package io.cartograph.ui.policy.dryrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.model.Identities;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.Flow;
import io.cartograph.model.landscape.FlowKind;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.Policy;
import io.cartograph.model.landscape.ProxyEndpoint;
import io.cartograph.model.landscape.Step;
import io.cartograph.model.landscape.TargetEndpoint;
import io.cartograph.ui.policy.PolicyHarness;
import io.cartograph.ui.policy.flow.ProxyFlowsPart;
import io.cartograph.ui.policy.xml.PolicyTemplate;
import io.cartograph.ui.policy.xml.PolicyTemplates;

/** The Dry Run tab of the flow editor: a request through a proxy built from our templates. */
class DryRunTest {

	@TempDir
	Path folder;
	private PolicyHarness harness;
	private ApiProxy proxy;

	@BeforeEach
	void openEditor() {
		harness = new PolicyHarness();
		LandscapeModel model = harness.createWorkspace(folder);
		proxy = Identities.create(LandscapePackage.Literals.API_PROXY, ApiProxy.class);
		proxy.setName("Materials");
		ProxyEndpoint endpoint = Identities.create(LandscapePackage.Literals.PROXY_ENDPOINT, ProxyEndpoint.class);
		endpoint.setName("default");
		endpoint.setBasePath("/materials");
		Flow pre = Identities.create(LandscapePackage.Literals.FLOW, Flow.class);
		pre.setName("PreFlow");
		pre.setKind(FlowKind.PRE_FLOW);
		step(pre, policy("allowOffice", "Allow listed IP addresses"), null);
		step(pre, policy("removeAuthorization", "Remove the Authorization header"), null);
		step(pre, policy("metadataEncoding", "Accept-Encoding for $metadata"), "request.verb = \"GET\"");
		endpoint.setPreFlow(pre);
		proxy.getProxyEndpoints().add(endpoint);
		TargetEndpoint target = Identities.create(LandscapePackage.Literals.TARGET_ENDPOINT, TargetEndpoint.class);
		target.setName("default");
		target.setUrl("https://erp.example.com/sap/opu/odata/sap/API_MATERIAL_SRV");
		proxy.getTargetEndpoints().add(target);
		model.apiManagement().getProxies().add(proxy);
	}

	@AfterEach
	void close() {
		harness.close();
	}

	@Test
	void anAllowedAddressReachesTheBackendAndAnotherIsStoppedWith403() throws Exception {
		ProxyFlowsPart editor = harness.open(ProxyFlowsPart.class, proxy);
		CTabFolder tabs = harness.driver.find(harness.shell, ProxyFlowsPart.TABS_ID, CTabFolder.class);
		tabs.setSelection(1);
		harness.driver.flush();
		harness.driver.find(harness.shell, DryRunForm.PATH_ID, Text.class).setText("/materials/A_Product");
		harness.driver.find(harness.shell, DryRunForm.CLIENT_IP_ID, Text.class).setText("192.0.2.17");
		harness.driver.find(harness.shell, DryRunForm.HEADERS_ID, Text.class).setText("Authorization: Basic dXNlcjpwdw==\nAccept: application/json");
		harness.driver.press(harness.driver.find(harness.shell, DryRunForm.RUN_ID, Button.class));

		Table trace = harness.driver.find(harness.shell, TraceTable.TABLE_ID, Table.class);
		assertEquals(List.of("allowOffice ran", "removeAuthorization ran", "metadataEncoding ran"), rows(trace));
		Label outcome = harness.driver.find(harness.shell, TraceTable.OUTCOME_ID, Label.class);
		assertEquals("Reaches the backend:", outcome.getText());
		String backend = harness.driver.find(harness.shell, TraceTable.BACKEND_ID, Text.class).getText();
		assertTrue(backend.startsWith("GET https://erp.example.com/sap/opu/odata/sap/API_MATERIAL_SRV/A_Product"), backend);
		assertTrue(backend.contains("Accept-Encoding: gzip,deflate"), backend);
		assertTrue(!backend.contains("Authorization"), "the Authorization header was removed: " + backend);
		assertTrue(editor.dryRun().lastTrace().fault().isEmpty());

		harness.driver.find(harness.shell, DryRunForm.VERB_ID, Combo.class).setText("POST");
		harness.driver.find(harness.shell, DryRunForm.CLIENT_IP_ID, Text.class).setText("198.51.100.7");
		harness.driver.press(harness.driver.find(harness.shell, DryRunForm.RUN_ID, Button.class));
		assertEquals(403, editor.dryRun().lastTrace().fault().orElseThrow().status());
		assertTrue(outcome.getText().startsWith("Stopped: 403 by allowOffice (AccessControl): "), outcome.getText());
		assertEquals("allowOffice ran", rows(trace).get(0));
		assertEquals("The request does not reach the backend.",
				harness.driver.find(harness.shell, TraceTable.BACKEND_ID, Text.class).getText());
		harness.shell.setSize(1280, 720);
		harness.driver.flush();
		assertFits(outcome);
		harness.screenshot(Path.of("target", "screenshots", "policy-dry-run-fault.png"));

		harness.driver.find(harness.shell, DryRunForm.CLIENT_IP_ID, Text.class).setText("192.0.2.17");
		harness.driver.press(harness.driver.find(harness.shell, DryRunForm.RUN_ID, Button.class));
		assertEquals(List.of("allowOffice ran", "removeAuthorization ran", "metadataEncoding skipped"), rows(trace));
		assertTrue(trace.getItem(2).getText(4).contains("request.verb"), "says why it was skipped: " + trace.getItem(2).getText(4));
		// What the user sees in an editor 1280 pixels wide: the whole form, every column, the outcome.
		harness.shell.setSize(1280, 720);
		harness.driver.flush();
		assertFits(harness.driver.find(harness.shell, DryRunForm.QUERY_ID, Text.class));
		assertFits(harness.driver.find(harness.shell, DryRunForm.API_KEY_ID, Text.class));
		assertFits(trace);
		int columns = Arrays.stream(trace.getColumns()).mapToInt(column -> column.getWidth()).sum();
		assertTrue(columns <= trace.getClientArea().width, "the columns fit the table: " + columns + " > " + trace.getClientArea().width);
		Text backendText = harness.driver.find(harness.shell, TraceTable.BACKEND_ID, Text.class);
		assertFits(backendText);
		assertTrue(backendText.getText().startsWith("POST https://erp.example.com/"), backendText.getText());
		harness.screenshot(Path.of("target", "screenshots", "policy-dry-run.png"));
	}

	@Test
	void aShortEditorScrollsInsteadOfSqueezingTheTables() {
		harness.open(ProxyFlowsPart.class, proxy);
		// About the height the editor area has in the workbench's default layout.
		harness.shell.setSize(1000, 360);
		CTabFolder tabs = harness.driver.find(harness.shell, ProxyFlowsPart.TABS_ID, CTabFolder.class);
		harness.driver.flush();
		Table steps = harness.driver.find(harness.shell, ProxyFlowsPart.REQUEST_ID, Table.class);
		assertShowsRows(steps, 3);
		tabs.setSelection(1);
		harness.driver.flush();
		harness.driver.press(harness.driver.find(harness.shell, DryRunForm.RUN_ID, Button.class));
		harness.driver.flush();
		assertShowsRows(harness.driver.find(harness.shell, TraceTable.TABLE_ID, Table.class), 3);
		assertTrue(harness.driver.find(harness.shell, TraceTable.BACKEND_ID, Text.class).getSize().y >= 40,
				"the outcome keeps its room");
	}

	private static void assertShowsRows(Table table, int rows) {
		int needed = table.getHeaderHeight() + rows * table.getItemHeight();
		assertTrue(table.getSize().y >= needed,
				table.getData("cartograph.id") + " shows " + rows + " rows: " + table.getSize().y + " < " + needed);
	}

	/** The control is inside the window, right edge and bottom edge included. */
	private void assertFits(org.eclipse.swt.widgets.Control control) {
		org.eclipse.swt.graphics.Rectangle window = harness.shell.getClientArea();
		org.eclipse.swt.graphics.Rectangle bounds = harness.driver.display().map(control.getParent(), harness.shell, control.getBounds());
		assertTrue(bounds.x + bounds.width <= window.width && bounds.y + bounds.height <= window.height && bounds.height > 0,
				control + " at " + bounds + " fits in " + window);
	}

	private static List<String> rows(Table trace) {
		return Arrays.stream(trace.getItems()).map(DryRunTest::row).toList();
	}

	private static String row(TableItem item) {
		return item.getText(1) + " " + item.getText(3);
	}

	private Policy policy(String name, String templateName) {
		PolicyTemplate template = PolicyTemplates.all().stream().filter(t -> t.name().equals(templateName)).findFirst()
				.orElseThrow();
		Policy policy = Identities.create(LandscapePackage.Literals.POLICY, Policy.class);
		policy.setName(name);
		policy.setType(template.policyType());
		policy.setXml(template.xml());
		proxy.getPolicies().add(policy);
		return policy;
	}

	private static void step(Flow flow, Policy policy, String condition) {
		Step step = Identities.create(LandscapePackage.Literals.STEP, Step.class);
		step.setPolicy(policy);
		step.setCondition(condition);
		flow.getRequestSteps().add(step);
	}
}
