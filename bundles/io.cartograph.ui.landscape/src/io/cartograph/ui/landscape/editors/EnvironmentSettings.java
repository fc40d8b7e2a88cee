package io.cartograph.ui.landscape.editors;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.Environment;
import io.cartograph.model.landscape.Landscape;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.ui.WidgetTags;

/**
 * Settings > Environments: the four standard environments, the optional Sandbox and
 * Pre-Production, and any others, in their order (which the pickers follow). Standard ones can
 * be renamed and moved but not removed.
 */
final class EnvironmentSettings {

	static final String SANDBOX = "Sandbox";
	static final String PRE_PRODUCTION = "Pre-Production";

	private EnvironmentSettings() {
	}

	static void fill(Form form) {
		form.section("Environments");
		hint(form, "Interfaces and data sources are classified by environment. Development, Quality, Test and "
				+ "Production are standard; Sandbox and Pre-Production can be added.");
		ChildTable.of(form, LANDSCAPE__ENVIRONMENTS)
				.column("Environment", 240, environment -> name(environment))
				.column("Kind", 120, environment -> ((Environment) environment).isStandard() ? "standard" : "optional")
				.creating(owner -> environment("New Environment", 0))
				.removable(environment -> !((Environment) environment).isStandard())
				.moving(EnvironmentSettings::move)
				.button(buttons -> optional(form, buttons, SANDBOX))
				.button(buttons -> optional(form, buttons, PRE_PRODUCTION))
				.detail(detail -> detail.text(NAMED__NAME))
				.build();
	}

	static void hint(Form form, String text) {
		Label hint = new Label(form.body(), SWT.WRAP);
		hint.setText(text);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(480, SWT.DEFAULT).applyTo(hint);
	}

	private static String name(EObject environment) {
		String name = ((Environment) environment).getName();
		return name == null ? "" : name;
	}

	private static Environment environment(String name, int rank) {
		Environment environment = Identities.create(LandscapePackage.Literals.ENVIRONMENT, Environment.class);
		environment.setName(name);
		environment.setRank(rank);
		return environment;
	}

	/** "Add Sandbox" (first) and "Add Pre-Production" (just before Production), while there is none. */
	private static void optional(Form form, Composite buttons, String name) {
		Button button = WidgetTags.tag(new Button(buttons, SWT.PUSH),
				form.idOf(LANDSCAPE__ENVIRONMENTS) + ".add" + name.replace("-", ""));
		button.setText("Add " + name);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
		form.bind(() -> button.setEnabled(form.target() != null && find((Landscape) form.target(), name) == null));
		button.addListener(SWT.Selection, event -> {
			Landscape landscape = (Landscape) form.target();
			List<Environment> all = landscape.getEnvironments();
			int index = 0;
			int rank = all.stream().mapToInt(Environment::getRank).min().orElse(0) - 10;
			if (PRE_PRODUCTION.equals(name)) {
				Environment production = find(landscape, "Production");
				index = production == null ? all.size() : all.indexOf(production);
				rank = production == null ? all.stream().mapToInt(Environment::getRank).max().orElse(0) + 10
						: production.getRank() - 5;
			}
			form.context().edits().add(landscape, LANDSCAPE__ENVIRONMENTS, environment(name, rank), index);
			form.refresh();
		});
	}

	private static Environment find(Landscape landscape, String name) {
		return landscape.getEnvironments().stream().filter(e -> name.equalsIgnoreCase(e.getName())).findFirst().orElse(null);
	}

	/** Moves in the list and numbers the ranks again, as one command. */
	private static boolean move(Form form, EObject owner, EObject moved, int index) {
		Landscape landscape = (Landscape) owner;
		List<Environment> order = new ArrayList<>(landscape.getEnvironments());
		order.remove(moved);
		order.add(index, (Environment) moved);
		var domain = form.context().edits().domain();
		CompoundCommand command = new CompoundCommand("Move environment");
		command.append(MoveCommand.create(domain, landscape, LANDSCAPE__ENVIRONMENTS, moved, index));
		for (int position = 0; position < order.size(); position++) {
			if (order.get(position).getRank() != position * 10) {
				command.append(SetCommand.create(domain, order.get(position), ENVIRONMENT__RANK, position * 10));
			}
		}
		return form.context().edits().run(command);
	}
}
