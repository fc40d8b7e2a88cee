package io.cartograph.ui;

import org.eclipse.swt.widgets.Widget;

/**
 * Stable names on the widgets that tests and the screenshot report look for. SWTBot is not
 * available here, so UI tests find widgets by this data key instead of by label or position.
 */
public final class WidgetTags {

	/** The data key under which every tagged widget carries its stable id. */
	public static final String KEY = "cartograph.id";

	private WidgetTags() {
	}

	public static <W extends Widget> W tag(W widget, String id) {
		widget.setData(KEY, id);
		return widget;
	}

	public static String idOf(Widget widget) {
		Object id = widget.getData(KEY);
		return id instanceof String text ? text : null;
	}
}
