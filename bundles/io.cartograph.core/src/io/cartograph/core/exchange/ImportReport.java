package io.cartograph.core.exchange;

import java.util.List;

/**
 * What an import did or, when a row is bad, why it did nothing.
 *
 * @param sheet     what was imported
 * @param rows      the data rows read (the header not counted)
 * @param created   objects the import creates (or would create, in a dry run / when rejected)
 * @param updated   existing objects it changes
 * @param unchanged rows that match an existing object exactly
 * @param notices   things worth knowing that do not stop the import (systems created, columns ignored)
 * @param errors    bad rows, with the line they start on; when there is one, nothing was imported
 * @param dryRun    whether the import only looked (then nothing is changed, however good the rows)
 */
public record ImportReport(Sheet sheet, int rows, int created, int updated, int unchanged, List<String> notices,
		List<RowError> errors, boolean dryRun) {

	/** A row that cannot be imported: its line in the file (1 is the header) and why. */
	public record RowError(int line, String reason) {
		@Override
		public String toString() {
			return "line " + line + ": " + reason;
		}
	}

	public boolean hasErrors() {
		return !errors.isEmpty();
	}

	/** Whether the rows were taken into the model (as one command). */
	public boolean applied() {
		return !dryRun && errors.isEmpty() && created + updated > 0;
	}

	/** One line for people: {@code 120 rows: 100 interfaces created, 15 updated, 5 unchanged.} */
	public String summary() {
		String counts = rows + (rows == 1 ? " row" : " rows") + ": " + created + " " + sheet.plural() + " created, "
				+ updated + " updated, " + unchanged + " unchanged";
		if (hasErrors()) {
			return errors.size() + (errors.size() == 1 ? " bad row" : " bad rows")
					+ "; nothing was imported (all rows or none). Correct the file and import it again.";
		}
		return dryRun ? counts + " (dry run: nothing was changed)." : counts + ".";
	}
}
