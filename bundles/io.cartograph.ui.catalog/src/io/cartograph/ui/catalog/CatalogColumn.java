package io.cartograph.ui.catalog;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import io.cartograph.model.landscape.ComplexityClass;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.Named;

/** The catalog's columns, in the order shown: each says how an interface reads in it. */
public enum CatalogColumn {

	NAME("Name", 250, Interface::getName),
	EXTERNAL_ID("External id", 150, Interface::getExternalId),
	DATA_SOURCE("Data source", 110, i -> name(i.getDataSource())),
	ENVIRONMENT("Environment", 100, i -> name(i.getEnvironment())),
	TYPE("Type", 125, Interface::getType),
	STATUS("Status", 75, Interface::getStatus),
	ORIGINAL_SENDER("Original sender", 120, Interface::getOriginalSender),
	ORIGINAL_RECEIVER("Original receiver", 125, Interface::getOriginalReceiver),
	SENDER("Sender (harmonized)", 150, i -> name(i.getSender())),
	RECEIVER("Receiver (harmonized)", 155, i -> name(i.getReceiver())),
	ADAPTERS("Adapters", 120, i -> joined(i.getAdapters())),
	AUTHENTICATION("Authentication", 130, i -> joined(i.getAuthenticationMethods())),
	COMPLEXITY("Complexity", 85, i -> complexity(i.getComplexity())),
	LAST_TRAFFIC("Last traffic", 120, i -> date(i.getLastTraffic())),
	TAGS("Tags", 140, i -> joined(i.getTags().stream().map(CatalogColumn::name).toList()));

	/** Minutes are enough to tell traffic apart; UTC so that every user sorts alike. */
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneOffset.UTC);

	private final String label;
	private final int width;
	private final Function<Interface, String> text;

	CatalogColumn(String label, int width, Function<Interface, String> text) {
		this.label = label;
		this.width = width;
		this.text = text;
	}

	public String label() {
		return label;
	}

	int width() {
		return width;
	}

	/** The cell's text, never null. */
	public String text(Interface row) {
		String value = text.apply(row);
		return value == null ? "" : value;
	}

	/** The column with this label (as shown in the header), for filters passed by other views. */
	public static CatalogColumn byLabel(String label) {
		for (CatalogColumn column : values()) {
			if (column.label.equalsIgnoreCase(label) || column.name().equalsIgnoreCase(label)) {
				return column;
			}
		}
		throw new IllegalArgumentException("No catalog column '" + label + "'");
	}

	private static String name(Named named) {
		return named == null ? "" : named.getName();
	}

	private static String joined(List<String> values) {
		return values.isEmpty() ? "" : String.join(", ", values);
	}

	private static String complexity(ComplexityClass complexity) {
		return complexity == null ? "" : complexity.getLiteral();
	}

	private static String date(Date date) {
		return date == null ? "" : DATE.format(date.toInstant());
	}
}
