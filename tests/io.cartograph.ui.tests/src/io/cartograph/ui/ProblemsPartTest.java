package io.cartograph.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.ui.problems.ProblemsPart;

class ProblemsPartTest extends PartTest {

	@Test
	void listsWhatValidationFindsAndFollowsEdits() {
		LandscapeModel model = harness.openWorkspace(temp.resolve("checked"), "Checked").model();
		EndToEndIntegration orderToCash = LandscapeFactory.eINSTANCE.createEndToEndIntegration();
		orderToCash.setName("Order to cash");
		Interface orders = LandscapeFactory.eINSTANCE.createInterface();
		orders.setName("Orders to S/4");
		model.commandStack().execute(AddCommand.create(model.editingDomain(), model.integrations(),
				LandscapePackage.Literals.INTEGRATION_CATALOG__INTEGRATIONS, orderToCash));
		model.commandStack().execute(AddCommand.create(model.editingDomain(), model.interfaces(),
				LandscapePackage.Literals.INTERFACE_CATALOG__INTERFACES, orders));

		harness.open(ProblemsPart.class);
		Table table = harness.driver.find(harness.shell, ProblemsPart.TABLE_ID, Table.class);
		Label summary = harness.driver.find(harness.shell, ProblemsPart.SUMMARY_ID, Label.class);
		harness.driver.waitUntil("a problem about the empty integration",
				() -> rows(table).stream().anyMatch(row -> row.contains("Order to cash")));
		assertTrue(rows(table).stream().anyMatch(row -> row.startsWith("Error|")), rows(table)::toString);
		assertTrue(summary.getText().matches("\\d+ error\\(s\\), .*"), summary.getText());

		model.commandStack().execute(AddCommand.create(model.editingDomain(), orderToCash,
				LandscapePackage.Literals.END_TO_END_INTEGRATION__INTERFACES, orders));

		harness.driver.waitUntil("the problem to go once the integration has an interface",
				() -> rows(table).stream().noneMatch(row -> row.contains("Order to cash") && row.contains("interface")));
	}

	private static List<String> rows(Table table) {
		List<String> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			List<String> cells = new ArrayList<>();
			for (int column = 0; column < table.getColumnCount(); column++) {
				cells.add(item.getText(column));
			}
			rows.add(String.join("|", cells));
		}
		return rows;
	}
}
