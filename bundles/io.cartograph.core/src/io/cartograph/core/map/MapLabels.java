package io.cartograph.core.map;

import java.util.List;

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
		return system(graph.nodes().get(node), graph.interfacesFrom(node), graph.interfacesTo(node));
	}

	/** As {@link #system(SystemGraph, int)}, with the counts known (the SVG counts all nodes' in one pass). */
	static String system(String name, long sent, long received) {
		return name + ": sends " + count(sent, "interface") + ", receives " + grouped(received);
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
		return grouped(n) + ' ' + noun + (n == 1 ? "" : "s");
	}

	/** 1234567 as "1,234,567" (String.format took most of an SVG's time). */
	static String grouped(long n) {
		String digits = Long.toString(Math.abs(n));
		StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3 + 1);
		if (n < 0) {
			text.append('-');
		}
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0) {
				text.append(',');
			}
			text.append(digits.charAt(i));
		}
		return text.toString();
	}
}
