package io.cartograph.jobs;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.Task;
import io.cartograph.model.landscape.TaskType;

/** Data sources and tasks as the model holds them. */
final class Fixtures {

	private Fixtures() {
	}

	static DataSource source(String name) {
		DataSource source = LandscapeFactory.eINSTANCE.createDataSource();
		source.setUuid("uuid-" + name);
		source.setName(name);
		return source;
	}

	static Task task(DataSource source, TaskType type, String recurrence) {
		Task task = LandscapeFactory.eINSTANCE.createTask();
		task.setUuid(source.getUuid() + "-" + type);
		task.setType(type);
		task.setRecurrence(recurrence);
		task.setEnabled(true);
		source.getTasks().add(task);
		return task;
	}

	static IStatus error(String message) {
		return new Status(IStatus.ERROR, "io.cartograph.jobs.tests", message);
	}
}
