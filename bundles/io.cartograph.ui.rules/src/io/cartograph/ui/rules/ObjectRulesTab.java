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
import io.cartograph.model.landscape.ObjectRule;
import io.cartograph.rules.RuleBench;
import io.cartograph.rules.RuleBench.ObjectRuleMatches;
import io.cartograph.ui.WidgetTags;

/** Object rules: every matching rule adds its business object, so each shows how many interfaces it matches. */
final class ObjectRulesTab extends RulesTab {

	static final String PREFIX = "rules.object";

	private final Map<EObject, ObjectRuleMatches> matches = new HashMap<>();
	private final Label sampleTitle;
	private final org.eclipse.swt.widgets.List sample;

	ObjectRulesTab(Composite parent) {
		super(parent, PREFIX, row -> null);
		columns.check("On", OBJECT_RULE__ENABLED);
		columns.regex("Interface", 260, OBJECT_RULE__INTERFACE_PATTERN);
		columns.choice("Business Object", 180, OBJECT_RULE__HARMONIZED_OBJECT,
				() -> model == null ? List.of() : model.landscape().getBusinessObjects());
		columns.text("Description", 240, OBJECT_RULE__DESCRIPTION);
		columns.shown("Matches", 70, row -> {
			ObjectRuleMatches matched = matches.get(row);
			return matched == null ? "" : Integer.toString(matched.interfaces());
		});
		GridLayoutFactory.fillDefaults().margins(0, 4).applyTo(below);
		sampleTitle = label(below, "sample.title");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(sampleTitle);
		sample = WidgetTags.tag(new org.eclipse.swt.widgets.List(below, SWT.BORDER | SWT.V_SCROLL), PREFIX + ".sample");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sample);
		selectionChanged();
	}

	@Override
	EReference rulesFeature() {
		return RULE_BOOK__OBJECT_RULES;
	}

	@Override
	EObject newRule() {
		ObjectRule rule = create(RULE_BOOK__OBJECT_RULES, ObjectRule.class);
		rule.setInterfacePattern(".*");
		rule.setEnabled(true);
		return rule;
	}

	@Override
	void showBench(RuleBench bench) {
		matches.clear();
		if (bench != null) {
			for (ObjectRuleMatches matched : bench.objectRuleMatches(SystemRulesTab.SAMPLE)) {
				matches.put(matched.rule(), matched);
			}
		}
		viewer.refresh();
		selectionChanged();
	}

	ObjectRuleMatches matches(EObject rule) {
		return matches.get(rule);
	}

	@Override
	void selectionChanged() {
		if (sampleTitle == null || sampleTitle.isDisposed()) {
			return;
		}
		EObject rule = selected();
		ObjectRuleMatches matched = rule == null ? null : matches.get(rule);
		if (matched == null) {
			sampleTitle.setText(rule == null ? "Select a rule to see the interfaces it matches" : "Rule matches nothing");
			sample.removeAll();
		} else {
			sampleTitle.setText("Rule #" + matched.position() + " adds its object to " + matched.interfaces()
					+ " interfaces" + (matched.sample().size() < matched.interfaces() ? ", for example:" : ":"));
			sample.setItems(matched.sample().stream().map(Interface::getName).toArray(String[]::new));
		}
		below.layout(true);
	}
}
