package io.cartograph.ui.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import io.cartograph.tests.support.swt.SwtDriver;

/**
 * What a user does to widgets, done through the widgets: the events SWT sends when a user
 * types and presses Enter, picks from a drop-down, ticks a box or clicks a button.
 */
final class Gestures {

	private Gestures() {
	}

	/** Types into a field and presses Enter (a multi-line field: leaves it). */
	static void type(Text text, String value) {
		text.setFocus();
		text.setText(value);
		text.notifyListeners((text.getStyle() & SWT.MULTI) != 0 ? SWT.FocusOut : SWT.DefaultSelection, new Event());
	}

	static void pick(Combo combo, String item) {
		int index = List.of(combo.getItems()).indexOf(item);
		if (index < 0) {
			throw new AssertionError("'" + item + "' is not offered; the choices are " + List.of(combo.getItems()));
		}
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	static void click(Button button) {
		if (!button.isEnabled()) {
			throw new AssertionError("Button '" + button.getText() + "' is disabled");
		}
		if ((button.getStyle() & SWT.CHECK) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	static void click(ToolItem item) {
		if (!item.isEnabled()) {
			throw new AssertionError("Tool item '" + item.getText() + "' is disabled");
		}
		item.notifyListeners(SWT.Selection, new Event());
	}

	/** Ticks or unticks the row with the text. */
	static void tick(Table table, String row, boolean ticked) {
		TableItem item = row(table, row);
		item.setChecked(ticked);
		Event event = new Event();
		event.item = item;
		event.detail = SWT.CHECK;
		table.notifyListeners(SWT.Selection, event);
	}

	static TableItem row(Table table, String text) {
		for (TableItem item : table.getItems()) {
			if (item.getText().equals(text)) {
				return item;
			}
		}
		throw new AssertionError("No row '" + text + "' in " + rows(table));
	}

	static void select(Table table, int index) {
		table.setSelection(index);
		Event event = new Event();
		event.item = table.getItem(index);
		table.notifyListeners(SWT.Selection, event);
	}

	static List<String> rows(Table table) {
		List<String> texts = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			texts.add(item.getText());
		}
		return texts;
	}

	/** Selects a tree row as a click does (the tree tells its listeners). */
	static void select(Tree tree, TreeItem item) {
		tree.setSelection(item);
		Event event = new Event();
		event.item = item;
		tree.notifyListeners(SWT.Selection, event);
	}

	/** A key press as the control's listeners receive it. */
	static void press(Control control, int keyCode) {
		Event event = new Event();
		event.keyCode = keyCode;
		event.character = keyCode < 0x10000 ? (char) keyCode : 0;
		control.notifyListeners(SWT.KeyDown, event);
		control.notifyListeners(SWT.KeyUp, event);
	}

	/** Double-click or Enter on the selected row. */
	static void open(Tree tree) {
		Event event = new Event();
		event.item = tree.getSelection()[0];
		tree.notifyListeners(SWT.DefaultSelection, event);
	}

	/** The top-level or nested tree row with the text (nested: "Transformation Rules", "System Rules (0)"). */
	static TreeItem item(Tree tree, String... path) {
		TreeItem[] level = tree.getItems();
		TreeItem found = null;
		for (String step : path) {
			found = null;
			List<String> seen = new ArrayList<>();
			for (TreeItem item : level) {
				seen.add(item.getText());
				if (item.getText().equals(step)) {
					found = item;
				}
			}
			if (found == null) {
				throw new AssertionError("No tree row '" + step + "' among " + seen);
			}
			found.setExpanded(true);
			level = found.getItems();
		}
		return found;
	}

	static List<String> texts(TreeItem[] items) {
		List<String> texts = new ArrayList<>();
		for (TreeItem item : items) {
			texts.add(item.getText());
		}
		return texts;
	}

	/** The tool item tagged with the id in any tool bar below root. */
	static ToolItem toolItem(Composite root, String id) {
		for (Control child : root.getChildren()) {
			if (child instanceof ToolBar bar) {
				for (ToolItem item : bar.getItems()) {
					if (id.equals(item.getData(SwtDriver.KEY))) {
						return item;
					}
				}
			}
			if (child instanceof Composite composite && !(child instanceof ToolBar)) {
				try {
					return toolItem(composite, id);
				} catch (AssertionError notHere) {
					// keep looking
				}
			}
		}
		throw new AssertionError("No tool item tagged '" + id + "'");
	}

	/**
	 * Runs the gesture that opens a modal dialog, and meanwhile works the dialog with the
	 * handler once it is there (a modal dialog blocks the gesture until it is closed).
	 */
	static void withDialog(SwtDriver driver, String shellId, Consumer<Shell> handler, Runnable gesture) {
		Display display = driver.display();
		boolean[] handled = { false };
		int[] attempts = { 0 };
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			if (attempts[0]++ > 200) {
				return;
			}
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shellId.equals(shell.getData(SwtDriver.KEY)) && shell.isVisible()) {
					handled[0] = true;
					handler.accept(shell);
					return;
				}
			}
			display.timerExec(50, poll[0]);
		};
		display.timerExec(50, poll[0]);
		gesture.run();
		if (!handled[0]) {
			throw new AssertionError("The dialog '" + shellId + "' never opened");
		}
	}
}
