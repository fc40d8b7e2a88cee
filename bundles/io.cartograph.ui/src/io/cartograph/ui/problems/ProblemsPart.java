package io.cartograph.ui.problems;

import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Composite;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.validation.ModelValidation;
import io.cartograph.core.validation.Problem;
import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.ui.LandscapeTopics;
import io.cartograph.ui.SummaryTable;
import io.cartograph.ui.FollowedModel;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Problems view: what validation finds in the open workspace, errors first, checked again
 * shortly after every change. Double-click opens the object at fault.
 */
public class ProblemsPart {

	public static final String TABLE_ID = "problems.table";
	public static final String SUMMARY_ID = "problems.summary";
	/** Waits for a pause in typing before checking again. */
	static final int SETTLE_MILLIS = 400;

	@Inject
	private WorkspaceSession session;

	@Inject
	private UISynchronize ui;

	@Inject
	@Optional
	private IEventBroker events;

	private SummaryTable list;
	private FollowedModel followed;
	private final Runnable check = this::scheduleValidation;
	private final CommandStackListener onEdit = event -> ui.asyncExec(this::soon);
	private Job validation;

	@PostConstruct
	public void create(Composite parent) {
		list = new SummaryTable(parent, SUMMARY_ID, TABLE_ID);
		list.column("Severity", 80, Problem.class, problem -> label(problem.severity()));
		list.column("Description", 520, Problem.class, Problem::message);
		list.column("Element", 280, Problem.class, Problem::path);
		list.column("File", 120, Problem.class, Problem::file);
		list.viewer().addDoubleClickListener(event -> {
			Object selected = list.viewer().getStructuredSelection().getFirstElement();
			if (selected instanceof Problem problem && problem.object() != null && events != null) {
				events.send(LandscapeTopics.OPEN, problem.object());
			}
		});
		followed = new FollowedModel(session, ui, onEdit, this::watch);
		followed.start();
	}

	private void watch() {
		if (followed.current() == null) {
			show(List.of(), "No workspace is open.");
			return;
		}
		scheduleValidation();
	}

	private void soon() {
		if (!list.isDisposed()) {
			list.viewer().getControl().getDisplay().timerExec(SETTLE_MILLIS, check);
		}
	}

	/** Validates in the background: a big landscape must not freeze the window. */
	private void scheduleValidation() {
		LandscapeModel model = followed.current();
		if (model == null || list.isDisposed()) {
			return;
		}
		if (validation != null) {
			validation.cancel();
		}
		validation = Job.create("Check the landscape", monitor -> {
			List<Problem> problems;
			try {
				problems = ModelValidation.validate(model);
			} catch (RuntimeException changedMeanwhile) {
				// An edit raced the check: the edit's own notification schedules the next one.
				return Status.CANCEL_STATUS;
			}
			if (!monitor.isCanceled()) {
				ui.asyncExec(() -> {
					if (model == followed.current()) {
						show(problems, summary(problems));
					}
				});
			}
			return Status.OK_STATUS;
		});
		validation.setSystem(true);
		validation.schedule();
	}

	void show(List<Problem> problems, String summary) {
		if (!list.isDisposed()) {
			list.show(problems, summary);
		}
	}

	static String summary(List<Problem> problems) {
		if (problems.isEmpty()) {
			return "No problems.";
		}
		long errors = problems.stream().filter(Problem::isError).count();
		long warnings = problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
		return errors + " error(s), " + warnings + " warning(s), " + (problems.size() - errors - warnings) + " other(s).";
	}

	@PreDestroy
	public void dispose() {
		followed.stop();
		if (validation != null) {
			validation.cancel();
		}
	}

	private static String label(Problem.Severity severity) {
		String name = severity.name().toLowerCase();
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}
}
