package io.cartograph.core.map;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cartograph.model.landscape.Interface;
import io.cartograph.store.ArtifactTraffic;
import io.cartograph.store.HarvestedData;

/**
 * Messages per interface, for flows weighted by traffic. A stored message belongs to an
 * interface when it came from the interface's data source and its artifact id is the
 * interface's external id (as the dashboard's traffic KPIs count). One grouped query per data
 * source: reads the store, so call it off the UI thread.
 */
public final class MapTraffic {

	/** How far back the map counts messages. */
	public static final int DAYS = 30;

	private MapTraffic() {
	}

	/** Messages each interface processed since {@code since}; interfaces without any are left out. */
	public static Map<Interface, Long> since(HarvestedData data, Collection<Interface> interfaces, Instant since) {
		Map<String, Map<String, List<Interface>>> bySource = new LinkedHashMap<>();
		for (Interface item : interfaces) {
			if (item.getDataSource() != null && item.getDataSource().getUuid() != null && item.getExternalId() != null) {
				bySource.computeIfAbsent(item.getDataSource().getUuid(), uuid -> new HashMap<>())
						.computeIfAbsent(item.getExternalId(), id -> new ArrayList<>()).add(item);
			}
		}
		Map<Interface, Long> messages = new HashMap<>();
		bySource.forEach((source, byArtifact) -> {
			for (ArtifactTraffic row : data.trafficSince(source, since)) {
				for (Interface item : byArtifact.getOrDefault(row.artifactId(), List.of())) {
					messages.put(item, row.messages());
				}
			}
		});
		return messages;
	}
}
