package io.cartograph.jobs;

import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.RunTrigger;
import io.cartograph.store.RunWriter;

/**
 * What the work of one task run is given.
 *
 * @param dataSource   the data source it harvests (read it, do not change it from the job)
 * @param taskType     what to do
 * @param trigger      manual or scheduled
 * @param run          where to stage data, count items and write the run's log
 * @param cancellation where to register what aborts a call in flight
 */
public record TaskContext(DataSource dataSource, TaskType taskType, RunTrigger trigger, RunWriter run,
		Cancellation cancellation) {
}
