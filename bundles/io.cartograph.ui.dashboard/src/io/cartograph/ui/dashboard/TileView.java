package io.cartograph.ui.dashboard;

import java.util.function.Consumer;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import io.cartograph.ui.WidgetTags;

/**
 * One tile on the dashboard: a band in the KPI's colour along the top, the title, the main
 * figure, what it means, and a bar chart when the tile has bars. A click anywhere on it tells
 * the dashboard. Widgets carry ids made of the tile's id and ".figure", ".explanation",
 * ".band", ".chart".
 */
final class TileView extends Composite {

	private static final String FIGURE_FONT = "io.cartograph.ui.dashboard.figure";
	private final Tile tile;

	TileView(Composite parent, Tile tile, Consumer<Tile> clicked) {
		super(parent, SWT.BORDER);
		this.tile = tile;
		WidgetTags.tag(this, tile.id());
		setBackground(TileColours.background(getDisplay(), tile.colour()));
		setBackgroundMode(SWT.INHERIT_FORCE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 4;
		setLayout(layout);

		Label band = WidgetTags.tag(new Label(this, SWT.NONE), tile.id() + ".band");
		GridData bandData = new GridData(SWT.FILL, SWT.TOP, true, false);
		bandData.heightHint = 6;
		band.setLayoutData(bandData);
		band.setBackground(TileColours.band(getDisplay(), tile.colour()));

		Label title = WidgetTags.tag(new Label(this, SWT.NONE), tile.id() + ".title");
		title.setText(tile.title());
		title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		title.setLayoutData(indented(new GridData(SWT.FILL, SWT.TOP, true, false)));

		Label figure = WidgetTags.tag(new Label(this, SWT.NONE), tile.id() + ".figure");
		figure.setText(tile.figure());
		figure.setFont(figureFont());
		figure.setLayoutData(indented(new GridData(SWT.FILL, SWT.TOP, true, false)));

		Label explanation = WidgetTags.tag(new Label(this, SWT.WRAP), tile.id() + ".explanation");
		explanation.setText(tile.explanation());
		GridData explained = indented(new GridData(SWT.FILL, SWT.TOP, true, false));
		explained.widthHint = 220;
		explanation.setLayoutData(explained);

		if (!tile.bars().isEmpty()) {
			BarChart chart = WidgetTags.tag(new BarChart(this), tile.id() + ".chart");
			chart.show(tile.bars());
			chart.setLayoutData(indented(new GridData(SWT.FILL, SWT.FILL, true, true)));
		}
		Label gap = new Label(this, SWT.NONE);
		gap.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, true));

		setToolTipText("Click for the list behind \"" + tile.title() + "\"");
		Cursor hand = getDisplay().getSystemCursor(SWT.CURSOR_HAND);
		for (Control each : new Control[] { this, band, title, figure, explanation, gap }) {
			each.setCursor(hand);
			each.addListener(SWT.MouseUp, event -> clicked.accept(tile));
		}
		for (Control each : getChildren()) {
			if (each instanceof BarChart chart) {
				chart.setCursor(hand);
				chart.addListener(SWT.MouseUp, event -> clicked.accept(tile));
			}
		}
	}

	Tile tile() {
		return tile;
	}

	private static GridData indented(GridData data) {
		data.horizontalIndent = 8;
		return data;
	}

	private Font figureFont() {
		if (!JFaceResources.getFontRegistry().hasValueFor(FIGURE_FONT)) {
			JFaceResources.getFontRegistry().put(FIGURE_FONT,
					FontDescriptor.createFrom(JFaceResources.getDefaultFont()).setHeight(20).setStyle(SWT.BOLD)
							.getFontData());
		}
		return JFaceResources.getFontRegistry().get(FIGURE_FONT);
	}
}
