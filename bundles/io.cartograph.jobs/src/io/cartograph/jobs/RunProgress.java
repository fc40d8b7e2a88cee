package io.cartograph.jobs;

/**
 * How far a running task is, for the Job Monitor.
 *
 * @param task    what the work said it does (its progress monitor's task name)
 * @param subTask what it does right now, may be empty
 * @param done    share of the work done, 0 to 1, or -1 when the work did not say
 * @param read    items read so far
 * @param written items written so far
 */
public record RunProgress(String task, String subTask, double done, long read, long written) {
}
