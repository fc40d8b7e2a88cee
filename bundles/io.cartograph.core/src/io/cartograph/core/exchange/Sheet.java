package io.cartograph.core.exchange;

import java.util.List;

/** The kinds of spreadsheet Cartograph reads and writes, with their fixed columns in file order. */
public enum Sheet {
	INTERFACES("interfaces", List.of(InterfaceSheet.INTERFACE, InterfaceSheet.EXTERNAL_ID, InterfaceSheet.DATA_SOURCE,
			InterfaceSheet.ENVIRONMENT, InterfaceSheet.SENDER, InterfaceSheet.RECEIVER, InterfaceSheet.ADAPTER,
			InterfaceSheet.AUTHENTICATION, InterfaceSheet.TYPE)),
	SYSTEMS("systems", List.of("Name", "Description", "Owner", "Aliases")),
	SYSTEM_RULES("system rules", List.of("Interface", "OriginalSystem", "HarmonizedSystem", "DataSource", "Enabled", "Description")),
	OBJECT_RULES("object rules", List.of("Interface", "HarmonizedObject", "Enabled", "Description"));

	private final String plural;
	private final List<String> columns;

	Sheet(String plural, List<String> columns) {
		this.plural = plural;
		this.columns = columns;
	}

	/** {@code interfaces}, {@code system rules}: how messages count the rows' objects. */
	public String plural() {
		return plural;
	}

	/** The fixed columns; interface sheets add one column per interface property definition. */
	public List<String> columns() {
		return columns;
	}

	/** The first column, which every row must fill. */
	String keyColumn() {
		return columns.get(0);
	}

	SheetFormat format() {
		return switch (this) {
		case INTERFACES -> new InterfaceSheet();
		case SYSTEMS -> new SystemSheet();
		case SYSTEM_RULES -> new SystemRuleSheet();
		case OBJECT_RULES -> new ObjectRuleSheet();
		};
	}
}
