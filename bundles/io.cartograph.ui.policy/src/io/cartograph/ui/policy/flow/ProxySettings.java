package io.cartograph.ui.policy.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.ApiProvider;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.ui.WidgetTags;
import io.cartograph.ui.landscape.Edits;

/**
 * The proxy's own fields (the flow editor is where an API proxy opens, so they are here too):
 * name, title, version, base path, service and API provider. A field is set with Enter or when
 * it loses focus, one command each.
 */
final class ProxySettings {

	static final String PROVIDER_ID = "proxy.provider";

	private final ApiProxy proxy;
	private final java.util.function.Supplier<Edits> edits;
	private final List<Runnable> refreshers = new ArrayList<>();
	private final Composite root;

	ProxySettings(Composite parent, ApiProxy proxy, java.util.function.Supplier<Edits> edits) {
		this.proxy = proxy;
		this.edits = edits;
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).spacing(10, 6).applyTo(root);
		field(root, "Name", LandscapePackage.Literals.NAMED__NAME);
		field(root, "Title", LandscapePackage.Literals.API_PROXY__TITLE);
		field(root, "Version", LandscapePackage.Literals.API_PROXY__VERSION);
		field(root, "Base Path", LandscapePackage.Literals.API_PROXY__BASE_PATH);
		field(root, "Service", LandscapePackage.Literals.API_PROXY__SERVICE);
		provider(root);
	}

	private void field(Composite parent, String title, EAttribute attribute) {
		new Label(parent, SWT.NONE).setText(title);
		Text text = WidgetTags.tag(new Text(parent, SWT.SINGLE | SWT.BORDER), "proxy." + attribute.getName());
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
		Runnable show = () -> {
			Object value = proxy.eGet(attribute);
			text.setText(value == null ? "" : value.toString());
		};
		Runnable commit = () -> {
			String typed = text.getText().strip();
			Object value = typed.isEmpty() ? null : typed;
			if (!Objects.equals(value, proxy.eGet(attribute))) {
				edits.get().set(proxy, attribute, value);
			}
		};
		text.addListener(SWT.DefaultSelection, event -> commit.run());
		text.addListener(SWT.FocusOut, event -> commit.run());
		refreshers.add(show);
		show.run();
	}

	private void provider(Composite parent) {
		new Label(parent, SWT.NONE).setText("API Provider");
		Combo combo = WidgetTags.tag(new Combo(parent, SWT.READ_ONLY), PROVIDER_ID);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(combo);
		List<ApiProvider> choices = new ArrayList<>();
		Runnable show = () -> {
			choices.clear();
			choices.add(null);
			if (proxy.eContainer() instanceof ApiManagement management) {
				choices.addAll(management.getProviders());
			}
			combo.setItems(choices.stream().map(p -> p == null ? "(none)" : String.valueOf(p.getName())).toArray(String[]::new));
			combo.select(Math.max(0, choices.indexOf(proxy.getProvider())));
		};
		combo.addListener(SWT.Selection, event -> {
			int at = combo.getSelectionIndex();
			if (at >= 0 && choices.get(at) != proxy.getProvider()) {
				edits.get().set(proxy, LandscapePackage.Literals.API_PROXY__PROVIDER, choices.get(at));
			}
		});
		refreshers.add(show);
		show.run();
	}

	Composite control() {
		return root;
	}

	/** Shows the model's values again (after a command, an undo or a redo). */
	void refresh() {
		refreshers.forEach(Runnable::run);
	}
}
