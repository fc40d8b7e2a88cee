package io.cartograph.ui.secrets;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.cartograph.core.secrets.SecretReferences;
import io.cartograph.core.secrets.SecretStore;
import io.cartograph.model.landscape.SecretReference;
import io.cartograph.ui.WidgetTags;

/**
 * Asks for the secrets a workspace refers to but this machine does not have (a workspace copied
 * from a colleague, say). Fields left empty stay missing; what is entered goes to the store only.
 */
public final class MissingSecretsDialog extends Dialog {

	private final List<SecretReference> missing;
	private final SecretStore store;
	private final List<Text> fields = new ArrayList<>();
	private int stored;

	public MissingSecretsDialog(Shell shell, List<SecretReference> missing, SecretStore store) {
		super(shell);
		this.missing = missing;
		this.store = store;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Secrets missing on this machine");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText("This workspace refers to " + missing.size() + " secret(s) that this machine's secret store does not hold. "
				+ "Enter the ones you have; the others stay missing and can be entered later.");
		GridDataFactory.fillDefaults().span(2, 1).hint(520, SWT.DEFAULT).applyTo(intro);
		for (int i = 0; i < missing.size(); i++) {
			new Label(area, SWT.NONE).setText(SecretReferences.whereIs(missing.get(i)));
			Text field = WidgetTags.tag(new Text(area, SWT.BORDER | SWT.PASSWORD), "secrets.missing." + i);
			GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(field);
			fields.add(field);
		}
		return area;
	}

	@Override
	protected void okPressed() {
		for (int i = 0; i < fields.size(); i++) {
			String value = fields.get(i).getText();
			if (!value.isEmpty()) {
				store.put(missing.get(i), value.toCharArray());
				stored++;
			}
		}
		store.flush();
		super.okPressed();
	}

	/** How many secrets were stored when the dialog closed with OK. */
	public int stored() {
		return stored;
	}
}
