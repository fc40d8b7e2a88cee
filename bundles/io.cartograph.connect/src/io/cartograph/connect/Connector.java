package io.cartograph.connect;

import java.util.List;
import java.util.Set;

import io.cartograph.model.landscape.AuthenticationType;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.Product;
import io.cartograph.model.landscape.TaskType;

/**
 * Harvests one kind of platform. A connector is stateless and shared: everything about one data
 * source and one run comes in the {@link ConnectorContext}. Adding a platform means one class
 * implementing this interface and one line in {@link ConnectorRegistry#standard()}.
 */
public interface Connector {

	/** The data source type it serves. */
	DataSourceType type();

	/** The products of the platform it can read (may be empty). */
	Set<Product> products();

	/** How it can authenticate, the preferred first. */
	List<AuthenticationType> authenticationTypes();

	/** The settings the data source editor shows for this type. */
	List<ConnectionField> connectionFields();

	/** The tasks it can run, in the order people should run them the first time. */
	List<TaskType> tasks();

	default boolean supports(TaskType type) {
		return tasks().contains(type);
	}

	/**
	 * Runs one task and reports how it ended. Never throws for failures of the platform or the
	 * network: they end in {@link TaskOutcome.Result#FAILED} with a message that says which
	 * endpoint answered what; a {@link Cancellation#cancel()} ends it in
	 * {@link TaskOutcome.Result#CANCELLED}. The sink gets the data as it streams in.
	 */
	TaskOutcome run(ConnectorContext context, TaskType type, HarvestSink sink, TaskProgress progress);

	/** Gets a token if needed and makes one cheap call, reporting precisely what failed. */
	ConnectionCheck testConnection(ConnectorContext context);
}
