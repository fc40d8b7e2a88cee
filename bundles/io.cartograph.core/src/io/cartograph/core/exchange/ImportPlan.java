package io.cartograph.core.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The changes an import would make, gathered as EMF commands and only executed when every row
 * was good, and the problems and notices found on the way.
 */
final class ImportPlan {

	private final EditingDomain domain;
	private final List<Command> commands = new ArrayList<>();
	private final List<ImportReport.RowError> errors = new ArrayList<>();
	private final Set<String> notices = new LinkedHashSet<>();
	private int created;
	private int updated;
	private int unchanged;

	ImportPlan(EditingDomain domain) {
		this.domain = domain;
	}

	void error(int line, String reason) {
		errors.add(new ImportReport.RowError(line, reason));
	}

	void notice(String notice) {
		notices.add(notice);
	}

	boolean hasErrors() {
		return !errors.isEmpty();
	}

	int errorCount() {
		return errors.size();
	}

	/** Sets a single value if it differs from the current one. */
	void set(EObject owner, EStructuralFeature feature, Object value) {
		if (!Objects.equals(owner.eGet(feature), value)) {
			commands.add(new SetCommand(domain, owner, feature, value));
		}
	}

	/** Makes a many-valued attribute (adapters, aliases) hold exactly {@code values}, if it does not already. */
	void replace(EObject owner, EAttribute feature, List<String> values) {
		if (!((List<?>) owner.eGet(feature)).equals(values)) {
			// A set of the whole list keeps a copy of the old one for undo.
			commands.add(new SetCommand(domain, owner, feature, new ArrayList<>(values)));
		}
	}

	void add(EObject owner, EStructuralFeature feature, Collection<?> values) {
		if (!values.isEmpty()) {
			commands.add(new AddCommand(domain, owner, feature, new ArrayList<>(values)));
		}
	}

	void remove(EObject owner, EStructuralFeature feature, Object value) {
		commands.add(new RemoveCommand(domain, owner, feature, value));
	}

	/** How many commands are planned; a row that added none changes nothing. */
	int size() {
		return commands.size();
	}

	void created() {
		created++;
	}

	/** Counts a row that matched an existing object as updated or unchanged. */
	void matched(int commandsBefore) {
		if (commands.size() > commandsBefore) {
			updated++;
		} else {
			unchanged++;
		}
	}

	/** The whole import as one command, so that one Undo takes all of it back. */
	Command command(String label) {
		CompoundCommand compound = new CompoundCommand(label);
		commands.forEach(compound::append);
		return compound;
	}

	ImportReport report(Sheet sheet, int rows, boolean dryRun) {
		List<ImportReport.RowError> sorted = new ArrayList<>(errors);
		sorted.sort(Comparator.comparingInt(ImportReport.RowError::line));
		return new ImportReport(sheet, rows, created, updated, unchanged, List.copyOf(notices), List.copyOf(sorted), dryRun);
	}
}
