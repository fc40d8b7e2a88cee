package io.cartograph.ui.rules;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.SystemMappingRule;
import io.cartograph.rules.RuleBench;
import io.cartograph.rules.RuleBench.RuleWins;
import io.cartograph.rules.RuleBench.ShadowedRule;
import io.cartograph.rules.RuleBench.UnmatchedInterface;
import io.cartograph.ui.WidgetTags;

/**
 * System mapping rules in order, each with the slots it wins; shadowed rules grey and italic,
 * the selected rule's won interfaces, the interfaces no rule harmonizes, and the test field.
 */
final class SystemRulesTab extends RulesTab {

	static final String PREFIX = "rules.system";
	static final int SAMPLE = 50;

	private final Map<EObject, RuleWins> wins = new HashMap<>();
	private final Label sampleTitle;
	private final org.eclipse.swt.widgets.List sample;
	private final Label unmatchedTitle;
	private final org.eclipse.swt.widgets.List unmatched;
	private final RuleTestField testField;

	SystemRulesTab(Composite parent) {
		this(parent, new HashMap<>());
	}

	private SystemRulesTab(Composite parent, Map<EObject, ShadowedRule> shadowNotes) {
		super(parent, PREFIX, row -> note(shadowNotes.get(row)));
		columns.check("On", SYSTEM_MAPPING_RULE__ENABLED);
		columns.regex("Interface", 170, SYSTEM_MAPPING_RULE__INTERFACE_PATTERN);
		columns.regex("Original System", 150, SYSTEM_MAPPING_RULE__ORIGINAL_SYSTEM);
		columns.choice("Harmonized System", 190, SYSTEM_MAPPING_RULE__HARMONIZED_SYSTEM,
				() -> model == null ? List.of() : model.landscape().getSystems());
		columns.choice("Data Source", 130, SYSTEM_MAPPING_RULE__DATA_SOURCE_FILTER,
				() -> model == null ? List.of() : model.dataSources().getDataSources());
		columns.text("Description", 220, SYSTEM_MAPPING_RULE__DESCRIPTION);
		columns.shown("Wins", 70, row -> {
			RuleWins won = wins.get(row);
			return won == null ? "" : Integer.toString(won.total());
		});
		this.shadowNotes = shadowNotes;
		GridLayoutFactory.fillDefaults().numColumns(3).equalWidth(true).margins(0, 4).applyTo(below);
		Composite left = column(below);
		sampleTitle = label(left, "sample.title");
		sample = WidgetTags.tag(new org.eclipse.swt.widgets.List(left, SWT.BORDER | SWT.V_SCROLL), PREFIX + ".sample");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sample);
		Composite middle = column(below);
		unmatchedTitle = label(middle, "unmatched.title");
		unmatched = WidgetTags.tag(new org.eclipse.swt.widgets.List(middle, SWT.BORDER | SWT.V_SCROLL), PREFIX + ".unmatched");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(unmatched);
		testField = new RuleTestField(column(below), PREFIX + ".test", () -> model);
		selectionChanged();
	}

	/** The same map the label provider reads (it is made before the fields are). */
	private final Map<EObject, ShadowedRule> shadowNotes;

	private static Composite column(Composite parent) {
		Composite column = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(column);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(column);
		return column;
	}

	private static String note(ShadowedRule rule) {
		if (rule == null) {
			return null;
		}
		String by = rule.byPositions().stream().map(n -> "#" + n).reduce((a, b) -> a + ", " + b).orElse("");
		return "Shadowed by " + by + (rule.always() ? " (always)" : " (on these interfaces)") + ": " + rule.reason();
	}

	@Override
	EReference rulesFeature() {
		return RULE_BOOK__SYSTEM_MAPPING_RULES;
	}

	@Override
	EObject newRule() {
		SystemMappingRule rule = create(RULE_BOOK__SYSTEM_MAPPING_RULES, SystemMappingRule.class);
		rule.setInterfacePattern(".*");
		rule.setOriginalSystem(".*");
		rule.setEnabled(true);
		return rule;
	}

	@Override
	void showBench(RuleBench bench) {
		wins.clear();
		shadowNotes.clear();
		if (bench != null) {
			for (RuleWins won : bench.systemRuleWins(SAMPLE)) {
				wins.put(won.rule(), won);
			}
			for (ShadowedRule rule : bench.shadowedRules()) {
				shadowNotes.put(rule.rule(), rule);
			}
			List<UnmatchedInterface> none = bench.unmatched();
			unmatchedTitle.setText("Unmatched interfaces: " + none.size() + " of " + bench.results().size());
			unmatched.setItems(none.stream().limit(500).map(SystemRulesTab::unmatchedLine).toArray(String[]::new));
		} else {
			unmatchedTitle.setText("Unmatched interfaces: -");
			unmatched.removeAll();
		}
		testField.use(bench);
		viewer.refresh();
		selectionChanged();
		below.layout(true, true);
	}

	/** Whether the bench marks this rule as shadowed (for tests and the tooltip). */
	String shadowNote(EObject rule) {
		return note(shadowNotes.get(rule));
	}

	RuleWins wins(EObject rule) {
		return wins.get(rule);
	}

	private static String unmatchedLine(UnmatchedInterface item) {
		String slots = item.sender() && item.receiver() ? "sender, receiver" : item.sender() ? "sender" : "receiver";
		return item.item().getName() + "  (" + slots + ")";
	}

	@Override
	void selectionChanged() {
		if (sampleTitle == null || sampleTitle.isDisposed()) {
			return;
		}
		EObject rule = selected();
		RuleWins won = rule == null ? null : wins.get(rule);
		if (won == null) {
			sampleTitle.setText(rule == null ? "Select a rule to see the interfaces it wins" : "Rule wins nothing");
			sample.removeAll();
		} else {
			sampleTitle.setText("Rule #" + won.position() + " wins " + won.senders() + " senders and " + won.receivers()
					+ " receivers" + (won.sample().size() < won.total() ? ", for example:" : ":"));
			sample.setItems(won.sample().stream().map(Interface::getName).toArray(String[]::new));
		}
		sampleTitle.getParent().layout(true);
	}
}
