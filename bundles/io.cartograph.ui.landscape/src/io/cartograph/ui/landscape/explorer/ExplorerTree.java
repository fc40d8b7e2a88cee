package io.cartograph.ui.landscape.explorer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;

import org.eclipse.swt.SWT;
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
		Object node = siblings[event.index];
		item.setData(node);
		item.setText(content.label(node));
		item.setImage(images.of(node));
		item.setItemCount(content.childCount(node));
	}

	/**
	 * Shows the model as it is now: rows are filled again when painted, and the counts of the
	 * open nodes follow. The selection stays on the same objects where they are still shown.
	 */
	void refresh() {
		if (content == null) {
			return;
		}
		List<Object> selected = selection();
		tree.setRedraw(false);
		try {
			refreshCounts(null, tree.getItems());
			tree.clearAll(true);
			select(selected);
		} finally {
			tree.setRedraw(true);
		}
	}

	/** Updates the counts below open nodes; large lists are not walked (their rows hold no open nodes worth keeping). */
	private void refreshCounts(Object parent, TreeItem[] items) {
		Object[] children = content.children(parent);
		for (int index = 0; index < items.length && index < children.length; index++) {
			TreeItem item = items[index];
			Object node = children[index];
			int count = content.childCount(node);
			if (item.getItemCount() != count) {
				item.setItemCount(count);
			}
			if (item.getExpanded() && count > 0 && count <= 1000) {
				refreshCounts(node, item.getItems());
			}
		}
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
			if (item.getData() != step) {
				// A cleared row: ask for its data now rather than at the next paint.
				item.getText();
			}
			parent = step;
		}
		return item;
	}
}
