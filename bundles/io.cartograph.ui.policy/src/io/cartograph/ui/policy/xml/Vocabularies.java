package io.cartograph.ui.policy.xml;

/** The vocabulary content assist uses: the typed-policy specifications, then what our templates show. */
final class Vocabularies {

	private static final Vocabulary POLICIES = new SpecVocabulary(new TemplateVocabulary(PolicyTemplates.all()));

	private Vocabularies() {
	}

	static Vocabulary policies() {
		return POLICIES;
	}
}
