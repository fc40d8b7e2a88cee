package io.cartograph.core.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import io.cartograph.core.exchange.SpreadsheetExport;
import io.cartograph.core.workspace.Workspace;

/** {@code cartograph cli export --workspace DIR (--interfaces|--systems|--system-rules|--object-rules) FILE(.csv|.json)} */
final class ExportCommand implements CliCommand {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return "Export interfaces, systems or rules to CSV or JSON (the columns import reads)";
	}

	@Override
	public String usage() {
		return "export --workspace DIR (--interfaces|--systems|--system-rules|--object-rules) FILE";
	}

	@Override
	public List<CliOption> options() {
		List<CliOption> options = new ArrayList<>();
		options.add(CliOption.required("--workspace", "DIR", "the workspace folder"));
		options.addAll(SheetOption.options("the file to write, *.csv or *.json (replaced if it exists)"));
		return options;
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		SheetOption sheet = SheetOption.of(arguments);
		SpreadsheetExport.Format.of(sheet.file());
		try (Workspace workspace = Workspace.open(arguments.path("--workspace"))) {
			int rows = SpreadsheetExport.write(workspace.model(), sheet.sheet(), sheet.file());
			out.println("Exported " + rows + " " + sheet.sheet().plural() + " to " + sheet.file());
			return 0;
		}
	}
}
