package io.cartograph.ui.rules;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import io.cartograph.core.model.Identities;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.Fit;
import io.cartograph.model.landscape.IntegrationStrategy;
import io.cartograph.model.landscape.TechnologyFit;
import io.cartograph.rules.fit.FitTable;
import io.cartograph.rules.fit.StrategyFit;
import io.cartograph.rules.fit.StrategyTemplate;
import io.cartograph.ui.WidgetTags;
import io.cartograph.ui.landscape.Edits;

/**
 * Strategy fit: how many interfaces and end-to-end integrations use each adapter and each
 * authentication method, and how that fits the integration strategy (GOOD green, PARTIAL amber,
 * NO red, not listed blank). An empty strategy can be filled with the recommended defaults.
 */
public class StrategyFitPart extends ModelView {

	public static final String PART_ID = "io.cartograph.ui.rules.part.strategyFit";
	static final String ADAPTERS_ID = "strategy.adapters";
	static final String AUTHENTICATION_ID = "strategy.authentication";
	static final String FILL_ID = "strategy.fill";
	static final String STATUS_ID = "strategy.status";

	private Label status;
	private Button fill;
	private Table adapters;
	private Table authentication;
	private Color good;
	private Color partial;
	private Color no;

	@Override
	void createContents(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(4, 4).applyTo(parent);
		status = WidgetTags.tag(new Label(parent, SWT.WRAP), STATUS_ID);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		fill = WidgetTags.tag(new Button(parent, SWT.PUSH), FILL_ID);
		fill.setText("Fill with recommended defaults");
		fill.setToolTipText("Sets the adapter and authentication fits to the onboarding guide's recommendation (one undoable step)");
		GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(fill);
		fill.addListener(SWT.Selection, event -> fillWithDefaults());
		good = new Color(parent.getDisplay(), 150, 215, 150);
		partial = new Color(parent.getDisplay(), 250, 205, 110);
		no = new Color(parent.getDisplay(), 240, 140, 135);
		adapters = table(parent, ADAPTERS_ID, "Adapter");
		authentication = table(parent, AUTHENTICATION_ID, "Authentication");
	}

	private static Table table(Composite parent, String id, String first) {
		Table table = WidgetTags.tag(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION), id);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		String[] titles = { first, "Interfaces", "End-to-End", "Fit" };
		int[] widths = { 220, 90, 90, 90 };
		for (int i = 0; i < titles.length; i++) {
			TableColumn column = new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT);
			column.setText(titles[i]);
			column.setWidth(widths[i]);
		}
		return table;
	}

	@Override
	void show(LandscapeModel current) {
		if (current == null) {
			status.setText("No workspace is open.");
			adapters.removeAll();
			authentication.removeAll();
			fill.setEnabled(false);
			return;
		}
		IntegrationStrategy strategy = current.rules().getStrategy();
		StrategyFit fit = StrategyFit.of(strategy);
		var interfaces = current.interfaces().getInterfaces();
		var integrations = current.integrations().getIntegrations();
		fillTable(adapters, fit.adapterRows(interfaces, integrations));
		fillTable(authentication, fit.authenticationRows(interfaces, integrations));
		boolean empty = isEmpty(strategy);
		fill.setEnabled(empty);
		status.setText(empty ? "The integration strategy is empty: no adapter or authentication has a fit yet."
				: "Fit with the integration strategy of " + interfaces.size() + " interfaces and " + integrations.size()
						+ " end-to-end integrations" + conflicts(fit));
		body.layout(true);
	}

	private static String conflicts(StrategyFit fit) {
		var both = new java.util.TreeSet<>(fit.adapters().conflicts());
		both.addAll(fit.authentication().conflicts());
		return both.isEmpty() ? "." : ". Listed under more than one fit: " + String.join(", ", both) + ".";
	}

	private void fillTable(Table table, List<StrategyFit.Row> rows) {
		table.removeAll();
		for (StrategyFit.Row row : rows) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { row.technology(), Integer.toString(row.interfaces()),
					Integer.toString(row.integrations()), row.fit().map(Fit::getLiteral).orElse("") });
			row.fit().ifPresent(value -> item.setBackground(3, colour(value)));
		}
	}

	private Color colour(Fit fit) {
		return switch (fit) {
		case GOOD -> good;
		case PARTIAL -> partial;
		default -> no;
		};
	}

	static boolean isEmpty(IntegrationStrategy strategy) {
		if (strategy == null) {
			return true;
		}
		for (TechnologyFit row : strategy.getAdapterFits()) {
			if (!FitTable.split(row.getTechnologies()).isEmpty()) {
				return false;
			}
		}
		for (TechnologyFit row : strategy.getAuthenticationFits()) {
			if (!FitTable.split(row.getTechnologies()).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	private void fillWithDefaults() {
		if (model == null || !isEmpty(model.rules().getStrategy())) {
			return;
		}
		new Edits(model).run(recommendedDefaults(model));
	}

	/** StrategyTemplate's fits as one command: each fit's row gets its list, missing rows are added. */
	static CompoundCommand recommendedDefaults(LandscapeModel model) {
		EditingDomain domain = model.editingDomain();
		CompoundCommand command = new CompoundCommand("Fill Strategy with Recommended Defaults");
		IntegrationStrategy strategy = model.rules().getStrategy();
		if (strategy == null) {
			command.append(SetCommand.create(domain, model.rules(), RULE_BOOK__STRATEGY, StrategyTemplate.recommended()));
			return command;
		}
		fits(domain, command, strategy, INTEGRATION_STRATEGY__ADAPTER_FITS, StrategyTemplate.ADAPTERS);
		fits(domain, command, strategy, INTEGRATION_STRATEGY__AUTHENTICATION_FITS, StrategyTemplate.AUTHENTICATION);
		return command;
	}

	@SuppressWarnings("unchecked")
	private static void fits(EditingDomain domain, CompoundCommand command, IntegrationStrategy strategy, EReference feature,
			Map<Fit, String> recommended) {
		List<TechnologyFit> rows = (List<TechnologyFit>) strategy.eGet(feature);
		for (Fit fit : List.of(Fit.GOOD, Fit.PARTIAL, Fit.NO)) {
			TechnologyFit row = rows.stream().filter(r -> r.getFit() == fit).findFirst().orElse(null);
			if (row == null) {
				TechnologyFit created = Identities.create(TECHNOLOGY_FIT, TechnologyFit.class);
				created.setFit(fit);
				created.setTechnologies(recommended.get(fit));
				command.append(AddCommand.create(domain, strategy, feature, created));
			} else {
				command.append(SetCommand.create(domain, row, TECHNOLOGY_FIT__TECHNOLOGIES, recommended.get(fit)));
			}
		}
	}
}
