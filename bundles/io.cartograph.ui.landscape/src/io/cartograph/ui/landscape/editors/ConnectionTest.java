package io.cartograph.ui.landscape.editors;

import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.cartograph.connect.ConnectionCheck;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.ui.WidgetTags;
import io.cartograph.ui.jobs.WorkspaceTasks;

/**
 * Test Connection: gets a token if the source needs one and makes one cheap call, in a job, then
 * lists below the button every step that passed and precisely what failed. The result is of the
 * settings as they were when the button was pressed.
 */
final class ConnectionTest implements FieldBinding {

	static final String ID = "editor.DataSource.testConnection";

	private final Form form;
	private final Button button;
	private final Label result;
	private DataSource tested;

	private ConnectionTest(Form form, Button button, Label result) {
		this.form = form;
		this.button = button;
		this.result = result;
		button.addListener(SWT.Selection, event -> test());
	}

	static void add(Form form) {
		Button[] button = new Button[1];
		Label[] result = new Label[1];
		form.row("Connection test", parent -> {
			Composite line = new Composite(parent, SWT.NONE);
			GridLayoutFactory.fillDefaults().numColumns(1).applyTo(line);
			button[0] = WidgetTags.tag(new Button(line, SWT.PUSH), ID);
			button[0].setText("Test Connection");
			button[0].setToolTipText("Get a token if needed and make one cheap call with the settings above");
			result[0] = WidgetTags.tag(new Label(line, SWT.WRAP), ID + ".result");
			GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(result[0]);
			return line;
		});
		form.bind(new ConnectionTest(form, button[0], result[0])).refresh();
	}

	@Override
	public void refresh() {
		DataSource source = (DataSource) form.target();
		button.setEnabled(source != null && form.context().tasks().get() != null);
		if (source != tested && tested != null) {
			show("", null);
			tested = null;
		}
	}

	private void test() {
		DataSource source = (DataSource) form.target();
		WorkspaceTasks tasks = form.context().tasks().get();
		if (source == null || tasks == null) {
			return;
		}
		tested = source;
		Optional<?> job = tasks.testConnection(button.getShell(), source, check -> {
			if (!result.isDisposed()) {
				show(text(check), check.ok() ? new Color(result.getDisplay(), new RGB(0x1b, 0x7f, 0x2a))
						: result.getDisplay().getSystemColor(SWT.COLOR_RED));
				button.setEnabled(true);
			}
		});
		if (job.isPresent()) {
			button.setEnabled(false);
			show("Testing the connection of " + source.getName() + "...", null);
		} else {
			show("Not tested: the secret store stayed closed.", null);
		}
	}

	static String text(ConnectionCheck check) {
		StringBuilder text = new StringBuilder();
		for (String step : check.passed()) {
			text.append("\u2714 ").append(step).append('\n');
		}
		if (check.ok()) {
			text.append("Connection works.");
		} else {
			text.append("\u2718 ").append(check.failure()).append(": ").append(check.message());
		}
		return text.toString();
	}

	private void show(String text, Color color) {
		result.setText(text);
		result.setForeground(color);
		form.body().layout(true, true);
		form.context().relayout().run();
	}
}
