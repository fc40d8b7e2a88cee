package io.cartograph.core.map;

import java.util.List;
import java.util.Locale;

import io.cartograph.core.map.SystemGraph.Edge;
import io.cartograph.model.landscape.Interface;

/** The words the map shows on hover, the same in the SVG's titles and the workbench's tooltips. */
public final class MapLabels {

	/** A flow's hover lists at most this many interfaces by name. */
	static final int LISTED = 12;

	private MapLabels() {
	}

	/** "ERP: sends 4 interfaces, receives 2". */
	public static String system(SystemGraph graph, int node) {
		return graph.nodes().get(node) + ": sends " + count(graph.interfacesFrom(node), "interface") + ", receives "
				+ graph.interfacesTo(node);
	}

	/** "Shop → ERP: 2 interfaces" and, when known, ", 1,234 messages in 30 days". */
	public static String flowSummary(SystemGraph graph, Edge edge, boolean withMessages) {
		return graph.nodes().get(edge.from()) + " \u2192 " + graph.nodes().get(edge.to()) + ": "
				+ count(edge.interfaceCount(), "interface")
				+ (withMessages ? ", " + count(edge.messages(), "message") + " in " + MapTraffic.DAYS + " days" : "");
	}

	/** The summary, then a line per interface: name, environment and, when known, its messages. */
	public static String flow(SystemGraph graph, Edge edge, java.util.Map<Interface, Long> messages, boolean withMessages) {
		StringBuilder text = new StringBuilder(flowSummary(graph, edge, withMessages));
		List<Interface> interfaces = edge.interfaces();
		for (int i = 0; i < Math.min(LISTED, interfaces.size()); i++) {
			Interface item = interfaces.get(i);
			text.append("\n\u2022 ").append(item.getName() == null ? "(unnamed)" : item.getName());
			if (item.getEnvironment() != null) {
				text.append(" (").append(item.getEnvironment().getName()).append(')');
			}
			if (withMessages) {
				text.append(": ").append(count(messages.getOrDefault(item, 0L), "message"));
			}
		}
		if (interfaces.size() > LISTED) {
			text.append("\n\u2026 and ").append(interfaces.size() - LISTED).append(" more");
		}
		return text.toString();
	}

	static String count(long n, String noun) {
		return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
	}
}
