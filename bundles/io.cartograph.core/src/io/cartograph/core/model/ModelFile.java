package io.cartograph.core.model;

import java.util.List;

import org.eclipse.emf.ecore.EClass;

import io.cartograph.model.landscape.LandscapePackage;

/**
 * The files of a workspace's landscape model, one root object each, so that no file grows
 * unreadable and a change to the rules does not rewrite the interface catalog.
 */
public enum ModelFile {
	LANDSCAPE("landscape.xmi", LandscapePackage.Literals.LANDSCAPE),
	INTERFACES("interfaces.xmi", LandscapePackage.Literals.INTERFACE_CATALOG),
	INTEGRATIONS("integrations.xmi", LandscapePackage.Literals.INTEGRATION_CATALOG),
	DATA_SOURCES("datasources.xmi", LandscapePackage.Literals.DATA_SOURCE_CATALOG),
	RULES("rules.xmi", LandscapePackage.Literals.RULE_BOOK),
	API_MANAGEMENT("apim.xmi", LandscapePackage.Literals.API_MANAGEMENT),
	ONBOARDING("onboarding.xmi", LandscapePackage.Literals.ONBOARDING);

	/**
	 * Files that others point into come first, so that references find loaded objects rather than
	 * placeholders (see {@link LoadedTargets}).
	 */
	static final List<ModelFile> LOAD_ORDER = List.of(LANDSCAPE, DATA_SOURCES, RULES, API_MANAGEMENT, ONBOARDING,
			INTERFACES, INTEGRATIONS);

	private final String fileName;
	private final EClass rootClass;

	ModelFile(String fileName, EClass rootClass) {
		this.fileName = fileName;
		this.rootClass = rootClass;
	}

	public String fileName() {
		return fileName;
	}

	public EClass rootClass() {
		return rootClass;
	}
}
