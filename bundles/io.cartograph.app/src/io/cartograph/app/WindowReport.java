package io.cartograph.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;

import io.cartograph.ui.WidgetTags;

/**
 * What the window shows, as text: title, menus, view tabs and the tagged widgets. The smoke test
 * and the docs check the running product against it, next to the screenshot.
 */
record WindowReport(String title, int width, int height, Map<String, List<String>> menus, List<String> tabs,
		Map<String, String> widgets, StartupTimes startup) {

	static WindowReport of(Shell shell, StartupTimes startup) {
		Map<String, List<String>> menus = new LinkedHashMap<>();
		Menu bar = shell.getMenuBar();
		if (bar != null) {
			for (MenuItem top : bar.getItems()) {
				List<String> entries = new ArrayList<>();
				if (top.getMenu() != null) {
					// e4 fills a menu when it is about to show, as when the user opens it.
					top.getMenu().notifyListeners(SWT.Show, new Event());
					for (MenuItem item : top.getMenu().getItems()) {
						if (!item.getText().isEmpty()) {
							entries.add(plain(item.getText()));
						}
					}
					top.getMenu().notifyListeners(SWT.Hide, new Event());
				}
				menus.put(plain(top.getText()), entries);
			}
		}
		List<String> tabs = new ArrayList<>();
		Map<String, String> widgets = new LinkedHashMap<>();
		visit(shell, tabs, widgets);
		Rectangle area = WindowPicture.visibleArea(shell);
		return new WindowReport(shell.getText(), area.width, area.height, menus, tabs, widgets, startup);
	}

	void write(Path file) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path partial = Files.createTempFile(folder, file.getFileName().toString(), ".part");
		try {
			Files.writeString(partial, toJson(), StandardCharsets.UTF_8);
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(partial);
		}
	}

	String toJson() {
		StringBuilder json = new StringBuilder("{\n");
		json.append("  \"title\": ").append(quote(title)).append(",\n");
		json.append("  \"width\": ").append(width).append(",\n");
		json.append("  \"height\": ").append(height).append(",\n");
		json.append("  \"menus\": {");
		String separator = "\n";
		for (var menu : menus.entrySet()) {
			json.append(separator).append("    ").append(quote(menu.getKey())).append(": ").append(list(menu.getValue()));
			separator = ",\n";
		}
		json.append("\n  },\n");
		json.append("  \"tabs\": ").append(list(tabs)).append(",\n");
		json.append("  \"widgets\": {");
		separator = "\n";
		for (var widget : widgets.entrySet()) {
			json.append(separator).append("    ").append(quote(widget.getKey())).append(": ").append(quote(widget.getValue()));
			separator = ",\n";
		}
		json.append("\n  },\n");
		json.append("  \"startup\": { \"sinceJvmStartMillis\": ").append(startup.sinceJvmStartMillis())
				.append(", \"sinceLaunchMillis\": ").append(startup.sinceLaunchMillis()).append(" }\n}\n");
		return json.toString();
	}

	private static void visit(Control control, List<String> tabs, Map<String, String> widgets) {
		if (!control.isVisible()) {
			return;
		}
		String id = WidgetTags.idOf(control);
		if (id != null) {
			widgets.put(id, textOf(control));
		}
		if (control instanceof CTabFolder folder) {
			for (CTabItem item : folder.getItems()) {
				tabs.add(item.getText());
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				visit(child, tabs, widgets);
			}
		}
	}

	private static String textOf(Control control) {
		if (control instanceof Label label) {
			return label.getText();
		}
		if (control instanceof Tree tree) {
			return tree.getItemCount() == 0 ? "" : tree.getItem(0).getText();
		}
		if (control instanceof Table table) {
			return table.getItemCount() + " row(s)";
		}
		return "";
	}

	/** Menu text without mnemonics and accelerator hints: "&Save\tCtrl+S" is "Save". */
	static String plain(String menuText) {
		String withoutAccelerator = menuText.split("\t", 2)[0];
		return withoutAccelerator.replace("&&", "\u0000").replace("&", "").replace("\u0000", "&");
	}

	private static String list(List<String> values) {
		List<String> quoted = new ArrayList<>();
		values.forEach(value -> quoted.add(quote(value)));
		return "[" + String.join(", ", quoted) + "]";
	}

	static String quote(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : (text == null ? "" : text).toCharArray()) {
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}
}
