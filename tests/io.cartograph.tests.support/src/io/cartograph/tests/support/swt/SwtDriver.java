package io.cartograph.tests.support.swt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

/**
 * A small page-object driver on plain SWT (SWTBot is not on Maven Central). Widgets are found by
 * their {@value #KEY} data key, never by position; actions go through the SWT API or
 * {@link Display#post(Event)}; waits pump the event loop until a condition holds.
 */
public final class SwtDriver implements AutoCloseable {

	/** Same key as io.cartograph.ui.WidgetTags.KEY; tests do not depend on the UI bundle for it. */
	public static final String KEY = "cartograph.id";
	private static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

	private final Display display;
	private final List<Shell> shells = new ArrayList<>();

	public SwtDriver() {
		Display current = Display.getCurrent();
		this.display = current != null ? current : new Display();
	}

	public Display display() {
		return display;
	}

	/** A top-level window that is disposed when the driver closes. */
	public Shell openShell(int width, int height) {
		Shell shell = new Shell(display);
		shell.setSize(width, height);
		shells.add(shell);
		return shell;
	}

	/** The widget tagged with the id below root; fails the test with the ids that do exist. */
	public <W extends Widget> W find(Composite root, String id, Class<W> type) {
		List<String> seen = new ArrayList<>();
		Widget found = search(root, id, seen);
		if (found == null) {
			throw new AssertionError("No widget tagged '" + id + "'. Tagged widgets: " + seen);
		}
		if (!type.isInstance(found)) {
			throw new AssertionError("Widget '" + id + "' is a " + found.getClass().getSimpleName() + ", not a "
					+ type.getSimpleName());
		}
		return type.cast(found);
	}

	/** The push button with this label below root (dialog buttons carry no data key). */
	public Button button(Composite root, String label) {
		List<String> seen = new ArrayList<>();
		Button found = searchButton(root, label, seen);
		if (found == null) {
			throw new AssertionError("No button '" + label + "'. Buttons: " + seen);
		}
		return found;
	}

	/** Presses a button as a click would: the selection event its listeners wait for. */
	public void press(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
		flush();
	}

	private static Button searchButton(Control control, String label, List<String> seen) {
		if (control instanceof Button button) {
			String text = button.getText().replace("&", "");
			seen.add(text);
			if (text.equals(label)) {
				return button;
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Button found = searchButton(child, label, seen);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Runs the event loop until the condition holds; fails after the wait with the message. */
	public void waitUntil(String what, BooleanSupplier condition) {
		waitUntil(what, DEFAULT_WAIT, condition);
	}

	/** Runs the event loop until the condition holds; fails after {@code most} with the message. */
	public void waitUntil(String what, Duration most, BooleanSupplier condition) {
		long deadline = System.nanoTime() + most.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + most.toSeconds() + " s waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Processes every pending event (layouts, async runnables, repaints). */
	public void flush() {
		while (display.readAndDispatch()) {
			// keep going until the queue is empty
		}
	}

	/** Sends a key stroke through the OS event queue, as a user's keyboard would. */
	public void pressKey(Control target, int modifiers, int key) {
		target.getShell().forceActive();
		target.setFocus();
		flush();
		for (int modifier : new int[] { SWT.CTRL, SWT.SHIFT, SWT.ALT }) {
			if ((modifiers & modifier) != 0) {
				post(SWT.KeyDown, modifier, (char) 0);
			}
		}
		// Enter, Tab, Escape, Backspace and Delete go by key code: as characters GTK finds no key for them.
		boolean named = key >= 0x10000 || key == SWT.CR || key == SWT.TAB || key == SWT.ESC || key == SWT.BS || key == SWT.DEL;
		post(SWT.KeyDown, named ? key : 0, named ? 0 : (char) key);
		post(SWT.KeyUp, named ? key : 0, named ? 0 : (char) key);
		for (int modifier : new int[] { SWT.ALT, SWT.SHIFT, SWT.CTRL }) {
			if ((modifiers & modifier) != 0) {
				post(SWT.KeyUp, modifier, (char) 0);
			}
		}
		flush();
	}

	private void post(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		display.post(event);
	}

	@Override
	public void close() {
		for (Shell shell : shells) {
			if (!shell.isDisposed()) {
				shell.dispose();
			}
		}
		flush();
	}

	private static Widget search(Control control, String id, List<String> seen) {
		Object tag = control.getData(KEY);
		if (tag != null) {
			seen.add(tag.toString());
			if (id.equals(tag)) {
				return control;
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Widget found = search(child, id, seen);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
