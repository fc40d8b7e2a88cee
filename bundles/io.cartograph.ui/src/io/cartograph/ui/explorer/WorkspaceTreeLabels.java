package io.cartograph.ui.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.LabelProvider;

import io.cartograph.core.workspace.Workspace;

/** Names in the explorer: the workspace by its name, folders and files by file name. */
final class WorkspaceTreeLabels extends LabelProvider {

	@Override
	public String getText(Object element) {
		if (element instanceof Workspace workspace) {
			return workspace.name();
		}
		if (element instanceof Path path) {
			String name = path.getFileName().toString();
			return Files.isDirectory(path) ? name : name + "  (" + size(path) + ")";
		}
		return String.valueOf(element);
	}

	static String size(Path file) {
		try {
			long bytes = Files.size(file);
			if (bytes < 1024) {
				return bytes + " B";
			}
			if (bytes < 1024 * 1024) {
				return String.format("%.1f KB", bytes / 1024.0);
			}
			return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
		} catch (IOException e) {
			return "unreadable";
		}
	}
}
