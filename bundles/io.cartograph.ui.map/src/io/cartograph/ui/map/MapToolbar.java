package io.cartograph.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

import io.cartograph.core.map.MapFilter;
import io.cartograph.core.map.MapTags;
import io.cartograph.core.map.MapWeight;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Environment;
import io.cartograph.model.landscape.TagValue;
import io.cartograph.ui.WidgetTags;

/**
 * The row above the map: environment, tag and integration filters, the weight, zoom buttons,
 * Fit and the exports. The filter combos list what the model holds, first entry "all".
 */
final class MapToolbar {

	static final String ENVIRONMENT_ID = "map.environment";
	static final String TAG_ID = "map.tag";
	static final String INTEGRATION_ID = "map.integration";
	static final String WEIGHT_ID = "map.weight";
	static final String ZOOM_IN_ID = "map.zoomIn";
	static final String ZOOM_OUT_ID = "map.zoomOut";
	static final String FIT_ID = "map.fit";
	static final String PNG_ID = "map.exportPng";
	static final String SVG_ID = "map.exportSvg";

	final Combo environment;
	final Combo tag;
	final Combo integration;
	final Combo weight;
	final Button zoomIn;
	final Button zoomOut;
	final Button fit;
	final Button png;
	final Button svg;
	private final List<String> environments = new ArrayList<>();
	private final List<TagValue> tags = new ArrayList<>();
	private final List<EndToEndIntegration> integrations = new ArrayList<>();

	MapToolbar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout layout = new GridLayout(9, false);
		layout.marginHeight = 2;
		bar.setLayout(layout);
		environment = combo(bar, ENVIRONMENT_ID, "Only the interfaces of one environment");
		tag = combo(bar, TAG_ID, "Only interfaces carrying the tag, or whose sender or receiver carries it");
		integration = combo(bar, INTEGRATION_ID, "Only the interfaces of one end-to-end integration");
		weight = combo(bar, WEIGHT_ID, "What makes a flow thicker");
		for (MapWeight each : MapWeight.values()) {
			weight.add("Weight: " + each.label());
		}
		weight.select(0);
		zoomOut = button(bar, ZOOM_OUT_ID, "\u2212", "Zoom out (Ctrl+wheel, -)");
		zoomIn = button(bar, ZOOM_IN_ID, "+", "Zoom in (Ctrl+wheel, +)");
		fit = button(bar, FIT_ID, "Fit", "The whole map in the window (0)");
		png = button(bar, PNG_ID, "Export PNG...", "Save the whole map as a PNG picture");
		svg = button(bar, SVG_ID, "Export SVG...", "Save the whole map as SVG, with hover titles");
	}

	private static Combo combo(Composite bar, String id, String tip) {
		Combo combo = WidgetTags.tag(new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN), id);
		combo.setToolTipText(tip);
		combo.setVisibleItemCount(20);
		return combo;
	}

	private static Button button(Composite bar, String id, String text, String tip) {
		Button button = WidgetTags.tag(new Button(bar, SWT.PUSH), id);
		button.setText(text);
		button.setToolTipText(tip);
		return button;
	}

	/** Lists the model's environments, tags and integrations again, keeping what was chosen where it still exists. */
	void fill(LandscapeModel model) {
		MapFilter chosen = filter();
		environments.clear();
		tags.clear();
		integrations.clear();
		if (model != null) {
			model.landscape().getEnvironments().stream().map(Environment::getName).filter(Objects::nonNull).distinct()
					.forEach(environments::add);
			model.landscape().getTagCategories().forEach(category -> tags.addAll(category.getValues()));
			integrations.addAll(model.integrations().getIntegrations());
		}
		refill(environment, "All environments", environments.stream().toList(), environments.indexOf(chosen.environment()));
		refill(tag, "All tags", tags.stream().map(MapTags::label).toList(), tags.indexOf(chosen.tag()));
		refill(integration, "All integrations",
				integrations.stream().map(item -> item.getName() == null ? "(unnamed)" : item.getName()).toList(),
				integrations.indexOf(chosen.integration()));
	}

	private static void refill(Combo combo, String all, List<String> items, int chosen) {
		List<String> next = new ArrayList<>();
		next.add(all);
		next.addAll(items);
		if (!next.equals(List.of(combo.getItems()))) {
			combo.setItems(next.toArray(String[]::new));
		}
		combo.select(chosen + 1);
		combo.getParent().layout();
	}

	MapFilter filter() {
		return new MapFilter(chosen(environment, environments), chosen(tag, tags), chosen(integration, integrations));
	}

	MapWeight weight() {
		return MapWeight.values()[Math.max(0, weight.getSelectionIndex())];
	}

	private static <T> T chosen(Combo combo, List<T> items) {
		int index = combo.getSelectionIndex() - 1;
		return index >= 0 && index < items.size() ? items.get(index) : null;
	}
}
