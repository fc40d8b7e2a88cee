package io.cartograph.ui.landscape.editors;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import io.cartograph.model.landscape.Interface;
import io.cartograph.rules.IntegrationPlaces;
import io.cartograph.rules.IntegrationPlaces.Place;
import io.cartograph.ui.WidgetTags;
import io.cartograph.ui.landscape.EditorInput;
import io.cartograph.ui.landscape.ObjectLabels;

/**
 * In the interface editor: every end-to-end integration the interface belongs to, with its
 * position and the interfaces before and after it, each a link that opens its editor.
 */
final class IntegrationContext implements FieldBinding {

	static final String ID = "editor.Interface.integrations";

	private final Form form;
	private Composite lines;

	private IntegrationContext(Form form) {
		this.form = form;
	}

	static void add(Form form) {
		IntegrationContext context = new IntegrationContext(form);
		form.wide(parent -> {
			context.lines = WidgetTags.tag(new Composite(parent, SWT.NONE), ID);
			GridLayoutFactory.fillDefaults().applyTo(context.lines);
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(context.lines);
			return context.lines;
		});
		form.bind(context);
		context.refresh();
	}

	@Override
	public void refresh() {
		if (lines.isDisposed() || !(form.target() instanceof Interface item) || form.context().model() == null) {
			return;
		}
		for (Control old : lines.getChildren()) {
			old.dispose();
		}
		List<Place> places = IntegrationPlaces.of(item, form.context().model().integrations().getIntegrations());
		if (places.isEmpty()) {
			new Label(lines, SWT.WRAP).setText("In no end-to-end integration.");
		}
		for (Place place : places) {
			List<EObject> targets = new ArrayList<>();
			StringBuilder text = new StringBuilder(link(place.integration(), targets));
			text.append(" \u2014 step ").append(place.position()).append(" of ").append(place.length());
			text.append(place.predecessor() == null ? ", the first" : ", after " + link(place.predecessor(), targets));
			text.append(place.successor() == null ? ", the last" : ", before " + link(place.successor(), targets));
			Link line = new Link(lines, SWT.WRAP);
			line.setText(text.toString());
			line.addListener(SWT.Selection, event -> {
				EObject target = targets.get(Integer.parseInt(event.text));
				form.context().editors().open(EditorInput.of(target), ObjectLabels.text(target));
			});
			GridDataFactory.fillDefaults().grab(true, false).applyTo(line);
		}
		lines.layout(true, true);
		form.context().relayout().run();
	}

	/** {@code <a href="0">name</a>}, remembering the object behind the number. */
	private static String link(EObject object, List<EObject> targets) {
		targets.add(object);
		String name = ObjectLabels.text(object).replace("&", "&&").replace("<", "").replace(">", "");
		return "<a href=\"" + (targets.size() - 1) + "\">" + name + "</a>";
	}
}
