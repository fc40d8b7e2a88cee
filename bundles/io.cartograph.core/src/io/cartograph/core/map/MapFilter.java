package io.cartograph.core.map;

import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.TagValue;

/**
 * Which interfaces the map draws. Each part left null lets every interface through; the parts
 * that are set must all admit an interface.
 *
 * @param environment only interfaces of the environment with this name
 * @param tag         only interfaces that carry the tag, or whose sender or receiver system does
 * @param integration only the interfaces of this end-to-end integration
 */
public record MapFilter(String environment, TagValue tag, EndToEndIntegration integration) {

	/** Every interface. */
	public static final MapFilter ALL = new MapFilter(null, null, null);

	public static MapFilter environment(String name) {
		return new MapFilter(name, null, null);
	}

	public MapFilter withEnvironment(String name) {
		return new MapFilter(name, tag, integration);
	}

	public MapFilter withTag(TagValue value) {
		return new MapFilter(environment, value, integration);
	}

	public MapFilter withIntegration(EndToEndIntegration value) {
		return new MapFilter(environment, tag, value);
	}

	public boolean admits(Interface item) {
		if (environment != null && (item.getEnvironment() == null || !environment.equals(item.getEnvironment().getName()))) {
			return false;
		}
		if (tag != null && !item.getTags().contains(tag) && !carries(item.getSender()) && !carries(item.getReceiver())) {
			return false;
		}
		return integration == null || integration.getInterfaces().contains(item);
	}

	private boolean carries(LandscapeSystem system) {
		return system != null && system.getTags().contains(tag);
	}

	/** What the filter keeps, in words, for titles: "Production, tag Criticality: High". */
	public String describe() {
		StringBuilder text = new StringBuilder();
		if (environment != null) {
			text.append(environment);
		}
		if (tag != null) {
			text.append(text.isEmpty() ? "" : ", ").append("tag ").append(MapTags.label(tag));
		}
		if (integration != null) {
			text.append(text.isEmpty() ? "" : ", ").append("integration ").append(integration.getName());
		}
		return text.toString();
	}
}
