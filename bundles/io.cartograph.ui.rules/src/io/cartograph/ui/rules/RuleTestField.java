package io.cartograph.ui.rules;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.rules.RuleBench;
import io.cartograph.rules.RuleBench.Explanation;
import io.cartograph.rules.RuleBench.RuleVerdict;
import io.cartograph.rules.Slot;
import io.cartograph.ui.WidgetTags;

/**
 * The test bench's question: for a typed interface name, original system, slot and data source,
 * which system rule wins, and why each earlier rule did not.
 */
final class RuleTestField {

	private final Supplier<LandscapeModel> model;
	private final Text name;
	private final Text original;
	private final Combo slot;
	private final Combo dataSource;
	private final Label result;
	private final org.eclipse.swt.widgets.List verdicts;
	private List<DataSource> sources = List.of();
	private RuleBench bench;

	RuleTestField(Composite parent, String prefix, Supplier<LandscapeModel> model) {
		this.model = model;
		Label title = new Label(parent, SWT.NONE);
		title.setText("Test: which rule wins?");
		Composite form = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
		name = WidgetTags.tag(text(form, "Interface name"), prefix + ".name");
		original = WidgetTags.tag(text(form, "Original system"), prefix + ".original");
		slot = WidgetTags.tag(combo(form, "Slot"), prefix + ".slot");
		slot.setItems(Slot.SENDER.word(), Slot.RECEIVER.word());
		slot.select(0);
		dataSource = WidgetTags.tag(combo(form, "Data source"), prefix + ".dataSource");
		result = WidgetTags.tag(new Label(parent, SWT.WRAP), prefix + ".result");
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(result);
		verdicts = WidgetTags.tag(new org.eclipse.swt.widgets.List(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL),
				prefix + ".verdicts");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(verdicts);
		name.addListener(SWT.Modify, event -> explain());
		original.addListener(SWT.Modify, event -> explain());
		slot.addListener(SWT.Selection, event -> explain());
		dataSource.addListener(SWT.Selection, event -> explain());
	}

	private static Text text(Composite form, String label) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		return text;
	}

	private static Combo combo(Composite form, String label) {
		new Label(form, SWT.NONE).setText(label);
		Combo combo = new Combo(form, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		return combo;
	}

	/** Answers again with the rules as they are now. */
	void use(RuleBench next) {
		bench = next;
		LandscapeModel current = model.get();
		List<DataSource> now = current == null ? List.of() : List.copyOf(current.dataSources().getDataSources());
		if (!now.equals(sources)) {
			int selected = dataSource.getSelectionIndex();
			DataSource kept = selected > 0 && selected <= sources.size() ? sources.get(selected - 1) : null;
			sources = now;
			dataSource.removeAll();
			dataSource.add("(none)");
			sources.forEach(source -> dataSource.add(RuleColumns.nameOf(source)));
			dataSource.select(kept == null ? 0 : sources.indexOf(kept) + 1);
		}
		explain();
	}

	private void explain() {
		if (bench == null || name.getText().isEmpty()) {
			result.setText(bench == null ? "" : "Type an interface name to see which rule wins.");
			verdicts.removeAll();
			return;
		}
		int source = dataSource.getSelectionIndex();
		Explanation answer = bench.explain(name.getText(), original.getText(),
				slot.getSelectionIndex() == 1 ? Slot.RECEIVER : Slot.SENDER,
				source > 0 && source <= sources.size() ? sources.get(source - 1) : null);
		if (answer.winner() == null) {
			result.setText("No rule wins: the slot stays unharmonized.");
		} else {
			result.setText("Rule #" + answer.position() + " wins: " + RuleColumns.nameOf(answer.winner().getHarmonizedSystem()));
		}
		verdicts.setItems(answer.verdicts().stream().map(RuleTestField::line).toArray(String[]::new));
		result.getParent().layout(true);
	}

	private static String line(RuleVerdict verdict) {
		return "#" + verdict.position() + " " + verdict.reason();
	}
}
