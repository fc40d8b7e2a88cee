package io.cartograph.ui.landscape.editors;

import java.util.Arrays;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.SecretReference;
import io.cartograph.ui.WidgetTags;

/**
 * A password field for a secret (client secret, password, API key). What is typed goes to the
 * {@link SecretStorage}, never into the model: the model gets only a {@link SecretReference}
 * (one command, the first time). The field is emptied once the secret is stored.
 */
final class SecretField implements FieldBinding {

	private final Form form;
	private final EReference feature;
	private final Function<EObject, String> purpose;
	private final Text password;
	private final Label state;

	private SecretField(Form form, EReference feature, Function<EObject, String> purpose, Text password, Label state) {
		this.form = form;
		this.feature = feature;
		this.purpose = purpose;
		this.password = password;
		this.state = state;
		password.addListener(SWT.DefaultSelection, event -> commit());
		password.addListener(SWT.FocusOut, event -> commit());
	}

	static Form.Row add(Form form, EReference feature, String label, Function<EObject, String> purpose) {
		Label[] state = new Label[1];
		Form.Row row = form.row(label, parent -> {
			Composite line = new Composite(parent, SWT.NONE);
			GridLayoutFactory.fillDefaults().numColumns(2).applyTo(line);
			Text text = WidgetTags.tag(new Text(line, SWT.BORDER | SWT.PASSWORD), form.idOf(feature));
			GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
			state[0] = WidgetTags.tag(new Label(line, SWT.NONE), form.idOf(feature) + ".state");
			return line;
		});
		Text text = (Text) ((Composite) row.control()).getChildren()[0];
		SecretField field = form.bind(new SecretField(form, feature, purpose, text, state[0]));
		field.refresh();
		return row;
	}

	private SecretReference reference() {
		EObject owner = form.target();
		return owner == null ? null : (SecretReference) owner.eGet(feature);
	}

	@Override
	public void refresh() {
		SecretStorage secrets = form.context().secrets();
		password.setEnabled(form.target() != null && secrets != null);
		SecretReference reference = reference();
		String now;
		if (secrets == null) {
			now = "Secrets cannot be stored yet in this build";
		} else if (reference != null && secrets.has(reference)) {
			now = "Stored on this machine; type to replace";
		} else {
			now = "Not stored";
		}
		if (!now.equals(state.getText())) {
			state.setText(now);
			state.getParent().layout(true);
		}
	}

	private void commit() {
		SecretStorage secrets = form.context().secrets();
		EObject owner = form.target();
		if (secrets == null || owner == null || password.getText().isEmpty()) {
			return;
		}
		char[] secret = password.getTextChars();
		try {
			SecretReference reference = reference();
			if (reference == null) {
				reference = Identities.create(LandscapePackage.Literals.SECRET_REFERENCE, SecretReference.class);
				reference.setPurpose(purpose.apply(owner));
				form.context().edits().set(owner, feature, reference);
			}
			secrets.store(reference, secret);
			password.setText("");
		} catch (RuntimeException failed) {
			form.problem("The secret was not stored: " + failed.getMessage());
		} finally {
			Arrays.fill(secret, '\0');
		}
		refresh();
	}
}
