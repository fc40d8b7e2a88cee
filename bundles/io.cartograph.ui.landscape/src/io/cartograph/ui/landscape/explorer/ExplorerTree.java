package io.cartograph.ui.landscape.explorer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import io.cartograph.ui.WidgetTags;
import io.cartograph.ui.landscape.ModelImages;

/**
 * The explorer's SWT tree, virtual: a row gets its label, icon and child count only when it is
 * about to be painted, so a group of 100,000 interfaces costs as much as the rows on screen.
 */
final class ExplorerTree {

	private final Tree tree;
	private final ModelImages images;
	/** The rows that were filled so far: a refresh fills these again, and leaves the rest to painting. */
	private final Set<TreeItem> filled = new LinkedHashSet<>();
	private ExplorerContent content;

	ExplorerTree(Composite parent, String id) {
		tree = WidgetTags.tag(new Tree(parent, SWT.VIRTUAL | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL), id);
		images = new ModelImages(tree);
		tree.addListener(SWT.SetData, this::fill);
	}

	Tree widget() {
		return tree;
	}

	/** Shows another model (or none). */
	void show(ExplorerContent next) {
		content = next;
		images.use(next == null ? null : next.model().adapterFactory());
		tree.removeAll();
		filled.clear();
		tree.setItemCount(next == null ? 0 : next.children(null).length);
	}

	ExplorerContent content() {
		return content;
	}

	private void fill(Event event) {
		TreeItem item = (TreeItem) event.item;
		TreeItem parentItem = item.getParentItem();
		if (content == null || parentItem != null && parentItem.getData() == null) {
			return;
		}
		Object[] siblings = content.children(parentItem == null ? null : parentItem.getData());
		if (event.index >= siblings.length) {
			return;
		}
		show(item, siblings[event.index]);
		filled.add(item);
	}

	private void show(TreeItem item, Object node) {
		if (item.getData() != node) {
			item.setData(node);
		}
		String label = content.label(node);
		if (!label.equals(item.getText())) {
			item.setText(label);
		}
		Image image = images.of(node);
		if (item.getImage() != image) {
			item.setImage(image);
		}
		int count = content.childCount(node);
		if (item.getItemCount() != count) {
			item.setItemCount(count);
		}
	}

	/**
	 * Shows the model as it is now. Only rows that were filled before are filled again, parents
	 * first (clearing a whole virtual tree would make GTK measure every one of 100,000 rows).
	 * The selection stays on the same objects where they are still shown.
	 */
	void refresh() {
		if (content == null) {
			return;
		}
		List<Object> selected = selection();
		tree.setRedraw(false);
		try {
			tree.setItemCount(content.children(null).length);
			List<TreeItem> rows = new ArrayList<>(filled);
			rows.sort(Comparator.comparingInt(ExplorerTree::depth));
			for (TreeItem item : rows) {
				if (item.isDisposed()) {
					filled.remove(item);
					continue;
				}
				TreeItem parentItem = item.getParentItem();
				Object[] siblings = content.children(parentItem == null ? null : parentItem.getData());
				int index = parentItem == null ? tree.indexOf(item) : parentItem.indexOf(item);
				if (index >= 0 && index < siblings.length) {
					show(item, siblings[index]);
				}
			}
			filled.removeIf(TreeItem::isDisposed);
			select(selected);
		} finally {
			tree.setRedraw(true);
		}
	}

	private static int depth(TreeItem item) {
		int depth = 0;
		for (TreeItem parent = item.getParentItem(); parent != null; parent = parent.getParentItem()) {
			depth++;
		}
		return depth;
	}

	/** The selected nodes (groups and objects). */
	List<Object> selection() {
		List<Object> nodes = new ArrayList<>();
		for (TreeItem item : tree.getSelection()) {
			if (item.getData() != null) {
				nodes.add(item.getData());
			}
		}
		return nodes;
	}

	/** Selects the nodes, opening their parents and scrolling the first into view. */
	void select(Collection<?> nodes) {
		List<TreeItem> items = new ArrayList<>();
		for (Object node : nodes) {
			TreeItem item = reveal(node);
			if (item != null) {
				items.add(item);
			}
		}
		tree.setSelection(items.toArray(TreeItem[]::new));
		if (!items.isEmpty()) {
			tree.showItem(items.get(0));
		}
	}

	/** The row of a node, made and its parents expanded; null when the node is not in the tree. */
	TreeItem reveal(Object node) {
		Deque<Object> path = new ArrayDeque<>();
		for (Object step = node; step != null; step = content.parent(step)) {
			path.push(step);
		}
		TreeItem item = null;
		Object parent = null;
		for (Object step : path) {
			int index = content.indexOf(parent, step);
			if (index < 0) {
				return null;
			}
			if (item != null && !item.getExpanded()) {
				item.setExpanded(true);
			}
			item = item == null ? tree.getItem(index) : item.getItem(index);
			if (item.getData() == null) {
				// A row not painted yet: fill it now rather than at the next paint.
				item.getText();
			}
			parent = step;
		}
		return item;
	}
}
