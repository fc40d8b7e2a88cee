package io.cartograph.core.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.Environment;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.PropertyDefinition;
import io.cartograph.model.landscape.PropertyHolder;
import io.cartograph.model.landscape.PropertyValue;
import io.cartograph.model.landscape.TagValue;

/**
 * One run of the generator: the model it fills, the seeded random sequences, and what earlier
 * parts created that later parts refer to.
 */
final class Sample {

	/** "Now" in the sample, fixed so that the same seed gives the same dates. */
	static final Instant NOW = Instant.parse("2026-03-31T06:00:00Z");

	final LandscapeModel model;
	final Random random;
	final SampleIds ids;
	final Map<String, LandscapeSystem> systems = new HashMap<>();
	final Map<String, BusinessObject> objects = new HashMap<>();
	final Map<String, PropertyDefinition> definitions = new HashMap<>();
	final Map<String, TagValue> tags = new HashMap<>();
	final Map<String, Environment> environments = new HashMap<>();
	final List<DataSource> dataSources = new ArrayList<>();

	Sample(LandscapeModel model, long seed) {
		this.model = model;
		this.random = new Random(seed);
		this.ids = new SampleIds(seed);
	}

	<T extends EObject> T create(EClass type, Class<T> javaType) {
		return ids.create(type, javaType);
	}

	/** One of the items, each equally likely. */
	<T> T pick(List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

	boolean chance(double probability) {
		return random.nextDouble() < probability;
	}

	/** A moment {@code days} days (and a random part of a day) before {@link #NOW}. */
	Date daysAgo(int days) {
		return Date.from(NOW.minusSeconds(days * 86_400L + random.nextInt(86_400)));
	}

	/** Adds a value of the named property (defined by {@link SampleSettings}). */
	void property(PropertyHolder holder, String definition, String value) {
		PropertyValue property = create(LandscapePackage.Literals.PROPERTY_VALUE, PropertyValue.class);
		property.setDefinition(definitions.get(definition));
		property.setValue(value);
		holder.getProperties().add(property);
	}

	/** The tag value {@code category/value}, e.g. {@code Domain/Finance}. */
	TagValue tag(String category, String value) {
		return tags.get(category + "/" + value);
	}
}
