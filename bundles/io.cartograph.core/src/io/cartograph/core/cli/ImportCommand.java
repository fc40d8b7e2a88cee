package io.cartograph.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import io.cartograph.core.exchange.ImportReport;
import io.cartograph.core.exchange.SpreadsheetImport;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceException;

/** {@code cartograph cli import --workspace DIR (--interfaces|--systems|--system-rules|--object-rules) FILE.csv [--dry-run]} */
final class ImportCommand implements CliCommand {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return "Import interfaces, systems or rules from a CSV file (all rows or none)";
	}

	@Override
	public String usage() {
		return "import --workspace DIR (--interfaces|--systems|--system-rules|--object-rules) FILE [--dry-run]";
	}

	@Override
	public List<CliOption> options() {
		List<CliOption> options = new ArrayList<>();
		options.add(CliOption.required("--workspace", "DIR", "the workspace folder"));
		options.addAll(SheetOption.options("the CSV file to read (header row, comma or semicolon separated, UTF-8)"));
		options.add(CliOption.flag("--dry-run", "check every row and report, but change nothing"));
		return options;
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		SheetOption sheet = SheetOption.of(arguments);
		boolean dryRun = arguments.has("--dry-run");
		try (Workspace workspace = Workspace.open(arguments.path("--workspace"))) {
			LandscapeModel model = workspace.model();
			ImportReport report = SpreadsheetImport.run(model, sheet.sheet(), sheet.file(), dryRun);
			report.notices().forEach(notice -> out.println("note: " + notice));
			String file = sheet.file().getFileName().toString();
			report.errors().forEach(error -> err.println(file + ":" + error.line() + ": " + error.reason()));
			if (report.hasErrors()) {
				err.println("cartograph: " + report.summary());
				return 1;
			}
			if (report.applied()) {
				try {
					model.save();
				} catch (IOException e) {
					throw new WorkspaceException("The import worked but the workspace could not be saved: " + e.getMessage(), e);
				}
			}
			out.println(report.summary() + (report.applied() ? " Saved." : ""));
			return 0;
		}
	}
}
