package io.cartograph.ui.dashboard;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

import io.cartograph.ui.WidgetTags;
import io.cartograph.ui.dashboard.Tile.Row;

/**
 * Below the tiles: the rows behind the tile last clicked (least robust interfaces,
 * decommissioning candidates, ...). Double-click on an interface opens it.
 */
final class TileDetails {

	static final String TITLE_ID = "dashboard.details.title";
	static final String LIST_ID = "dashboard.details";

	private final CLabel title;
	private final org.eclipse.swt.widgets.List list;
	private List<Row> rows = List.of();
	private String tileId;

	TileDetails(Composite parent, Consumer<Object> open) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(1, false));
		title = WidgetTags.tag(new CLabel(area, SWT.NONE), TITLE_ID);
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		list = WidgetTags.tag(new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL), LIST_ID);
		list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		list.addListener(SWT.DefaultSelection, event -> {
			int index = list.getSelectionIndex();
			if (index >= 0 && index < rows.size() && rows.get(index).object() != null) {
				open.accept(rows.get(index).object());
			}
		});
		show(null);
	}

	/** Shows a tile's rows, or the hint when none is chosen. */
	void show(Tile tile) {
		if (list.isDisposed()) {
			return;
		}
		tileId = tile == null ? null : tile.id();
		rows = tile == null ? List.of() : tile.details();
		if (tile == null) {
			title.setText("Click a tile to list what is behind it.");
		} else if (rows.isEmpty()) {
			title.setText(tile.title() + ": nothing to list.");
		} else {
			title.setText(tile.title() + ": " + rows.size() + (rows.size() == 1 ? " row" : " rows")
					+ (rows.stream().anyMatch(row -> row.object() != null) ? " (double-click opens the interface)" : ""));
		}
		list.setItems(rows.stream().map(Row::text).toArray(String[]::new));
		title.getParent().layout();
	}

	String shownTile() {
		return tileId;
	}
}
