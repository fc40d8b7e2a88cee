package io.cartograph.ui.landscape.editors;

import org.eclipse.emf.ecore.EObject;

import io.cartograph.ui.landscape.SettingsPage;

/** Which form an editor shows for what it was opened on. */
final class FormContents {

	private FormContents() {
	}

	static FormContent of(Object input) {
		if (input instanceof SettingsPage page) {
			return switch (page) {
			case ENVIRONMENTS -> EnvironmentSettings::fill;
			case PROPERTIES -> PropertySettings::fill;
			case TAGS -> TagSettings::fill;
			case USERS -> UserSettings::fill;
			};
		}
		return switch (((EObject) input).eClass().getName()) {
		case "LandscapeSystem" -> SystemForms::system;
		case "BusinessObject" -> SystemForms::businessObject;
		case "Interface" -> InterfaceForm::fill;
		case "EndToEndIntegration" -> IntegrationForm::fill;
		case "DataSource" -> DataSourceForm::fill;
		case "Proxy" -> ProxyForm::fill;
		case "SystemMappingRule" -> RuleForms::systemRule;
		case "ObjectRule" -> RuleForms::objectRule;
		case "ApiProvider" -> ApiForms::provider;
		case "ApiProxy" -> ApiForms::proxy;
		case "PolicyLintSettings" -> ApiForms::lintSettings;
		case "Checklist" -> OnboardingForms::checklist;
		case "IpAllowlist" -> OnboardingForms::ipAllowlist;
		case "DomainAllowlist" -> OnboardingForms::domainAllowlist;
		default -> PropertySheet::fill;
		};
	}
}
