package io.cartograph.ui.explorer;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

import io.cartograph.core.workspace.Workspace;

/**
 * The workspace folder as a tree: the workspace itself at the root, folders before files, names
 * in alphabetical order. Hidden entries (dot files, lock files) are left out: they are not the
 * user's content.
 */
final class WorkspaceTreeContent implements ITreeContentProvider {

	private static final Comparator<Path> FOLDERS_FIRST = Comparator
			.comparing((Path path) -> !Files.isDirectory(path))
			.thenComparing(path -> path.getFileName().toString().toLowerCase());

	/**
	 * The viewer's input is a one-element list holding the workspace (never the workspace itself:
	 * an element equal to the input would be its own root and nest itself forever).
	 */
	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> roots ? roots.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object element) {
		Path folder = folderOf(element);
		return folder == null ? new Object[0] : list(folder).toArray();
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof Path path ? path.getParent() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		Path folder = folderOf(element);
		if (folder == null) {
			return false;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, WorkspaceTreeContent::isShown)) {
			return entries.iterator().hasNext();
		} catch (IOException e) {
			return false;
		}
	}

	private static Path folderOf(Object element) {
		if (element instanceof Workspace workspace) {
			return workspace.root();
		}
		if (element instanceof Path path && Files.isDirectory(path)) {
			return path;
		}
		return null;
	}

	static List<Path> list(Path folder) {
		List<Path> children = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, WorkspaceTreeContent::isShown)) {
			entries.forEach(children::add);
		} catch (IOException e) {
			// A folder that vanished or cannot be read shows as empty; the next refresh tells the truth.
			return List.of();
		}
		children.sort(FOLDERS_FIRST);
		return children;
	}

	private static boolean isShown(Path path) {
		String name = path.getFileName().toString();
		return !name.startsWith(".") && !name.endsWith(".lock.db") && !name.endsWith(".trace.db");
	}
}
