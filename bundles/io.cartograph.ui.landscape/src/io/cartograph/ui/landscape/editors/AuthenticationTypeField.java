package io.cartograph.ui.landscape.editors;

import static io.cartograph.model.landscape.LandscapePackage.Literals.AUTHENTICATION__TYPE;
import static io.cartograph.model.landscape.LandscapePackage.Literals.DATA_SOURCE__AUTHENTICATION;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;

import io.cartograph.model.landscape.Authentication;
import io.cartograph.model.landscape.AuthenticationType;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.ui.WidgetTags;

/**
 * How a data source signs in. A data source without authentication shows NONE; picking another
 * method then creates its authentication, in the same one command.
 */
final class AuthenticationTypeField implements FieldBinding {

	private final Form form;
	private final Combo combo;

	private AuthenticationTypeField(Form form, Combo combo) {
		this.form = form;
		this.combo = combo;
		for (AuthenticationType type : AuthenticationType.VALUES) {
			combo.add(type.getLiteral());
		}
		combo.addListener(SWT.Selection, event -> picked());
		Form.scrollsTheFormOnWheel(combo);
	}

	static void add(Form form) {
		Form.Row row = form.row("Method", parent -> WidgetTags.tag(new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN),
				form.idOf(DATA_SOURCE__AUTHENTICATION)));
		form.bind(new AuthenticationTypeField(form, (Combo) row.control())).refresh();
	}

	private AuthenticationType current() {
		DataSource source = (DataSource) form.target();
		Authentication authentication = source == null ? null : source.getAuthentication();
		return authentication == null ? AuthenticationType.NONE : authentication.getType();
	}

	@Override
	public void refresh() {
		combo.setEnabled(form.target() != null);
		int index = AuthenticationType.VALUES.indexOf(current());
		if (combo.getSelectionIndex() != index) {
			combo.select(index);
		}
	}

	private void picked() {
		DataSource source = (DataSource) form.target();
		int index = combo.getSelectionIndex();
		if (source == null || index < 0) {
			return;
		}
		AuthenticationType type = AuthenticationType.VALUES.get(index);
		if (source.getAuthentication() != null) {
			form.context().edits().set(source.getAuthentication(), AUTHENTICATION__TYPE, type);
		} else if (type != AuthenticationType.NONE) {
			form.context().edits().set(source, DATA_SOURCE__AUTHENTICATION, DataSourceForm.newAuthentication(type));
		}
		form.refresh();
	}
}
