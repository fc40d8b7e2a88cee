package io.cartograph.ui.policy.xml;

/** The vocabulary content assist uses: what our templates show, until typed policies describe more. */
final class Vocabularies {

	private static final Vocabulary POLICIES = new TemplateVocabulary(PolicyTemplates.all());

	private Vocabularies() {
	}

	static Vocabulary policies() {
		return POLICIES;
	}
}
