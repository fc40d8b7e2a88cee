package io.cartograph.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cartograph.connect.cpi.CloudIntegrationConnector;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceType;

/**
 * The connectors Cartograph knows. A plain list so that the CLI, the jobs and tests use it without
 * an OSGi service registry; {@link #standard()} holds the built-in ones.
 */
public final class ConnectorRegistry {

	private final List<Connector> connectors;

	public ConnectorRegistry(List<? extends Connector> connectors) {
		this.connectors = List.copyOf(connectors);
	}

	/** The connectors that come with Cartograph. */
	public static ConnectorRegistry standard() {
		List<Connector> list = new ArrayList<>();
		list.add(new CloudIntegrationConnector());
		return new ConnectorRegistry(list);
	}

	public List<Connector> connectors() {
		return connectors;
	}

	/** The first connector for a data source type, if there is one. */
	public Optional<Connector> forType(DataSourceType type) {
		return connectors.stream().filter(c -> c.type() == type).findFirst();
	}

	/**
	 * The connector for a data source: same type and, when the data source names products, one
	 * of them (SAP_BTP covers Cloud Integration, API Management and Event Mesh, each its own
	 * connector).
	 */
	public Optional<Connector> forDataSource(DataSource dataSource) {
		return connectors.stream()
				.filter(c -> c.type() == dataSource.getType())
				.filter(c -> dataSource.getProducts().isEmpty() || c.products().isEmpty()
						|| dataSource.getProducts().stream().anyMatch(c.products()::contains))
				.findFirst();
	}
}
