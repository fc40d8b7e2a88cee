/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see io.cartograph.model.landscape.LandscapePackage
 * @generated
 */
public interface LandscapeFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	LandscapeFactory eINSTANCE = io.cartograph.model.landscape.impl.LandscapeFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Landscape</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Landscape</em>'.
	 * @generated
	 */
	Landscape createLandscape();

	/**
	 * Returns a new object of class '<em>Environment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Environment</em>'.
	 * @generated
	 */
	Environment createEnvironment();

	/**
	 * Returns a new object of class '<em>System</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>System</em>'.
	 * @generated
	 */
	LandscapeSystem createLandscapeSystem();

	/**
	 * Returns a new object of class '<em>Business Object</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Business Object</em>'.
	 * @generated
	 */
	BusinessObject createBusinessObject();

	/**
	 * Returns a new object of class '<em>Property Definition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Property Definition</em>'.
	 * @generated
	 */
	PropertyDefinition createPropertyDefinition();

	/**
	 * Returns a new object of class '<em>Property Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Property Value</em>'.
	 * @generated
	 */
	PropertyValue createPropertyValue();

	/**
	 * Returns a new object of class '<em>Tag Category</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Tag Category</em>'.
	 * @generated
	 */
	TagCategory createTagCategory();

	/**
	 * Returns a new object of class '<em>Tag Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Tag Value</em>'.
	 * @generated
	 */
	TagValue createTagValue();

	/**
	 * Returns a new object of class '<em>Interface Catalog</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Catalog</em>'.
	 * @generated
	 */
	InterfaceCatalog createInterfaceCatalog();

	/**
	 * Returns a new object of class '<em>Interface</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface</em>'.
	 * @generated
	 */
	Interface createInterface();

	/**
	 * Returns a new object of class '<em>Integration Catalog</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Integration Catalog</em>'.
	 * @generated
	 */
	IntegrationCatalog createIntegrationCatalog();

	/**
	 * Returns a new object of class '<em>End To End Integration</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>End To End Integration</em>'.
	 * @generated
	 */
	EndToEndIntegration createEndToEndIntegration();

	/**
	 * Returns a new object of class '<em>Data Source Catalog</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Data Source Catalog</em>'.
	 * @generated
	 */
	DataSourceCatalog createDataSourceCatalog();

	/**
	 * Returns a new object of class '<em>Data Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Data Source</em>'.
	 * @generated
	 */
	DataSource createDataSource();

	/**
	 * Returns a new object of class '<em>Authentication</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Authentication</em>'.
	 * @generated
	 */
	Authentication createAuthentication();

	/**
	 * Returns a new object of class '<em>Secret Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Secret Reference</em>'.
	 * @generated
	 */
	SecretReference createSecretReference();

	/**
	 * Returns a new object of class '<em>Task</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Task</em>'.
	 * @generated
	 */
	Task createTask();

	/**
	 * Returns a new object of class '<em>Proxy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Proxy</em>'.
	 * @generated
	 */
	Proxy createProxy();

	/**
	 * Returns a new object of class '<em>Rule Book</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rule Book</em>'.
	 * @generated
	 */
	RuleBook createRuleBook();

	/**
	 * Returns a new object of class '<em>System Mapping Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>System Mapping Rule</em>'.
	 * @generated
	 */
	SystemMappingRule createSystemMappingRule();

	/**
	 * Returns a new object of class '<em>Object Rule</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Object Rule</em>'.
	 * @generated
	 */
	ObjectRule createObjectRule();

	/**
	 * Returns a new object of class '<em>Integration Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Integration Strategy</em>'.
	 * @generated
	 */
	IntegrationStrategy createIntegrationStrategy();

	/**
	 * Returns a new object of class '<em>Technology Fit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Technology Fit</em>'.
	 * @generated
	 */
	TechnologyFit createTechnologyFit();

	/**
	 * Returns a new object of class '<em>Dashboard Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dashboard Settings</em>'.
	 * @generated
	 */
	DashboardSettings createDashboardSettings();

	/**
	 * Returns a new object of class '<em>Error Window</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Error Window</em>'.
	 * @generated
	 */
	ErrorWindow createErrorWindow();

	/**
	 * Returns a new object of class '<em>Anomaly Bound</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Anomaly Bound</em>'.
	 * @generated
	 */
	AnomalyBound createAnomalyBound();

	/**
	 * Returns a new object of class '<em>Quick Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Quick Link</em>'.
	 * @generated
	 */
	QuickLink createQuickLink();

	/**
	 * Returns a new object of class '<em>Todo Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Todo Settings</em>'.
	 * @generated
	 */
	TodoSettings createTodoSettings();

	/**
	 * Returns a new object of class '<em>User</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>User</em>'.
	 * @generated
	 */
	User createUser();

	/**
	 * Returns a new object of class '<em>Api Management</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Api Management</em>'.
	 * @generated
	 */
	ApiManagement createApiManagement();

	/**
	 * Returns a new object of class '<em>Api Provider</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Api Provider</em>'.
	 * @generated
	 */
	ApiProvider createApiProvider();

	/**
	 * Returns a new object of class '<em>Api Proxy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Api Proxy</em>'.
	 * @generated
	 */
	ApiProxy createApiProxy();

	/**
	 * Returns a new object of class '<em>Proxy Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Proxy Endpoint</em>'.
	 * @generated
	 */
	ProxyEndpoint createProxyEndpoint();

	/**
	 * Returns a new object of class '<em>Target Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Target Endpoint</em>'.
	 * @generated
	 */
	TargetEndpoint createTargetEndpoint();

	/**
	 * Returns a new object of class '<em>Flow</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Flow</em>'.
	 * @generated
	 */
	Flow createFlow();

	/**
	 * Returns a new object of class '<em>Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Step</em>'.
	 * @generated
	 */
	Step createStep();

	/**
	 * Returns a new object of class '<em>Policy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Policy</em>'.
	 * @generated
	 */
	Policy createPolicy();

	/**
	 * Returns a new object of class '<em>Key Value Map</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Key Value Map</em>'.
	 * @generated
	 */
	KeyValueMap createKeyValueMap();

	/**
	 * Returns a new object of class '<em>Key Value Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Key Value Entry</em>'.
	 * @generated
	 */
	KeyValueEntry createKeyValueEntry();

	/**
	 * Returns a new object of class '<em>Api Product</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Api Product</em>'.
	 * @generated
	 */
	ApiProduct createApiProduct();

	/**
	 * Returns a new object of class '<em>Developer Application</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Developer Application</em>'.
	 * @generated
	 */
	DeveloperApplication createDeveloperApplication();

	/**
	 * Returns a new object of class '<em>Onboarding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Onboarding</em>'.
	 * @generated
	 */
	Onboarding createOnboarding();

	/**
	 * Returns a new object of class '<em>Checklist</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Checklist</em>'.
	 * @generated
	 */
	Checklist createChecklist();

	/**
	 * Returns a new object of class '<em>Checklist Step</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Checklist Step</em>'.
	 * @generated
	 */
	ChecklistStep createChecklistStep();

	/**
	 * Returns a new object of class '<em>Ip Allowlist</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ip Allowlist</em>'.
	 * @generated
	 */
	IpAllowlist createIpAllowlist();

	/**
	 * Returns a new object of class '<em>Ip Allowlist Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ip Allowlist Entry</em>'.
	 * @generated
	 */
	IpAllowlistEntry createIpAllowlistEntry();

	/**
	 * Returns a new object of class '<em>Domain Allowlist</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Domain Allowlist</em>'.
	 * @generated
	 */
	DomainAllowlist createDomainAllowlist();

	/**
	 * Returns a new object of class '<em>Domain Allowlist Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Domain Allowlist Entry</em>'.
	 * @generated
	 */
	DomainAllowlistEntry createDomainAllowlistEntry();

	/**
	 * Returns a new object of class '<em>Proxy Resource</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Proxy Resource</em>'.
	 * @generated
	 */
	ProxyResource createProxyResource();

	/**
	 * Returns a new object of class '<em>Policy Lint Settings</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Policy Lint Settings</em>'.
	 * @generated
	 */
	PolicyLintSettings createPolicyLintSettings();

	/**
	 * Returns a new object of class '<em>Lint Rule Setting</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Lint Rule Setting</em>'.
	 * @generated
	 */
	LintRuleSetting createLintRuleSetting();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	LandscapePackage getLandscapePackage();

} //LandscapeFactory
