package io.cartograph.core.map;

import io.cartograph.model.landscape.TagCategory;
import io.cartograph.model.landscape.TagValue;

/** How the map names a tag: its category and value, as people read them ("Criticality: High"). */
public final class MapTags {

	private MapTags() {
	}

	public static String label(TagValue tag) {
		String value = tag.getName() == null ? "(unnamed)" : tag.getName();
		return tag.eContainer() instanceof TagCategory category && category.getName() != null ? category.getName() + ": " + value
				: value;
	}
}
