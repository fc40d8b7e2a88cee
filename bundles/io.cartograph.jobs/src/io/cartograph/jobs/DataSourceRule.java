package io.cartograph.jobs;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * One rule per data source: the job manager never runs two jobs with the same rule at once, so
 * the tasks of a data source run one after the other while different sources run in parallel.
 */
record DataSourceRule(String dataSourceUuid) implements ISchedulingRule {

	@Override
	public boolean contains(ISchedulingRule rule) {
		return equals(rule);
	}

	@Override
	public boolean isConflicting(ISchedulingRule rule) {
		return equals(rule);
	}
}
