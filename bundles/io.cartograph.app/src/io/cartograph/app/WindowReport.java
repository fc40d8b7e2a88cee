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

import io.cartograph.core.Json;
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
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("title", title);
		report.put("width", width);
		report.put("height", height);
		report.put("menus", menus);
		report.put("tabs", tabs);
		report.put("widgets", widgets);
		report.put("startup", Map.of("sinceJvmStartMillis", startup.sinceJvmStartMillis(), "sinceLaunchMillis",
				startup.sinceLaunchMillis()));
		return Json.write(report) + "\n";
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
}
