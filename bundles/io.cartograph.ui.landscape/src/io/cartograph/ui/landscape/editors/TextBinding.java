package io.cartograph.ui.landscape.editors;

import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

import io.cartograph.ui.WidgetTags;

/**
 * A text field on an attribute. The edit is one command, made when the user is done with the
 * field (Enter, or leaving it), not one per key stroke. Text that does not parse stays in the
 * field, marked, with the reason; the model keeps its value.
 */
final class TextBinding implements FieldBinding {

	private final Form form;
	private final EAttribute feature;
	private final TextCodec codec;
	private final Text text;
	/** What the field showed from the model last: the user's edits are what differs from it. */
	private String shown;

	private TextBinding(Form form, EAttribute feature, TextCodec codec, Text text) {
		this.form = form;
		this.feature = feature;
		this.codec = codec;
		this.text = text;
		text.addListener(SWT.DefaultSelection, this::commit);
		text.addListener(SWT.FocusOut, this::commit);
	}

	static Form.Row add(Form form, EAttribute feature, String label, TextCodec codec, int style) {
		Form.Row row = form.row(label, parent -> {
			Text text = WidgetTags.tag(new Text(parent, style | SWT.BORDER), form.idOf(feature));
			if ((style & SWT.MULTI) != 0) {
				GridDataFactory.fillDefaults().grab(true, false).hint(260, 64).applyTo(text);
			}
			return text;
		});
		TextBinding binding = new TextBinding(form, feature, codec, (Text) row.control());
		form.bind(binding);
		binding.refresh();
		return row;
	}

	@Override
	public void refresh() {
		EObject target = form.target();
		String now = target == null ? "" : codec.toText(target.eGet(feature));
		text.setEnabled(target != null);
		if (!now.equals(shown)) {
			shown = now;
			if (!text.getText().equals(now)) {
				text.setText(now);
			}
			unmark();
		}
	}

	private void commit(Event event) {
		EObject target = form.target();
		String typed = text.getText();
		if (target == null || Objects.equals(typed, shown)) {
			return;
		}
		Object value;
		try {
			value = codec.fromText(typed);
		} catch (IllegalArgumentException refused) {
			text.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_RED));
			text.setToolTipText(refused.getMessage());
			form.problem(refused.getMessage());
			return;
		}
		unmark();
		form.problem(null);
		form.context().edits().set(target, feature, value);
		// Text that means the same as the model (" 8080" for 8080) is shown the model's way.
		shown = null;
		form.refresh();
	}

	private void unmark() {
		text.setForeground(null);
		text.setToolTipText(null);
	}
}
