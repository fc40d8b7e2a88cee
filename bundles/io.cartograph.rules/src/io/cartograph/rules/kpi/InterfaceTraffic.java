package io.cartograph.rules.kpi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.Interface;
import io.cartograph.store.ArtifactTraffic;
import io.cartograph.store.DailyTraffic;
import io.cartograph.store.HarvestedData;

/**
 * The store's traffic, attributed to interfaces. A message record belongs to an interface when
 * the record's data source is the interface's data source and the record's artifact id equals
 * the interface's external id (exactly). Records of artifacts no interface stands for are not
 * counted; interfaces without data source or external id have no traffic.
 */
final class InterfaceTraffic {

	private final HarvestedData data;
	private final Map<String, List<Interface>> byKey = new HashMap<>();
	private final Set<DataSource> sources = new LinkedHashSet<>();

	InterfaceTraffic(HarvestedData data, Collection<Interface> interfaces) {
		this.data = data;
		for (Interface item : interfaces) {
			if (item.getDataSource() != null && item.getExternalId() != null && item.getDataSource().getUuid() != null) {
				byKey.computeIfAbsent(key(item.getDataSource().getUuid(), item.getExternalId()), k -> new ArrayList<>()).add(item);
				sources.add(item.getDataSource());
			}
		}
	}

	/** Messages per interface since an instant (one grouped query per data source). */
	Map<Interface, ArtifactTraffic> since(Instant since) {
		Map<Interface, ArtifactTraffic> traffic = new HashMap<>();
		for (DataSource source : sources) {
			for (ArtifactTraffic row : data.trafficSince(source.getUuid(), since)) {
				for (Interface item : byKey.getOrDefault(key(source.getUuid(), row.artifactId()), List.of())) {
					traffic.put(item, row);
				}
			}
		}
		return traffic;
	}

	/** Messages per interface and UTC day since an instant, each interface's days in order. */
	Map<Interface, List<DailyTraffic>> daily(Instant since) {
		Map<Interface, List<DailyTraffic>> traffic = new HashMap<>();
		for (DataSource source : sources) {
			for (DailyTraffic row : data.dailyTraffic(source.getUuid(), since)) {
				for (Interface item : byKey.getOrDefault(key(source.getUuid(), row.artifactId()), List.of())) {
					traffic.computeIfAbsent(item, k -> new ArrayList<>()).add(row);
				}
			}
		}
		return traffic;
	}

	private static String key(String dataSourceUuid, String externalId) {
		return dataSourceUuid + '\n' + externalId;
	}
}
