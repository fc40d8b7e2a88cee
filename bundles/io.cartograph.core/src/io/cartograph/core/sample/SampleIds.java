package io.cartograph.core.sample;

import java.util.Random;
import java.util.UUID;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.cartograph.model.landscape.Identified;

/**
 * UUIDs drawn from the seed, so that the same seed gives the same files byte for byte. They
 * come from their own random sequence: adding an object to the sample does not reshuffle the
 * content of everything generated after it.
 */
final class SampleIds {

	private final Random random;

	SampleIds(long seed) {
		random = new Random(seed ^ 0x2545F4914F6CDD1DL);
	}

	/** A new object of the class, with its UUID. */
	<T extends EObject> T create(EClass type, Class<T> javaType) {
		T object = javaType.cast(EcoreUtil.create(type));
		((Identified) object).setUuid(next());
		return object;
	}

	/** A version 4 (random) UUID, but from the seeded sequence. */
	String next() {
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}
}
