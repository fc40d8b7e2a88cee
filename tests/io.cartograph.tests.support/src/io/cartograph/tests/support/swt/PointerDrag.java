package io.cartograph.tests.support.swt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;

/**
 * A drag with the real pointer: press, move and release go to the X server (through xdotool's
 * XTest calls), so GTK starts its own drag and SWT's drag and drop runs end to end, drop line
 * included. {@link Display#post} cannot do this on GTK 3: it puts a button event into GDK's
 * queue without pressing the X server's button, so no drag ever starts.
 */
public final class PointerDrag {

	private PointerDrag() {
	}

	/** Whether the machine can drag for real (xdotool on the PATH). */
	public static boolean available() {
		return executable() != null;
	}

	/** Drags from one point of the screen to another, running the UI's event loop meanwhile. */
	public static void drag(Display display, Point from, Point to) throws IOException, InterruptedException {
		drag(display, from, to, () -> {
		});
	}

	/**
	 * Drags from one point of the screen to another; {@code overTarget} runs while the button is
	 * still down over the target (e.g. to photograph the drop line), then the button is released.
	 */
	public static void drag(Display display, Point from, Point to, Runnable overTarget)
			throws IOException, InterruptedException {
		List<String> press = new ArrayList<>(List.of("mousemove", str(from.x), str(from.y), "sleep", "0.3",
				"mousedown", "1", "sleep", "0.3"));
		int steps = 10;
		for (int i = 1; i <= steps; i++) {
			press.addAll(List.of("mousemove", str(from.x + 2 * i), str(from.y + (to.y - from.y) * i / steps), "sleep", "0.08"));
		}
		press.addAll(List.of("mousemove", str(to.x), str(to.y), "sleep", "0.4"));
		xdotool(display, press);
		overTarget.run();
		xdotool(display, List.of("mouseup", "1", "sleep", "0.3"));
		while (display.readAndDispatch()) {
			// what the drop left to do
		}
	}

	/** Runs xdotool with these arguments; the UI thread's event loop keeps turning meanwhile, as the drag runs in it. */
	private static void xdotool(Display display, List<String> arguments) throws IOException, InterruptedException {
		String xdotool = executable();
		if (xdotool == null) {
			throw new AssertionError("A real drag needs xdotool on the PATH (apt-get install xdotool)");
		}
		List<String> command = new ArrayList<>();
		command.add(xdotool);
		command.addAll(arguments);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		while (process.isAlive()) {
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> {
				});
				display.sleep();
			}
		}
		String output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			throw new AssertionError("xdotool failed: " + output);
		}
	}

	private static String str(int value) {
		return Integer.toString(value);
	}

	private static String executable() {
		String path = System.getenv("PATH");
		for (String folder : (path == null ? "/usr/bin" : path).split(":")) {
			Path candidate = Path.of(folder, "xdotool");
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		return null;
	}
}
