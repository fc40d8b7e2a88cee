package io.cartograph.rules.kpi;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;
import io.cartograph.rules.fit.StrategyFit;
import io.cartograph.rules.todo.TodoCriteria;
import io.cartograph.rules.todo.TodoList;
import io.cartograph.store.HarvestedData;

/**
 * Computes every KPI of the dashboard. Productive interfaces are those whose environment is
 * named Production (case-insensitive). Traffic KPIs read the store's message records (see
 * {@link InterfaceTraffic} for how records find their interface); the others read the model.
 */
public final class Kpis {

	private final Clock clock;

	public Kpis(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/**
	 * @param interfaces   the interface catalog
	 * @param integrations the end-to-end integrations
	 * @param settings     the dashboard settings ({@link KpiSettings#of})
	 * @param todo         the To-do criteria ({@link TodoCriteria#of})
	 * @param strategy     the strategy fits ({@link StrategyFit#of})
	 * @param data         the store's harvested data
	 */
	public KpiReport compute(List<Interface> interfaces, List<EndToEndIntegration> integrations, KpiSettings settings,
			TodoCriteria todo, StrategyFit strategy, HarvestedData data) {
		Instant now = clock.instant();
		List<Interface> productive = interfaces.stream().filter(TrafficKpis::isProduction).toList();
		TrafficKpis traffic = new TrafficKpis(new InterfaceTraffic(data, interfaces), settings, now, productive);
		return new KpiReport(now, traffic.robustness(), traffic.decommissioning(), InventoryKpis.complexity(interfaces),
				traffic.timing(), traffic.monthly(), traffic.errors(interfaces), traffic.anomalies(),
				InventoryKpis.coverage(interfaces, new TodoList(todo)), InventoryKpis.landscapeCheck(interfaces),
				InventoryKpis.integrations(interfaces, integrations),
				InventoryKpis.top5(strategy.adapterRows(interfaces, integrations)),
				InventoryKpis.top5(strategy.authenticationRows(interfaces, integrations)),
				InventoryKpis.fitCounts(interfaces, strategy::adapterFit),
				InventoryKpis.fitCounts(interfaces, strategy::authenticationFit));
	}
}
