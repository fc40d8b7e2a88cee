package io.cartograph.jobs;

/**
 * Makes the work of a task run; supplied by whoever knows the connectors. May throw an
 * exception with a message for the user (e.g. "SAP_PO data sources do not support RUNTIME"):
 * the run is then recorded as FAILED with that message.
 */
@FunctionalInterface
public interface TaskWorkFactory {

	TaskWork create(TaskContext context);
}
