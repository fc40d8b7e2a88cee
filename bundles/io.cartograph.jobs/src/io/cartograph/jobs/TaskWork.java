package io.cartograph.jobs;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;

/**
 * What a task does, as a plain object: testable without the job machinery. It stages its data
 * through {@link TaskContext#run()} and reports the outcome as a status: OK or WARNING succeed
 * the run, ERROR fails it with the status's message, CANCEL (or a cancelled monitor) cancels it.
 * It does not end the run itself; {@link TaskExecution} does. Messages must never hold a secret.
 */
@FunctionalInterface
public interface TaskWork {

	IStatus run(IProgressMonitor monitor);
}
