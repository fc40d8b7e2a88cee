/**
 */
package io.cartograph.model.landscape.util;

import io.cartograph.model.landscape.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see io.cartograph.model.landscape.LandscapePackage
 * @generated
 */
public class LandscapeAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static LandscapePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LandscapeAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = LandscapePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LandscapeSwitch<Adapter> modelSwitch =
		new LandscapeSwitch<Adapter>() {
			@Override
			public Adapter caseIdentified(Identified object) {
				return createIdentifiedAdapter();
			}
			@Override
			public Adapter caseNamed(Named object) {
				return createNamedAdapter();
			}
			@Override
			public Adapter caseLandscape(Landscape object) {
				return createLandscapeAdapter();
			}
			@Override
			public Adapter caseEnvironment(Environment object) {
				return createEnvironmentAdapter();
			}
			@Override
			public Adapter casePropertyHolder(PropertyHolder object) {
				return createPropertyHolderAdapter();
			}
			@Override
			public Adapter caseLandscapeSystem(LandscapeSystem object) {
				return createLandscapeSystemAdapter();
			}
			@Override
			public Adapter caseBusinessObject(BusinessObject object) {
				return createBusinessObjectAdapter();
			}
			@Override
			public Adapter casePropertyDefinition(PropertyDefinition object) {
				return createPropertyDefinitionAdapter();
			}
			@Override
			public Adapter casePropertyValue(PropertyValue object) {
				return createPropertyValueAdapter();
			}
			@Override
			public Adapter caseTagCategory(TagCategory object) {
				return createTagCategoryAdapter();
			}
			@Override
			public Adapter caseTagValue(TagValue object) {
				return createTagValueAdapter();
			}
			@Override
			public Adapter caseInterfaceCatalog(InterfaceCatalog object) {
				return createInterfaceCatalogAdapter();
			}
			@Override
			public Adapter caseInterface(Interface object) {
				return createInterfaceAdapter();
			}
			@Override
			public Adapter caseIntegrationCatalog(IntegrationCatalog object) {
				return createIntegrationCatalogAdapter();
			}
			@Override
			public Adapter caseEndToEndIntegration(EndToEndIntegration object) {
				return createEndToEndIntegrationAdapter();
			}
			@Override
			public Adapter caseDataSourceCatalog(DataSourceCatalog object) {
				return createDataSourceCatalogAdapter();
			}
			@Override
			public Adapter caseDataSource(DataSource object) {
				return createDataSourceAdapter();
			}
			@Override
			public Adapter caseAuthentication(Authentication object) {
				return createAuthenticationAdapter();
			}
			@Override
			public Adapter caseSecretReference(SecretReference object) {
				return createSecretReferenceAdapter();
			}
			@Override
			public Adapter caseTask(Task object) {
				return createTaskAdapter();
			}
			@Override
			public Adapter caseProxy(Proxy object) {
				return createProxyAdapter();
			}
			@Override
			public Adapter caseRuleBook(RuleBook object) {
				return createRuleBookAdapter();
			}
			@Override
			public Adapter caseSystemMappingRule(SystemMappingRule object) {
				return createSystemMappingRuleAdapter();
			}
			@Override
			public Adapter caseObjectRule(ObjectRule object) {
				return createObjectRuleAdapter();
			}
			@Override
			public Adapter caseIntegrationStrategy(IntegrationStrategy object) {
				return createIntegrationStrategyAdapter();
			}
			@Override
			public Adapter caseTechnologyFit(TechnologyFit object) {
				return createTechnologyFitAdapter();
			}
			@Override
			public Adapter caseDashboardSettings(DashboardSettings object) {
				return createDashboardSettingsAdapter();
			}
			@Override
			public Adapter caseErrorWindow(ErrorWindow object) {
				return createErrorWindowAdapter();
			}
			@Override
			public Adapter caseAnomalyBound(AnomalyBound object) {
				return createAnomalyBoundAdapter();
			}
			@Override
			public Adapter caseQuickLink(QuickLink object) {
				return createQuickLinkAdapter();
			}
			@Override
			public Adapter caseTodoSettings(TodoSettings object) {
				return createTodoSettingsAdapter();
			}
			@Override
			public Adapter caseUser(User object) {
				return createUserAdapter();
			}
			@Override
			public Adapter caseApiManagement(ApiManagement object) {
				return createApiManagementAdapter();
			}
			@Override
			public Adapter caseApiProvider(ApiProvider object) {
				return createApiProviderAdapter();
			}
			@Override
			public Adapter caseApiProxy(ApiProxy object) {
				return createApiProxyAdapter();
			}
			@Override
			public Adapter caseEndpoint(Endpoint object) {
				return createEndpointAdapter();
			}
			@Override
			public Adapter caseProxyEndpoint(ProxyEndpoint object) {
				return createProxyEndpointAdapter();
			}
			@Override
			public Adapter caseTargetEndpoint(TargetEndpoint object) {
				return createTargetEndpointAdapter();
			}
			@Override
			public Adapter caseFlow(Flow object) {
				return createFlowAdapter();
			}
			@Override
			public Adapter caseStep(Step object) {
				return createStepAdapter();
			}
			@Override
			public Adapter casePolicy(Policy object) {
				return createPolicyAdapter();
			}
			@Override
			public Adapter caseKeyValueMap(KeyValueMap object) {
				return createKeyValueMapAdapter();
			}
			@Override
			public Adapter caseKeyValueEntry(KeyValueEntry object) {
				return createKeyValueEntryAdapter();
			}
			@Override
			public Adapter caseApiProduct(ApiProduct object) {
				return createApiProductAdapter();
			}
			@Override
			public Adapter caseDeveloperApplication(DeveloperApplication object) {
				return createDeveloperApplicationAdapter();
			}
			@Override
			public Adapter caseOnboarding(Onboarding object) {
				return createOnboardingAdapter();
			}
			@Override
			public Adapter caseChecklist(Checklist object) {
				return createChecklistAdapter();
			}
			@Override
			public Adapter caseChecklistStep(ChecklistStep object) {
				return createChecklistStepAdapter();
			}
			@Override
			public Adapter caseIpAllowlist(IpAllowlist object) {
				return createIpAllowlistAdapter();
			}
			@Override
			public Adapter caseIpAllowlistEntry(IpAllowlistEntry object) {
				return createIpAllowlistEntryAdapter();
			}
			@Override
			public Adapter caseDomainAllowlist(DomainAllowlist object) {
				return createDomainAllowlistAdapter();
			}
			@Override
			public Adapter caseDomainAllowlistEntry(DomainAllowlistEntry object) {
				return createDomainAllowlistEntryAdapter();
			}
			@Override
			public Adapter caseProxyResource(ProxyResource object) {
				return createProxyResourceAdapter();
			}
			@Override
			public Adapter casePolicyLintSettings(PolicyLintSettings object) {
				return createPolicyLintSettingsAdapter();
			}
			@Override
			public Adapter caseLintRuleSetting(LintRuleSetting object) {
				return createLintRuleSettingAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.Identified
	 * @generated
	 */
	public Adapter createIdentifiedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.Named
	 * @generated
	 */
	public Adapter createNamedAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.Landscape <em>Landscape</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.Landscape
	 * @generated
	 */
	public Adapter createLandscapeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.Environment <em>Environment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.Environment
	 * @generated
	 */
	public Adapter createEnvironmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.PropertyHolder <em>Property Holder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.PropertyHolder
	 * @generated
	 */
	public Adapter createPropertyHolderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.LandscapeSystem <em>System</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.LandscapeSystem
	 * @generated
	 */
	public Adapter createLandscapeSystemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.BusinessObject <em>Business Object</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.BusinessObject
	 * @generated
	 */
	public Adapter createBusinessObjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.PropertyDefinition <em>Property Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.PropertyDefinition
	 * @generated
	 */
	public Adapter createPropertyDefinitionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.PropertyValue <em>Property Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.PropertyValue
	 * @generated
	 */
	public Adapter createPropertyValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.TagCategory <em>Tag Category</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.TagCategory
	 * @generated
	 */
	public Adapter createTagCategoryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.TagValue <em>Tag Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.TagValue
	 * @generated
	 */
	public Adapter createTagValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.InterfaceCatalog <em>Interface Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.InterfaceCatalog
	 * @generated
	 */
	public Adapter createInterfaceCatalogAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.Interface <em>Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.Interface
	 * @generated
	 */
	public Adapter createInterfaceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.IntegrationCatalog <em>Integration Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.IntegrationCatalog
	 * @generated
	 */
	public Adapter createIntegrationCatalogAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.EndToEndIntegration <em>End To End Integration</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.EndToEndIntegration
	 * @generated
	 */
	public Adapter createEndToEndIntegrationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.DataSourceCatalog <em>Data Source Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.DataSourceCatalog
	 * @generated
	 */
	public Adapter createDataSourceCatalogAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.DataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.DataSource
	 * @generated
	 */
	public Adapter createDataSourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.Authentication <em>Authentication</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.Authentication
	 * @generated
	 */
	public Adapter createAuthenticationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.SecretReference <em>Secret Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.SecretReference
	 * @generated
	 */
	public Adapter createSecretReferenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.Task <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.Task
	 * @generated
	 */
	public Adapter createTaskAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.Proxy <em>Proxy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.Proxy
	 * @generated
	 */
	public Adapter createProxyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.RuleBook <em>Rule Book</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.RuleBook
	 * @generated
	 */
	public Adapter createRuleBookAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.SystemMappingRule <em>System Mapping Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.SystemMappingRule
	 * @generated
	 */
	public Adapter createSystemMappingRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.ObjectRule <em>Object Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.ObjectRule
	 * @generated
	 */
	public Adapter createObjectRuleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.IntegrationStrategy <em>Integration Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.IntegrationStrategy
	 * @generated
	 */
	public Adapter createIntegrationStrategyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.TechnologyFit <em>Technology Fit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.TechnologyFit
	 * @generated
	 */
	public Adapter createTechnologyFitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.DashboardSettings <em>Dashboard Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.DashboardSettings
	 * @generated
	 */
	public Adapter createDashboardSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.ErrorWindow <em>Error Window</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.ErrorWindow
	 * @generated
	 */
	public Adapter createErrorWindowAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.AnomalyBound <em>Anomaly Bound</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.AnomalyBound
	 * @generated
	 */
	public Adapter createAnomalyBoundAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.QuickLink <em>Quick Link</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.QuickLink
	 * @generated
	 */
	public Adapter createQuickLinkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.TodoSettings <em>Todo Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.TodoSettings
	 * @generated
	 */
	public Adapter createTodoSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.User <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.User
	 * @generated
	 */
	public Adapter createUserAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.ApiManagement <em>Api Management</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.ApiManagement
	 * @generated
	 */
	public Adapter createApiManagementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.ApiProvider <em>Api Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.ApiProvider
	 * @generated
	 */
	public Adapter createApiProviderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.ApiProxy <em>Api Proxy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.ApiProxy
	 * @generated
	 */
	public Adapter createApiProxyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.Endpoint <em>Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.Endpoint
	 * @generated
	 */
	public Adapter createEndpointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.ProxyEndpoint <em>Proxy Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.ProxyEndpoint
	 * @generated
	 */
	public Adapter createProxyEndpointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.TargetEndpoint <em>Target Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.TargetEndpoint
	 * @generated
	 */
	public Adapter createTargetEndpointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.Flow <em>Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.Flow
	 * @generated
	 */
	public Adapter createFlowAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.Step
	 * @generated
	 */
	public Adapter createStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.Policy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.Policy
	 * @generated
	 */
	public Adapter createPolicyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.KeyValueMap <em>Key Value Map</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.KeyValueMap
	 * @generated
	 */
	public Adapter createKeyValueMapAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.KeyValueEntry <em>Key Value Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.KeyValueEntry
	 * @generated
	 */
	public Adapter createKeyValueEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.ApiProduct <em>Api Product</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.ApiProduct
	 * @generated
	 */
	public Adapter createApiProductAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.DeveloperApplication <em>Developer Application</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.DeveloperApplication
	 * @generated
	 */
	public Adapter createDeveloperApplicationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.Onboarding <em>Onboarding</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.Onboarding
	 * @generated
	 */
	public Adapter createOnboardingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.Checklist <em>Checklist</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.Checklist
	 * @generated
	 */
	public Adapter createChecklistAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.ChecklistStep <em>Checklist Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.ChecklistStep
	 * @generated
	 */
	public Adapter createChecklistStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.IpAllowlist <em>Ip Allowlist</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.IpAllowlist
	 * @generated
	 */
	public Adapter createIpAllowlistAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.IpAllowlistEntry <em>Ip Allowlist Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.IpAllowlistEntry
	 * @generated
	 */
	public Adapter createIpAllowlistEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.DomainAllowlist <em>Domain Allowlist</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.DomainAllowlist
	 * @generated
	 */
	public Adapter createDomainAllowlistAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.DomainAllowlistEntry <em>Domain Allowlist Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.DomainAllowlistEntry
	 * @generated
	 */
	public Adapter createDomainAllowlistEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.ProxyResource <em>Proxy Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.ProxyResource
	 * @generated
	 */
	public Adapter createProxyResourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.PolicyLintSettings <em>Policy Lint Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.PolicyLintSettings
	 * @generated
	 */
	public Adapter createPolicyLintSettingsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link io.cartograph.model.landscape.LintRuleSetting <em>Lint Rule Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see io.cartograph.model.landscape.LintRuleSetting
	 * @generated
	 */
	public Adapter createLintRuleSettingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //LandscapeAdapterFactory
