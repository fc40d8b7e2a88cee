/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class LandscapeFactoryImpl extends EFactoryImpl implements LandscapeFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static LandscapeFactory init() {
		try {
			LandscapeFactory theLandscapeFactory = (LandscapeFactory)EPackage.Registry.INSTANCE.getEFactory(LandscapePackage.eNS_URI);
			if (theLandscapeFactory != null) {
				return theLandscapeFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new LandscapeFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LandscapeFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case LandscapePackage.LANDSCAPE: return createLandscape();
			case LandscapePackage.ENVIRONMENT: return createEnvironment();
			case LandscapePackage.LANDSCAPE_SYSTEM: return createLandscapeSystem();
			case LandscapePackage.BUSINESS_OBJECT: return createBusinessObject();
			case LandscapePackage.PROPERTY_DEFINITION: return createPropertyDefinition();
			case LandscapePackage.PROPERTY_VALUE: return createPropertyValue();
			case LandscapePackage.TAG_CATEGORY: return createTagCategory();
			case LandscapePackage.TAG_VALUE: return createTagValue();
			case LandscapePackage.INTERFACE_CATALOG: return createInterfaceCatalog();
			case LandscapePackage.INTERFACE: return createInterface();
			case LandscapePackage.INTEGRATION_CATALOG: return createIntegrationCatalog();
			case LandscapePackage.END_TO_END_INTEGRATION: return createEndToEndIntegration();
			case LandscapePackage.DATA_SOURCE_CATALOG: return createDataSourceCatalog();
			case LandscapePackage.DATA_SOURCE: return createDataSource();
			case LandscapePackage.AUTHENTICATION: return createAuthentication();
			case LandscapePackage.SECRET_REFERENCE: return createSecretReference();
			case LandscapePackage.TASK: return createTask();
			case LandscapePackage.PROXY: return createProxy();
			case LandscapePackage.RULE_BOOK: return createRuleBook();
			case LandscapePackage.SYSTEM_MAPPING_RULE: return createSystemMappingRule();
			case LandscapePackage.OBJECT_RULE: return createObjectRule();
			case LandscapePackage.INTEGRATION_STRATEGY: return createIntegrationStrategy();
			case LandscapePackage.TECHNOLOGY_FIT: return createTechnologyFit();
			case LandscapePackage.DASHBOARD_SETTINGS: return createDashboardSettings();
			case LandscapePackage.ERROR_WINDOW: return createErrorWindow();
			case LandscapePackage.ANOMALY_BOUND: return createAnomalyBound();
			case LandscapePackage.QUICK_LINK: return createQuickLink();
			case LandscapePackage.TODO_SETTINGS: return createTodoSettings();
			case LandscapePackage.USER: return createUser();
			case LandscapePackage.API_MANAGEMENT: return createApiManagement();
			case LandscapePackage.API_PROVIDER: return createApiProvider();
			case LandscapePackage.API_PROXY: return createApiProxy();
			case LandscapePackage.PROXY_ENDPOINT: return createProxyEndpoint();
			case LandscapePackage.TARGET_ENDPOINT: return createTargetEndpoint();
			case LandscapePackage.FLOW: return createFlow();
			case LandscapePackage.STEP: return createStep();
			case LandscapePackage.POLICY: return createPolicy();
			case LandscapePackage.KEY_VALUE_MAP: return createKeyValueMap();
			case LandscapePackage.KEY_VALUE_ENTRY: return createKeyValueEntry();
			case LandscapePackage.API_PRODUCT: return createApiProduct();
			case LandscapePackage.DEVELOPER_APPLICATION: return createDeveloperApplication();
			case LandscapePackage.ONBOARDING: return createOnboarding();
			case LandscapePackage.CHECKLIST: return createChecklist();
			case LandscapePackage.CHECKLIST_STEP: return createChecklistStep();
			case LandscapePackage.IP_ALLOWLIST: return createIpAllowlist();
			case LandscapePackage.IP_ALLOWLIST_ENTRY: return createIpAllowlistEntry();
			case LandscapePackage.DOMAIN_ALLOWLIST: return createDomainAllowlist();
			case LandscapePackage.DOMAIN_ALLOWLIST_ENTRY: return createDomainAllowlistEntry();
			case LandscapePackage.PROXY_RESOURCE: return createProxyResource();
			case LandscapePackage.POLICY_LINT_SETTINGS: return createPolicyLintSettings();
			case LandscapePackage.LINT_RULE_SETTING: return createLintRuleSetting();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case LandscapePackage.PROPERTY_CATEGORY:
				return createPropertyCategoryFromString(eDataType, initialValue);
			case LandscapePackage.PROPERTY_FORMAT:
				return createPropertyFormatFromString(eDataType, initialValue);
			case LandscapePackage.DATA_SOURCE_TYPE:
				return createDataSourceTypeFromString(eDataType, initialValue);
			case LandscapePackage.PRODUCT:
				return createProductFromString(eDataType, initialValue);
			case LandscapePackage.AUTHENTICATION_TYPE:
				return createAuthenticationTypeFromString(eDataType, initialValue);
			case LandscapePackage.TASK_TYPE:
				return createTaskTypeFromString(eDataType, initialValue);
			case LandscapePackage.FIT:
				return createFitFromString(eDataType, initialValue);
			case LandscapePackage.PERIOD:
				return createPeriodFromString(eDataType, initialValue);
			case LandscapePackage.ROLE:
				return createRoleFromString(eDataType, initialValue);
			case LandscapePackage.TODO_MODE:
				return createTodoModeFromString(eDataType, initialValue);
			case LandscapePackage.TODO_REQUIREMENT:
				return createTodoRequirementFromString(eDataType, initialValue);
			case LandscapePackage.COMPLEXITY_CLASS:
				return createComplexityClassFromString(eDataType, initialValue);
			case LandscapePackage.FLOW_KIND:
				return createFlowKindFromString(eDataType, initialValue);
			case LandscapePackage.STEP_STATUS:
				return createStepStatusFromString(eDataType, initialValue);
			case LandscapePackage.PROXY_BUNDLE_FORMAT:
				return createProxyBundleFormatFromString(eDataType, initialValue);
			case LandscapePackage.LINT_SEVERITY:
				return createLintSeverityFromString(eDataType, initialValue);
			case LandscapePackage.ALLOWLIST_KIND:
				return createAllowlistKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case LandscapePackage.PROPERTY_CATEGORY:
				return convertPropertyCategoryToString(eDataType, instanceValue);
			case LandscapePackage.PROPERTY_FORMAT:
				return convertPropertyFormatToString(eDataType, instanceValue);
			case LandscapePackage.DATA_SOURCE_TYPE:
				return convertDataSourceTypeToString(eDataType, instanceValue);
			case LandscapePackage.PRODUCT:
				return convertProductToString(eDataType, instanceValue);
			case LandscapePackage.AUTHENTICATION_TYPE:
				return convertAuthenticationTypeToString(eDataType, instanceValue);
			case LandscapePackage.TASK_TYPE:
				return convertTaskTypeToString(eDataType, instanceValue);
			case LandscapePackage.FIT:
				return convertFitToString(eDataType, instanceValue);
			case LandscapePackage.PERIOD:
				return convertPeriodToString(eDataType, instanceValue);
			case LandscapePackage.ROLE:
				return convertRoleToString(eDataType, instanceValue);
			case LandscapePackage.TODO_MODE:
				return convertTodoModeToString(eDataType, instanceValue);
			case LandscapePackage.TODO_REQUIREMENT:
				return convertTodoRequirementToString(eDataType, instanceValue);
			case LandscapePackage.COMPLEXITY_CLASS:
				return convertComplexityClassToString(eDataType, instanceValue);
			case LandscapePackage.FLOW_KIND:
				return convertFlowKindToString(eDataType, instanceValue);
			case LandscapePackage.STEP_STATUS:
				return convertStepStatusToString(eDataType, instanceValue);
			case LandscapePackage.PROXY_BUNDLE_FORMAT:
				return convertProxyBundleFormatToString(eDataType, instanceValue);
			case LandscapePackage.LINT_SEVERITY:
				return convertLintSeverityToString(eDataType, instanceValue);
			case LandscapePackage.ALLOWLIST_KIND:
				return convertAllowlistKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Landscape createLandscape() {
		LandscapeImpl landscape = new LandscapeImpl();
		return landscape;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Environment createEnvironment() {
		EnvironmentImpl environment = new EnvironmentImpl();
		return environment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LandscapeSystem createLandscapeSystem() {
		LandscapeSystemImpl landscapeSystem = new LandscapeSystemImpl();
		return landscapeSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessObject createBusinessObject() {
		BusinessObjectImpl businessObject = new BusinessObjectImpl();
		return businessObject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PropertyDefinition createPropertyDefinition() {
		PropertyDefinitionImpl propertyDefinition = new PropertyDefinitionImpl();
		return propertyDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PropertyValue createPropertyValue() {
		PropertyValueImpl propertyValue = new PropertyValueImpl();
		return propertyValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TagCategory createTagCategory() {
		TagCategoryImpl tagCategory = new TagCategoryImpl();
		return tagCategory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TagValue createTagValue() {
		TagValueImpl tagValue = new TagValueImpl();
		return tagValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceCatalog createInterfaceCatalog() {
		InterfaceCatalogImpl interfaceCatalog = new InterfaceCatalogImpl();
		return interfaceCatalog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Interface createInterface() {
		InterfaceImpl interface_ = new InterfaceImpl();
		return interface_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntegrationCatalog createIntegrationCatalog() {
		IntegrationCatalogImpl integrationCatalog = new IntegrationCatalogImpl();
		return integrationCatalog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EndToEndIntegration createEndToEndIntegration() {
		EndToEndIntegrationImpl endToEndIntegration = new EndToEndIntegrationImpl();
		return endToEndIntegration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSourceCatalog createDataSourceCatalog() {
		DataSourceCatalogImpl dataSourceCatalog = new DataSourceCatalogImpl();
		return dataSourceCatalog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSource createDataSource() {
		DataSourceImpl dataSource = new DataSourceImpl();
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Authentication createAuthentication() {
		AuthenticationImpl authentication = new AuthenticationImpl();
		return authentication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecretReference createSecretReference() {
		SecretReferenceImpl secretReference = new SecretReferenceImpl();
		return secretReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Task createTask() {
		TaskImpl task = new TaskImpl();
		return task;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Proxy createProxy() {
		ProxyImpl proxy = new ProxyImpl();
		return proxy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuleBook createRuleBook() {
		RuleBookImpl ruleBook = new RuleBookImpl();
		return ruleBook;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SystemMappingRule createSystemMappingRule() {
		SystemMappingRuleImpl systemMappingRule = new SystemMappingRuleImpl();
		return systemMappingRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectRule createObjectRule() {
		ObjectRuleImpl objectRule = new ObjectRuleImpl();
		return objectRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntegrationStrategy createIntegrationStrategy() {
		IntegrationStrategyImpl integrationStrategy = new IntegrationStrategyImpl();
		return integrationStrategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TechnologyFit createTechnologyFit() {
		TechnologyFitImpl technologyFit = new TechnologyFitImpl();
		return technologyFit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DashboardSettings createDashboardSettings() {
		DashboardSettingsImpl dashboardSettings = new DashboardSettingsImpl();
		return dashboardSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ErrorWindow createErrorWindow() {
		ErrorWindowImpl errorWindow = new ErrorWindowImpl();
		return errorWindow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnomalyBound createAnomalyBound() {
		AnomalyBoundImpl anomalyBound = new AnomalyBoundImpl();
		return anomalyBound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuickLink createQuickLink() {
		QuickLinkImpl quickLink = new QuickLinkImpl();
		return quickLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TodoSettings createTodoSettings() {
		TodoSettingsImpl todoSettings = new TodoSettingsImpl();
		return todoSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public User createUser() {
		UserImpl user = new UserImpl();
		return user;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApiManagement createApiManagement() {
		ApiManagementImpl apiManagement = new ApiManagementImpl();
		return apiManagement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApiProvider createApiProvider() {
		ApiProviderImpl apiProvider = new ApiProviderImpl();
		return apiProvider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApiProxy createApiProxy() {
		ApiProxyImpl apiProxy = new ApiProxyImpl();
		return apiProxy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProxyEndpoint createProxyEndpoint() {
		ProxyEndpointImpl proxyEndpoint = new ProxyEndpointImpl();
		return proxyEndpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetEndpoint createTargetEndpoint() {
		TargetEndpointImpl targetEndpoint = new TargetEndpointImpl();
		return targetEndpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Flow createFlow() {
		FlowImpl flow = new FlowImpl();
		return flow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Step createStep() {
		StepImpl step = new StepImpl();
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Policy createPolicy() {
		PolicyImpl policy = new PolicyImpl();
		return policy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KeyValueMap createKeyValueMap() {
		KeyValueMapImpl keyValueMap = new KeyValueMapImpl();
		return keyValueMap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KeyValueEntry createKeyValueEntry() {
		KeyValueEntryImpl keyValueEntry = new KeyValueEntryImpl();
		return keyValueEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApiProduct createApiProduct() {
		ApiProductImpl apiProduct = new ApiProductImpl();
		return apiProduct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeveloperApplication createDeveloperApplication() {
		DeveloperApplicationImpl developerApplication = new DeveloperApplicationImpl();
		return developerApplication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Onboarding createOnboarding() {
		OnboardingImpl onboarding = new OnboardingImpl();
		return onboarding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Checklist createChecklist() {
		ChecklistImpl checklist = new ChecklistImpl();
		return checklist;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChecklistStep createChecklistStep() {
		ChecklistStepImpl checklistStep = new ChecklistStepImpl();
		return checklistStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IpAllowlist createIpAllowlist() {
		IpAllowlistImpl ipAllowlist = new IpAllowlistImpl();
		return ipAllowlist;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IpAllowlistEntry createIpAllowlistEntry() {
		IpAllowlistEntryImpl ipAllowlistEntry = new IpAllowlistEntryImpl();
		return ipAllowlistEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DomainAllowlist createDomainAllowlist() {
		DomainAllowlistImpl domainAllowlist = new DomainAllowlistImpl();
		return domainAllowlist;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DomainAllowlistEntry createDomainAllowlistEntry() {
		DomainAllowlistEntryImpl domainAllowlistEntry = new DomainAllowlistEntryImpl();
		return domainAllowlistEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProxyResource createProxyResource() {
		ProxyResourceImpl proxyResource = new ProxyResourceImpl();
		return proxyResource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyLintSettings createPolicyLintSettings() {
		PolicyLintSettingsImpl policyLintSettings = new PolicyLintSettingsImpl();
		return policyLintSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LintRuleSetting createLintRuleSetting() {
		LintRuleSettingImpl lintRuleSetting = new LintRuleSettingImpl();
		return lintRuleSetting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PropertyCategory createPropertyCategoryFromString(EDataType eDataType, String initialValue) {
		PropertyCategory result = PropertyCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPropertyCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PropertyFormat createPropertyFormatFromString(EDataType eDataType, String initialValue) {
		PropertyFormat result = PropertyFormat.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPropertyFormatToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataSourceType createDataSourceTypeFromString(EDataType eDataType, String initialValue) {
		DataSourceType result = DataSourceType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataSourceTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Product createProductFromString(EDataType eDataType, String initialValue) {
		Product result = Product.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProductToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AuthenticationType createAuthenticationTypeFromString(EDataType eDataType, String initialValue) {
		AuthenticationType result = AuthenticationType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAuthenticationTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TaskType createTaskTypeFromString(EDataType eDataType, String initialValue) {
		TaskType result = TaskType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTaskTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Fit createFitFromString(EDataType eDataType, String initialValue) {
		Fit result = Fit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Period createPeriodFromString(EDataType eDataType, String initialValue) {
		Period result = Period.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPeriodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role createRoleFromString(EDataType eDataType, String initialValue) {
		Role result = Role.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TodoMode createTodoModeFromString(EDataType eDataType, String initialValue) {
		TodoMode result = TodoMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTodoModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TodoRequirement createTodoRequirementFromString(EDataType eDataType, String initialValue) {
		TodoRequirement result = TodoRequirement.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTodoRequirementToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComplexityClass createComplexityClassFromString(EDataType eDataType, String initialValue) {
		ComplexityClass result = ComplexityClass.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComplexityClassToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FlowKind createFlowKindFromString(EDataType eDataType, String initialValue) {
		FlowKind result = FlowKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFlowKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StepStatus createStepStatusFromString(EDataType eDataType, String initialValue) {
		StepStatus result = StepStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStepStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProxyBundleFormat createProxyBundleFormatFromString(EDataType eDataType, String initialValue) {
		ProxyBundleFormat result = ProxyBundleFormat.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProxyBundleFormatToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LintSeverity createLintSeverityFromString(EDataType eDataType, String initialValue) {
		LintSeverity result = LintSeverity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLintSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AllowlistKind createAllowlistKindFromString(EDataType eDataType, String initialValue) {
		AllowlistKind result = AllowlistKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAllowlistKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LandscapePackage getLandscapePackage() {
		return (LandscapePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static LandscapePackage getPackage() {
		return LandscapePackage.eINSTANCE;
	}

} //LandscapeFactoryImpl
