/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.AllowlistKind;
import io.cartograph.model.landscape.AnomalyBound;
import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.ApiProduct;
import io.cartograph.model.landscape.ApiProvider;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.Authentication;
import io.cartograph.model.landscape.AuthenticationType;
import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.Checklist;
import io.cartograph.model.landscape.ChecklistStep;
import io.cartograph.model.landscape.ComplexityClass;
import io.cartograph.model.landscape.DashboardSettings;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceCatalog;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.DeveloperApplication;
import io.cartograph.model.landscape.DomainAllowlist;
import io.cartograph.model.landscape.DomainAllowlistEntry;
import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Endpoint;
import io.cartograph.model.landscape.Environment;
import io.cartograph.model.landscape.ErrorWindow;
import io.cartograph.model.landscape.Fit;
import io.cartograph.model.landscape.Flow;
import io.cartograph.model.landscape.FlowKind;
import io.cartograph.model.landscape.Identified;
import io.cartograph.model.landscape.IntegrationCatalog;
import io.cartograph.model.landscape.IntegrationStrategy;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.InterfaceCatalog;
import io.cartograph.model.landscape.IpAllowlist;
import io.cartograph.model.landscape.IpAllowlistEntry;
import io.cartograph.model.landscape.KeyValueEntry;
import io.cartograph.model.landscape.KeyValueMap;
import io.cartograph.model.landscape.Landscape;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.LintRuleSetting;
import io.cartograph.model.landscape.LintSeverity;
import io.cartograph.model.landscape.Named;
import io.cartograph.model.landscape.ObjectRule;
import io.cartograph.model.landscape.Onboarding;
import io.cartograph.model.landscape.Period;
import io.cartograph.model.landscape.Policy;
import io.cartograph.model.landscape.PolicyLintSettings;
import io.cartograph.model.landscape.Product;
import io.cartograph.model.landscape.PropertyCategory;
import io.cartograph.model.landscape.PropertyDefinition;
import io.cartograph.model.landscape.PropertyFormat;
import io.cartograph.model.landscape.PropertyHolder;
import io.cartograph.model.landscape.PropertyValue;
import io.cartograph.model.landscape.Proxy;
import io.cartograph.model.landscape.ProxyBundleFormat;
import io.cartograph.model.landscape.ProxyEndpoint;
import io.cartograph.model.landscape.ProxyResource;
import io.cartograph.model.landscape.QuickLink;
import io.cartograph.model.landscape.Role;
import io.cartograph.model.landscape.RuleBook;
import io.cartograph.model.landscape.SecretReference;
import io.cartograph.model.landscape.Step;
import io.cartograph.model.landscape.StepStatus;
import io.cartograph.model.landscape.SystemMappingRule;
import io.cartograph.model.landscape.TagCategory;
import io.cartograph.model.landscape.TagValue;
import io.cartograph.model.landscape.TargetEndpoint;
import io.cartograph.model.landscape.Task;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.model.landscape.TechnologyFit;
import io.cartograph.model.landscape.TodoMode;
import io.cartograph.model.landscape.TodoRequirement;
import io.cartograph.model.landscape.TodoSettings;
import io.cartograph.model.landscape.User;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class LandscapePackageImpl extends EPackageImpl implements LandscapePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass landscapeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass environmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass propertyHolderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass landscapeSystemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass businessObjectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass propertyDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass propertyValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tagCategoryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tagValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceCatalogEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass integrationCatalogEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass endToEndIntegrationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataSourceCatalogEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass authenticationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass secretReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass taskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass proxyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ruleBookEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass systemMappingRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass objectRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass integrationStrategyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass technologyFitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dashboardSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass errorWindowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass anomalyBoundEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass quickLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass todoSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass userEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass apiManagementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass apiProviderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass apiProxyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass endpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass proxyEndpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass targetEndpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass flowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass keyValueMapEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass keyValueEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass apiProductEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass developerApplicationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass onboardingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass checklistEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass checklistStepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ipAllowlistEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ipAllowlistEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass domainAllowlistEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass domainAllowlistEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass proxyResourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass policyLintSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lintRuleSettingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum propertyCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum propertyFormatEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum dataSourceTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum productEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum authenticationTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum taskTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum fitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum periodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum todoModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum todoRequirementEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum complexityClassEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum flowKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stepStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum proxyBundleFormatEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lintSeverityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum allowlistKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see io.cartograph.model.landscape.LandscapePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private LandscapePackageImpl() {
		super(eNS_URI, LandscapeFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link LandscapePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static LandscapePackage init() {
		if (isInited) return (LandscapePackage)EPackage.Registry.INSTANCE.getEPackage(LandscapePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredLandscapePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		LandscapePackageImpl theLandscapePackage = registeredLandscapePackage instanceof LandscapePackageImpl ? (LandscapePackageImpl)registeredLandscapePackage : new LandscapePackageImpl();

		isInited = true;

		// Create package meta-data objects
		theLandscapePackage.createPackageContents();

		// Initialize created meta-data
		theLandscapePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theLandscapePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(LandscapePackage.eNS_URI, theLandscapePackage);
		return theLandscapePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Uuid() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamed() {
		return namedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamed_Name() {
		return (EAttribute)namedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLandscape() {
		return landscapeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLandscape_Description() {
		return (EAttribute)landscapeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLandscape_Environments() {
		return (EReference)landscapeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLandscape_Systems() {
		return (EReference)landscapeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLandscape_BusinessObjects() {
		return (EReference)landscapeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLandscape_PropertyDefinitions() {
		return (EReference)landscapeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLandscape_TagCategories() {
		return (EReference)landscapeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLandscape_Users() {
		return (EReference)landscapeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLandscape_DashboardSettings() {
		return (EReference)landscapeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLandscape_TodoSettings() {
		return (EReference)landscapeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnvironment() {
		return environmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnvironment_Standard() {
		return (EAttribute)environmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnvironment_Rank() {
		return (EAttribute)environmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPropertyHolder() {
		return propertyHolderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPropertyHolder_Properties() {
		return (EReference)propertyHolderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPropertyHolder_Tags() {
		return (EReference)propertyHolderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLandscapeSystem() {
		return landscapeSystemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLandscapeSystem_Description() {
		return (EAttribute)landscapeSystemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLandscapeSystem_Owner() {
		return (EAttribute)landscapeSystemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLandscapeSystem_Aliases() {
		return (EAttribute)landscapeSystemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBusinessObject() {
		return businessObjectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBusinessObject_Description() {
		return (EAttribute)businessObjectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPropertyDefinition() {
		return propertyDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPropertyDefinition_Category() {
		return (EAttribute)propertyDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPropertyDefinition_Format() {
		return (EAttribute)propertyDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPropertyDefinition_Description() {
		return (EAttribute)propertyDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPropertyValue() {
		return propertyValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPropertyValue_Definition() {
		return (EReference)propertyValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPropertyValue_Value() {
		return (EAttribute)propertyValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTagCategory() {
		return tagCategoryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTagCategory_Description() {
		return (EAttribute)tagCategoryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTagCategory_Values() {
		return (EReference)tagCategoryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTagValue() {
		return tagValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceCatalog() {
		return interfaceCatalogEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterfaceCatalog_Interfaces() {
		return (EReference)interfaceCatalogEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterface() {
		return interfaceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_ExternalId() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_DataSource() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Environment() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Type() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Version() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Status() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_OriginalSender() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_OriginalReceiver() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Sender() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Receiver() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_SenderSetByHand() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_ReceiverSetByHand() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Adapters() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_AuthenticationMethods() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Complexity() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_LastTraffic() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_NotFoundInLastRun() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_BusinessObjects() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIntegrationCatalog() {
		return integrationCatalogEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntegrationCatalog_Integrations() {
		return (EReference)integrationCatalogEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIntegrationCatalog_RejectedProposals() {
		return (EAttribute)integrationCatalogEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEndToEndIntegration() {
		return endToEndIntegrationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndToEndIntegration_Description() {
		return (EAttribute)endToEndIntegrationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEndToEndIntegration_Sender() {
		return (EReference)endToEndIntegrationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEndToEndIntegration_Receiver() {
		return (EReference)endToEndIntegrationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEndToEndIntegration_Interfaces() {
		return (EReference)endToEndIntegrationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndToEndIntegration_Proposal() {
		return (EAttribute)endToEndIntegrationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndToEndIntegration_Evidence() {
		return (EAttribute)endToEndIntegrationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataSourceCatalog() {
		return dataSourceCatalogEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataSourceCatalog_DataSources() {
		return (EReference)dataSourceCatalogEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataSourceCatalog_Proxies() {
		return (EReference)dataSourceCatalogEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataSource() {
		return dataSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_Type() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataSource_Environment() {
		return (EReference)dataSourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_Products() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_Features() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_Hostname() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_Region() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_Url() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_Tenant() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_Workspace() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_ProjectId() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_RootUrl() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_SystemId() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_Client() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_RfcDestination() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_UpdateMode() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_TargetField() {
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataSource_Proxy() {
		return (EReference)dataSourceEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataSource_Authentication() {
		return (EReference)dataSourceEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDataSource_Tasks() {
		return (EReference)dataSourceEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAuthentication() {
		return authenticationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuthentication_Type() {
		return (EAttribute)authenticationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuthentication_Username() {
		return (EAttribute)authenticationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuthentication_ClientId() {
		return (EAttribute)authenticationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuthentication_TokenUrl() {
		return (EAttribute)authenticationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuthentication_Scope() {
		return (EAttribute)authenticationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuthentication_ApiKeyHeader() {
		return (EAttribute)authenticationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAuthentication_Secret() {
		return (EReference)authenticationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSecretReference() {
		return secretReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSecretReference_Purpose() {
		return (EAttribute)secretReferenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTask() {
		return taskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTask_Type() {
		return (EAttribute)taskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTask_Recurrence() {
		return (EAttribute)taskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTask_Enabled() {
		return (EAttribute)taskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProxy() {
		return proxyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProxy_Host() {
		return (EAttribute)proxyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProxy_Port() {
		return (EAttribute)proxyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProxy_LocationId() {
		return (EAttribute)proxyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProxy_Username() {
		return (EAttribute)proxyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProxy_Password() {
		return (EReference)proxyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRuleBook() {
		return ruleBookEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRuleBook_SystemMappingRules() {
		return (EReference)ruleBookEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRuleBook_ObjectRules() {
		return (EReference)ruleBookEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRuleBook_Strategy() {
		return (EReference)ruleBookEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSystemMappingRule() {
		return systemMappingRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemMappingRule_InterfacePattern() {
		return (EAttribute)systemMappingRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemMappingRule_OriginalSystem() {
		return (EAttribute)systemMappingRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemMappingRule_HarmonizedSystem() {
		return (EReference)systemMappingRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSystemMappingRule_DataSourceFilter() {
		return (EReference)systemMappingRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemMappingRule_Enabled() {
		return (EAttribute)systemMappingRuleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSystemMappingRule_Description() {
		return (EAttribute)systemMappingRuleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getObjectRule() {
		return objectRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjectRule_InterfacePattern() {
		return (EAttribute)objectRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getObjectRule_HarmonizedObject() {
		return (EReference)objectRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjectRule_Enabled() {
		return (EAttribute)objectRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getObjectRule_Description() {
		return (EAttribute)objectRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIntegrationStrategy() {
		return integrationStrategyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntegrationStrategy_AdapterFits() {
		return (EReference)integrationStrategyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIntegrationStrategy_AuthenticationFits() {
		return (EReference)integrationStrategyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTechnologyFit() {
		return technologyFitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTechnologyFit_Fit() {
		return (EAttribute)technologyFitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTechnologyFit_Technologies() {
		return (EAttribute)technologyFitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDashboardSettings() {
		return dashboardSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDashboardSettings_ActivatedElements() {
		return (EAttribute)dashboardSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDashboardSettings_RobustnessWarning() {
		return (EAttribute)dashboardSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDashboardSettings_RobustnessCritical() {
		return (EAttribute)dashboardSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDashboardSettings_DecommissioningThreshold() {
		return (EAttribute)dashboardSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDashboardSettings_DecommissioningDays() {
		return (EAttribute)dashboardSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDashboardSettings_DecommissioningGreenBelow() {
		return (EAttribute)dashboardSettingsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDashboardSettings_DecommissioningRedAbove() {
		return (EAttribute)dashboardSettingsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDashboardSettings_InventoryTagDisplays() {
		return (EReference)dashboardSettingsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDashboardSettings_ErrorWindows() {
		return (EReference)dashboardSettingsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDashboardSettings_AnomalyBounds() {
		return (EReference)dashboardSettingsEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDashboardSettings_QuickLinks() {
		return (EReference)dashboardSettingsEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getErrorWindow() {
		return errorWindowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getErrorWindow_DataSource() {
		return (EReference)errorWindowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getErrorWindow_InterfaceType() {
		return (EAttribute)errorWindowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getErrorWindow_Hours() {
		return (EAttribute)errorWindowEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnomalyBound() {
		return anomalyBoundEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnomalyBound_Interface() {
		return (EReference)anomalyBoundEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnomalyBound_Period() {
		return (EAttribute)anomalyBoundEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnomalyBound_Lower() {
		return (EAttribute)anomalyBoundEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnomalyBound_Upper() {
		return (EAttribute)anomalyBoundEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQuickLink() {
		return quickLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuickLink_Url() {
		return (EAttribute)quickLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTodoSettings() {
		return todoSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTodoSettings_Mode() {
		return (EAttribute)todoSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTodoSettings_ObjectsRequirement() {
		return (EAttribute)todoSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTodoSettings_PropertiesRequirement() {
		return (EAttribute)todoSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTodoSettings_TagsRequirement() {
		return (EAttribute)todoSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTodoSettings_SelectedProperties() {
		return (EReference)todoSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTodoSettings_SelectedTags() {
		return (EReference)todoSettingsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUser() {
		return userEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_Email() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_Role() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUser_Active() {
		return (EAttribute)userEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getApiManagement() {
		return apiManagementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApiManagement_Providers() {
		return (EReference)apiManagementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApiManagement_Proxies() {
		return (EReference)apiManagementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApiManagement_KeyValueMaps() {
		return (EReference)apiManagementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApiManagement_Products() {
		return (EReference)apiManagementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApiManagement_Applications() {
		return (EReference)apiManagementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApiManagement_LintSettings() {
		return (EReference)apiManagementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getApiProvider() {
		return apiProviderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiProvider_Description() {
		return (EAttribute)apiProviderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiProvider_VirtualHost() {
		return (EAttribute)apiProviderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiProvider_Port() {
		return (EAttribute)apiProviderEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiProvider_LocationId() {
		return (EAttribute)apiProviderEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiProvider_CatalogPathPrefix() {
		return (EAttribute)apiProviderEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiProvider_ServiceCollectionUrl() {
		return (EAttribute)apiProviderEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getApiProxy() {
		return apiProxyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiProxy_Title() {
		return (EAttribute)apiProxyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiProxy_Version() {
		return (EAttribute)apiProxyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiProxy_BasePath() {
		return (EAttribute)apiProxyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApiProxy_Provider() {
		return (EReference)apiProxyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiProxy_Service() {
		return (EAttribute)apiProxyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApiProxy_ProxyEndpoints() {
		return (EReference)apiProxyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApiProxy_TargetEndpoints() {
		return (EReference)apiProxyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApiProxy_Policies() {
		return (EReference)apiProxyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiProxy_BundleFormat() {
		return (EAttribute)apiProxyEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiProxy_Descriptor() {
		return (EAttribute)apiProxyEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApiProxy_Resources() {
		return (EReference)apiProxyEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEndpoint() {
		return endpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEndpoint_PreFlow() {
		return (EReference)endpointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEndpoint_ConditionalFlows() {
		return (EReference)endpointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEndpoint_PostFlow() {
		return (EReference)endpointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpoint_Xml() {
		return (EAttribute)endpointEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProxyEndpoint() {
		return proxyEndpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProxyEndpoint_BasePath() {
		return (EAttribute)proxyEndpointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProxyEndpoint_VirtualHost() {
		return (EAttribute)proxyEndpointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTargetEndpoint() {
		return targetEndpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTargetEndpoint_Url() {
		return (EAttribute)targetEndpointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTargetEndpoint_Provider() {
		return (EReference)targetEndpointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFlow() {
		return flowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlow_Kind() {
		return (EAttribute)flowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFlow_Condition() {
		return (EAttribute)flowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFlow_RequestSteps() {
		return (EReference)flowEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFlow_ResponseSteps() {
		return (EReference)flowEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStep() {
		return stepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_Policy() {
		return (EReference)stepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Condition() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Sequence() {
		return (EAttribute)stepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicy() {
		return policyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicy_Type() {
		return (EAttribute)policyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicy_Xml() {
		return (EAttribute)policyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKeyValueMap() {
		return keyValueMapEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyValueMap_Scope() {
		return (EAttribute)keyValueMapEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyValueMap_Encrypted() {
		return (EAttribute)keyValueMapEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKeyValueMap_Entries() {
		return (EReference)keyValueMapEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKeyValueEntry() {
		return keyValueEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKeyValueEntry_Value() {
		return (EReference)keyValueEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getApiProduct() {
		return apiProductEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiProduct_Title() {
		return (EAttribute)apiProductEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiProduct_Description() {
		return (EAttribute)apiProductEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApiProduct_Proxies() {
		return (EReference)apiProductEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApiProduct_Scopes() {
		return (EAttribute)apiProductEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeveloperApplication() {
		return developerApplicationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeveloperApplication_DeveloperEmail() {
		return (EAttribute)developerApplicationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeveloperApplication_Products() {
		return (EReference)developerApplicationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeveloperApplication_CallbackUrl() {
		return (EAttribute)developerApplicationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDeveloperApplication_ApiKey() {
		return (EReference)developerApplicationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOnboarding() {
		return onboardingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOnboarding_Checklists() {
		return (EReference)onboardingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOnboarding_IpAllowlists() {
		return (EReference)onboardingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOnboarding_DomainAllowlists() {
		return (EReference)onboardingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChecklist() {
		return checklistEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChecklist_Steps() {
		return (EReference)checklistEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChecklistStep() {
		return checklistStepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistStep_Status() {
		return (EAttribute)checklistStepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistStep_Owner() {
		return (EAttribute)checklistStepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistStep_Evidence() {
		return (EAttribute)checklistStepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistStep_Notes() {
		return (EAttribute)checklistStepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIpAllowlist() {
		return ipAllowlistEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIpAllowlist_Entries() {
		return (EReference)ipAllowlistEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIpAllowlist_Kind() {
		return (EAttribute)ipAllowlistEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIpAllowlistEntry() {
		return ipAllowlistEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIpAllowlistEntry_Cidr() {
		return (EAttribute)ipAllowlistEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIpAllowlistEntry_Owner() {
		return (EAttribute)ipAllowlistEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIpAllowlistEntry_ChangeDate() {
		return (EAttribute)ipAllowlistEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIpAllowlistEntry_Justification() {
		return (EAttribute)ipAllowlistEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDomainAllowlist() {
		return domainAllowlistEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDomainAllowlist_Entries() {
		return (EReference)domainAllowlistEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDomainAllowlistEntry() {
		return domainAllowlistEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomainAllowlistEntry_Domain() {
		return (EAttribute)domainAllowlistEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomainAllowlistEntry_Port() {
		return (EAttribute)domainAllowlistEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomainAllowlistEntry_Purpose() {
		return (EAttribute)domainAllowlistEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProxyResource() {
		return proxyResourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProxyResource_Path() {
		return (EAttribute)proxyResourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProxyResource_Content() {
		return (EAttribute)proxyResourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProxyResource_Binary() {
		return (EAttribute)proxyResourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPolicyLintSettings() {
		return policyLintSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPolicyLintSettings_Rules() {
		return (EReference)policyLintSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyLintSettings_BroadestIpv4Prefix() {
		return (EAttribute)policyLintSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyLintSettings_BroadestIpv6Prefix() {
		return (EAttribute)policyLintSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPolicyLintSettings_LongestCalloutTimeoutMillis() {
		return (EAttribute)policyLintSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLintRuleSetting() {
		return lintRuleSettingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLintRuleSetting_RuleId() {
		return (EAttribute)lintRuleSettingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLintRuleSetting_Enabled() {
		return (EAttribute)lintRuleSettingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLintRuleSetting_Severity() {
		return (EAttribute)lintRuleSettingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPropertyCategory() {
		return propertyCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPropertyFormat() {
		return propertyFormatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDataSourceType() {
		return dataSourceTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProduct() {
		return productEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAuthenticationType() {
		return authenticationTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTaskType() {
		return taskTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFit() {
		return fitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPeriod() {
		return periodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRole() {
		return roleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTodoMode() {
		return todoModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTodoRequirement() {
		return todoRequirementEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComplexityClass() {
		return complexityClassEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFlowKind() {
		return flowKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStepStatus() {
		return stepStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProxyBundleFormat() {
		return proxyBundleFormatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLintSeverity() {
		return lintSeverityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAllowlistKind() {
		return allowlistKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LandscapeFactory getLandscapeFactory() {
		return (LandscapeFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__UUID);

		namedEClass = createEClass(NAMED);
		createEAttribute(namedEClass, NAMED__NAME);

		landscapeEClass = createEClass(LANDSCAPE);
		createEAttribute(landscapeEClass, LANDSCAPE__DESCRIPTION);
		createEReference(landscapeEClass, LANDSCAPE__ENVIRONMENTS);
		createEReference(landscapeEClass, LANDSCAPE__SYSTEMS);
		createEReference(landscapeEClass, LANDSCAPE__BUSINESS_OBJECTS);
		createEReference(landscapeEClass, LANDSCAPE__PROPERTY_DEFINITIONS);
		createEReference(landscapeEClass, LANDSCAPE__TAG_CATEGORIES);
		createEReference(landscapeEClass, LANDSCAPE__USERS);
		createEReference(landscapeEClass, LANDSCAPE__DASHBOARD_SETTINGS);
		createEReference(landscapeEClass, LANDSCAPE__TODO_SETTINGS);

		environmentEClass = createEClass(ENVIRONMENT);
		createEAttribute(environmentEClass, ENVIRONMENT__STANDARD);
		createEAttribute(environmentEClass, ENVIRONMENT__RANK);

		propertyHolderEClass = createEClass(PROPERTY_HOLDER);
		createEReference(propertyHolderEClass, PROPERTY_HOLDER__PROPERTIES);
		createEReference(propertyHolderEClass, PROPERTY_HOLDER__TAGS);

		landscapeSystemEClass = createEClass(LANDSCAPE_SYSTEM);
		createEAttribute(landscapeSystemEClass, LANDSCAPE_SYSTEM__DESCRIPTION);
		createEAttribute(landscapeSystemEClass, LANDSCAPE_SYSTEM__OWNER);
		createEAttribute(landscapeSystemEClass, LANDSCAPE_SYSTEM__ALIASES);

		businessObjectEClass = createEClass(BUSINESS_OBJECT);
		createEAttribute(businessObjectEClass, BUSINESS_OBJECT__DESCRIPTION);

		propertyDefinitionEClass = createEClass(PROPERTY_DEFINITION);
		createEAttribute(propertyDefinitionEClass, PROPERTY_DEFINITION__CATEGORY);
		createEAttribute(propertyDefinitionEClass, PROPERTY_DEFINITION__FORMAT);
		createEAttribute(propertyDefinitionEClass, PROPERTY_DEFINITION__DESCRIPTION);

		propertyValueEClass = createEClass(PROPERTY_VALUE);
		createEReference(propertyValueEClass, PROPERTY_VALUE__DEFINITION);
		createEAttribute(propertyValueEClass, PROPERTY_VALUE__VALUE);

		tagCategoryEClass = createEClass(TAG_CATEGORY);
		createEAttribute(tagCategoryEClass, TAG_CATEGORY__DESCRIPTION);
		createEReference(tagCategoryEClass, TAG_CATEGORY__VALUES);

		tagValueEClass = createEClass(TAG_VALUE);

		interfaceCatalogEClass = createEClass(INTERFACE_CATALOG);
		createEReference(interfaceCatalogEClass, INTERFACE_CATALOG__INTERFACES);

		interfaceEClass = createEClass(INTERFACE);
		createEAttribute(interfaceEClass, INTERFACE__EXTERNAL_ID);
		createEReference(interfaceEClass, INTERFACE__DATA_SOURCE);
		createEReference(interfaceEClass, INTERFACE__ENVIRONMENT);
		createEAttribute(interfaceEClass, INTERFACE__TYPE);
		createEAttribute(interfaceEClass, INTERFACE__VERSION);
		createEAttribute(interfaceEClass, INTERFACE__STATUS);
		createEAttribute(interfaceEClass, INTERFACE__ORIGINAL_SENDER);
		createEAttribute(interfaceEClass, INTERFACE__ORIGINAL_RECEIVER);
		createEReference(interfaceEClass, INTERFACE__SENDER);
		createEReference(interfaceEClass, INTERFACE__RECEIVER);
		createEAttribute(interfaceEClass, INTERFACE__SENDER_SET_BY_HAND);
		createEAttribute(interfaceEClass, INTERFACE__RECEIVER_SET_BY_HAND);
		createEAttribute(interfaceEClass, INTERFACE__ADAPTERS);
		createEAttribute(interfaceEClass, INTERFACE__AUTHENTICATION_METHODS);
		createEAttribute(interfaceEClass, INTERFACE__COMPLEXITY);
		createEAttribute(interfaceEClass, INTERFACE__LAST_TRAFFIC);
		createEAttribute(interfaceEClass, INTERFACE__NOT_FOUND_IN_LAST_RUN);
		createEReference(interfaceEClass, INTERFACE__BUSINESS_OBJECTS);

		integrationCatalogEClass = createEClass(INTEGRATION_CATALOG);
		createEReference(integrationCatalogEClass, INTEGRATION_CATALOG__INTEGRATIONS);
		createEAttribute(integrationCatalogEClass, INTEGRATION_CATALOG__REJECTED_PROPOSALS);

		endToEndIntegrationEClass = createEClass(END_TO_END_INTEGRATION);
		createEAttribute(endToEndIntegrationEClass, END_TO_END_INTEGRATION__DESCRIPTION);
		createEReference(endToEndIntegrationEClass, END_TO_END_INTEGRATION__SENDER);
		createEReference(endToEndIntegrationEClass, END_TO_END_INTEGRATION__RECEIVER);
		createEReference(endToEndIntegrationEClass, END_TO_END_INTEGRATION__INTERFACES);
		createEAttribute(endToEndIntegrationEClass, END_TO_END_INTEGRATION__PROPOSAL);
		createEAttribute(endToEndIntegrationEClass, END_TO_END_INTEGRATION__EVIDENCE);

		dataSourceCatalogEClass = createEClass(DATA_SOURCE_CATALOG);
		createEReference(dataSourceCatalogEClass, DATA_SOURCE_CATALOG__DATA_SOURCES);
		createEReference(dataSourceCatalogEClass, DATA_SOURCE_CATALOG__PROXIES);

		dataSourceEClass = createEClass(DATA_SOURCE);
		createEAttribute(dataSourceEClass, DATA_SOURCE__TYPE);
		createEReference(dataSourceEClass, DATA_SOURCE__ENVIRONMENT);
		createEAttribute(dataSourceEClass, DATA_SOURCE__PRODUCTS);
		createEAttribute(dataSourceEClass, DATA_SOURCE__FEATURES);
		createEAttribute(dataSourceEClass, DATA_SOURCE__HOSTNAME);
		createEAttribute(dataSourceEClass, DATA_SOURCE__REGION);
		createEAttribute(dataSourceEClass, DATA_SOURCE__URL);
		createEAttribute(dataSourceEClass, DATA_SOURCE__TENANT);
		createEAttribute(dataSourceEClass, DATA_SOURCE__WORKSPACE);
		createEAttribute(dataSourceEClass, DATA_SOURCE__PROJECT_ID);
		createEAttribute(dataSourceEClass, DATA_SOURCE__ROOT_URL);
		createEAttribute(dataSourceEClass, DATA_SOURCE__SYSTEM_ID);
		createEAttribute(dataSourceEClass, DATA_SOURCE__CLIENT);
		createEAttribute(dataSourceEClass, DATA_SOURCE__RFC_DESTINATION);
		createEAttribute(dataSourceEClass, DATA_SOURCE__UPDATE_MODE);
		createEAttribute(dataSourceEClass, DATA_SOURCE__TARGET_FIELD);
		createEReference(dataSourceEClass, DATA_SOURCE__PROXY);
		createEReference(dataSourceEClass, DATA_SOURCE__AUTHENTICATION);
		createEReference(dataSourceEClass, DATA_SOURCE__TASKS);

		authenticationEClass = createEClass(AUTHENTICATION);
		createEAttribute(authenticationEClass, AUTHENTICATION__TYPE);
		createEAttribute(authenticationEClass, AUTHENTICATION__USERNAME);
		createEAttribute(authenticationEClass, AUTHENTICATION__CLIENT_ID);
		createEAttribute(authenticationEClass, AUTHENTICATION__TOKEN_URL);
		createEAttribute(authenticationEClass, AUTHENTICATION__SCOPE);
		createEAttribute(authenticationEClass, AUTHENTICATION__API_KEY_HEADER);
		createEReference(authenticationEClass, AUTHENTICATION__SECRET);

		secretReferenceEClass = createEClass(SECRET_REFERENCE);
		createEAttribute(secretReferenceEClass, SECRET_REFERENCE__PURPOSE);

		taskEClass = createEClass(TASK);
		createEAttribute(taskEClass, TASK__TYPE);
		createEAttribute(taskEClass, TASK__RECURRENCE);
		createEAttribute(taskEClass, TASK__ENABLED);

		proxyEClass = createEClass(PROXY);
		createEAttribute(proxyEClass, PROXY__HOST);
		createEAttribute(proxyEClass, PROXY__PORT);
		createEAttribute(proxyEClass, PROXY__LOCATION_ID);
		createEAttribute(proxyEClass, PROXY__USERNAME);
		createEReference(proxyEClass, PROXY__PASSWORD);

		ruleBookEClass = createEClass(RULE_BOOK);
		createEReference(ruleBookEClass, RULE_BOOK__SYSTEM_MAPPING_RULES);
		createEReference(ruleBookEClass, RULE_BOOK__OBJECT_RULES);
		createEReference(ruleBookEClass, RULE_BOOK__STRATEGY);

		systemMappingRuleEClass = createEClass(SYSTEM_MAPPING_RULE);
		createEAttribute(systemMappingRuleEClass, SYSTEM_MAPPING_RULE__INTERFACE_PATTERN);
		createEAttribute(systemMappingRuleEClass, SYSTEM_MAPPING_RULE__ORIGINAL_SYSTEM);
		createEReference(systemMappingRuleEClass, SYSTEM_MAPPING_RULE__HARMONIZED_SYSTEM);
		createEReference(systemMappingRuleEClass, SYSTEM_MAPPING_RULE__DATA_SOURCE_FILTER);
		createEAttribute(systemMappingRuleEClass, SYSTEM_MAPPING_RULE__ENABLED);
		createEAttribute(systemMappingRuleEClass, SYSTEM_MAPPING_RULE__DESCRIPTION);

		objectRuleEClass = createEClass(OBJECT_RULE);
		createEAttribute(objectRuleEClass, OBJECT_RULE__INTERFACE_PATTERN);
		createEReference(objectRuleEClass, OBJECT_RULE__HARMONIZED_OBJECT);
		createEAttribute(objectRuleEClass, OBJECT_RULE__ENABLED);
		createEAttribute(objectRuleEClass, OBJECT_RULE__DESCRIPTION);

		integrationStrategyEClass = createEClass(INTEGRATION_STRATEGY);
		createEReference(integrationStrategyEClass, INTEGRATION_STRATEGY__ADAPTER_FITS);
		createEReference(integrationStrategyEClass, INTEGRATION_STRATEGY__AUTHENTICATION_FITS);

		technologyFitEClass = createEClass(TECHNOLOGY_FIT);
		createEAttribute(technologyFitEClass, TECHNOLOGY_FIT__FIT);
		createEAttribute(technologyFitEClass, TECHNOLOGY_FIT__TECHNOLOGIES);

		dashboardSettingsEClass = createEClass(DASHBOARD_SETTINGS);
		createEAttribute(dashboardSettingsEClass, DASHBOARD_SETTINGS__ACTIVATED_ELEMENTS);
		createEAttribute(dashboardSettingsEClass, DASHBOARD_SETTINGS__ROBUSTNESS_WARNING);
		createEAttribute(dashboardSettingsEClass, DASHBOARD_SETTINGS__ROBUSTNESS_CRITICAL);
		createEAttribute(dashboardSettingsEClass, DASHBOARD_SETTINGS__DECOMMISSIONING_THRESHOLD);
		createEAttribute(dashboardSettingsEClass, DASHBOARD_SETTINGS__DECOMMISSIONING_DAYS);
		createEAttribute(dashboardSettingsEClass, DASHBOARD_SETTINGS__DECOMMISSIONING_GREEN_BELOW);
		createEAttribute(dashboardSettingsEClass, DASHBOARD_SETTINGS__DECOMMISSIONING_RED_ABOVE);
		createEReference(dashboardSettingsEClass, DASHBOARD_SETTINGS__INVENTORY_TAG_DISPLAYS);
		createEReference(dashboardSettingsEClass, DASHBOARD_SETTINGS__ERROR_WINDOWS);
		createEReference(dashboardSettingsEClass, DASHBOARD_SETTINGS__ANOMALY_BOUNDS);
		createEReference(dashboardSettingsEClass, DASHBOARD_SETTINGS__QUICK_LINKS);

		errorWindowEClass = createEClass(ERROR_WINDOW);
		createEReference(errorWindowEClass, ERROR_WINDOW__DATA_SOURCE);
		createEAttribute(errorWindowEClass, ERROR_WINDOW__INTERFACE_TYPE);
		createEAttribute(errorWindowEClass, ERROR_WINDOW__HOURS);

		anomalyBoundEClass = createEClass(ANOMALY_BOUND);
		createEReference(anomalyBoundEClass, ANOMALY_BOUND__INTERFACE);
		createEAttribute(anomalyBoundEClass, ANOMALY_BOUND__PERIOD);
		createEAttribute(anomalyBoundEClass, ANOMALY_BOUND__LOWER);
		createEAttribute(anomalyBoundEClass, ANOMALY_BOUND__UPPER);

		quickLinkEClass = createEClass(QUICK_LINK);
		createEAttribute(quickLinkEClass, QUICK_LINK__URL);

		todoSettingsEClass = createEClass(TODO_SETTINGS);
		createEAttribute(todoSettingsEClass, TODO_SETTINGS__MODE);
		createEAttribute(todoSettingsEClass, TODO_SETTINGS__OBJECTS_REQUIREMENT);
		createEAttribute(todoSettingsEClass, TODO_SETTINGS__PROPERTIES_REQUIREMENT);
		createEAttribute(todoSettingsEClass, TODO_SETTINGS__TAGS_REQUIREMENT);
		createEReference(todoSettingsEClass, TODO_SETTINGS__SELECTED_PROPERTIES);
		createEReference(todoSettingsEClass, TODO_SETTINGS__SELECTED_TAGS);

		userEClass = createEClass(USER);
		createEAttribute(userEClass, USER__EMAIL);
		createEAttribute(userEClass, USER__ROLE);
		createEAttribute(userEClass, USER__ACTIVE);

		apiManagementEClass = createEClass(API_MANAGEMENT);
		createEReference(apiManagementEClass, API_MANAGEMENT__PROVIDERS);
		createEReference(apiManagementEClass, API_MANAGEMENT__PROXIES);
		createEReference(apiManagementEClass, API_MANAGEMENT__KEY_VALUE_MAPS);
		createEReference(apiManagementEClass, API_MANAGEMENT__PRODUCTS);
		createEReference(apiManagementEClass, API_MANAGEMENT__APPLICATIONS);
		createEReference(apiManagementEClass, API_MANAGEMENT__LINT_SETTINGS);

		apiProviderEClass = createEClass(API_PROVIDER);
		createEAttribute(apiProviderEClass, API_PROVIDER__DESCRIPTION);
		createEAttribute(apiProviderEClass, API_PROVIDER__VIRTUAL_HOST);
		createEAttribute(apiProviderEClass, API_PROVIDER__PORT);
		createEAttribute(apiProviderEClass, API_PROVIDER__LOCATION_ID);
		createEAttribute(apiProviderEClass, API_PROVIDER__CATALOG_PATH_PREFIX);
		createEAttribute(apiProviderEClass, API_PROVIDER__SERVICE_COLLECTION_URL);

		apiProxyEClass = createEClass(API_PROXY);
		createEAttribute(apiProxyEClass, API_PROXY__TITLE);
		createEAttribute(apiProxyEClass, API_PROXY__VERSION);
		createEAttribute(apiProxyEClass, API_PROXY__BASE_PATH);
		createEReference(apiProxyEClass, API_PROXY__PROVIDER);
		createEAttribute(apiProxyEClass, API_PROXY__SERVICE);
		createEReference(apiProxyEClass, API_PROXY__PROXY_ENDPOINTS);
		createEReference(apiProxyEClass, API_PROXY__TARGET_ENDPOINTS);
		createEReference(apiProxyEClass, API_PROXY__POLICIES);
		createEAttribute(apiProxyEClass, API_PROXY__BUNDLE_FORMAT);
		createEAttribute(apiProxyEClass, API_PROXY__DESCRIPTOR);
		createEReference(apiProxyEClass, API_PROXY__RESOURCES);

		endpointEClass = createEClass(ENDPOINT);
		createEReference(endpointEClass, ENDPOINT__PRE_FLOW);
		createEReference(endpointEClass, ENDPOINT__CONDITIONAL_FLOWS);
		createEReference(endpointEClass, ENDPOINT__POST_FLOW);
		createEAttribute(endpointEClass, ENDPOINT__XML);

		proxyEndpointEClass = createEClass(PROXY_ENDPOINT);
		createEAttribute(proxyEndpointEClass, PROXY_ENDPOINT__BASE_PATH);
		createEAttribute(proxyEndpointEClass, PROXY_ENDPOINT__VIRTUAL_HOST);

		targetEndpointEClass = createEClass(TARGET_ENDPOINT);
		createEAttribute(targetEndpointEClass, TARGET_ENDPOINT__URL);
		createEReference(targetEndpointEClass, TARGET_ENDPOINT__PROVIDER);

		flowEClass = createEClass(FLOW);
		createEAttribute(flowEClass, FLOW__KIND);
		createEAttribute(flowEClass, FLOW__CONDITION);
		createEReference(flowEClass, FLOW__REQUEST_STEPS);
		createEReference(flowEClass, FLOW__RESPONSE_STEPS);

		stepEClass = createEClass(STEP);
		createEReference(stepEClass, STEP__POLICY);
		createEAttribute(stepEClass, STEP__CONDITION);
		createEAttribute(stepEClass, STEP__SEQUENCE);

		policyEClass = createEClass(POLICY);
		createEAttribute(policyEClass, POLICY__TYPE);
		createEAttribute(policyEClass, POLICY__XML);

		keyValueMapEClass = createEClass(KEY_VALUE_MAP);
		createEAttribute(keyValueMapEClass, KEY_VALUE_MAP__SCOPE);
		createEAttribute(keyValueMapEClass, KEY_VALUE_MAP__ENCRYPTED);
		createEReference(keyValueMapEClass, KEY_VALUE_MAP__ENTRIES);

		keyValueEntryEClass = createEClass(KEY_VALUE_ENTRY);
		createEReference(keyValueEntryEClass, KEY_VALUE_ENTRY__VALUE);

		apiProductEClass = createEClass(API_PRODUCT);
		createEAttribute(apiProductEClass, API_PRODUCT__TITLE);
		createEAttribute(apiProductEClass, API_PRODUCT__DESCRIPTION);
		createEReference(apiProductEClass, API_PRODUCT__PROXIES);
		createEAttribute(apiProductEClass, API_PRODUCT__SCOPES);

		developerApplicationEClass = createEClass(DEVELOPER_APPLICATION);
		createEAttribute(developerApplicationEClass, DEVELOPER_APPLICATION__DEVELOPER_EMAIL);
		createEReference(developerApplicationEClass, DEVELOPER_APPLICATION__PRODUCTS);
		createEAttribute(developerApplicationEClass, DEVELOPER_APPLICATION__CALLBACK_URL);
		createEReference(developerApplicationEClass, DEVELOPER_APPLICATION__API_KEY);

		onboardingEClass = createEClass(ONBOARDING);
		createEReference(onboardingEClass, ONBOARDING__CHECKLISTS);
		createEReference(onboardingEClass, ONBOARDING__IP_ALLOWLISTS);
		createEReference(onboardingEClass, ONBOARDING__DOMAIN_ALLOWLISTS);

		checklistEClass = createEClass(CHECKLIST);
		createEReference(checklistEClass, CHECKLIST__STEPS);

		checklistStepEClass = createEClass(CHECKLIST_STEP);
		createEAttribute(checklistStepEClass, CHECKLIST_STEP__STATUS);
		createEAttribute(checklistStepEClass, CHECKLIST_STEP__OWNER);
		createEAttribute(checklistStepEClass, CHECKLIST_STEP__EVIDENCE);
		createEAttribute(checklistStepEClass, CHECKLIST_STEP__NOTES);

		ipAllowlistEClass = createEClass(IP_ALLOWLIST);
		createEReference(ipAllowlistEClass, IP_ALLOWLIST__ENTRIES);
		createEAttribute(ipAllowlistEClass, IP_ALLOWLIST__KIND);

		ipAllowlistEntryEClass = createEClass(IP_ALLOWLIST_ENTRY);
		createEAttribute(ipAllowlistEntryEClass, IP_ALLOWLIST_ENTRY__CIDR);
		createEAttribute(ipAllowlistEntryEClass, IP_ALLOWLIST_ENTRY__OWNER);
		createEAttribute(ipAllowlistEntryEClass, IP_ALLOWLIST_ENTRY__CHANGE_DATE);
		createEAttribute(ipAllowlistEntryEClass, IP_ALLOWLIST_ENTRY__JUSTIFICATION);

		domainAllowlistEClass = createEClass(DOMAIN_ALLOWLIST);
		createEReference(domainAllowlistEClass, DOMAIN_ALLOWLIST__ENTRIES);

		domainAllowlistEntryEClass = createEClass(DOMAIN_ALLOWLIST_ENTRY);
		createEAttribute(domainAllowlistEntryEClass, DOMAIN_ALLOWLIST_ENTRY__DOMAIN);
		createEAttribute(domainAllowlistEntryEClass, DOMAIN_ALLOWLIST_ENTRY__PORT);
		createEAttribute(domainAllowlistEntryEClass, DOMAIN_ALLOWLIST_ENTRY__PURPOSE);

		proxyResourceEClass = createEClass(PROXY_RESOURCE);
		createEAttribute(proxyResourceEClass, PROXY_RESOURCE__PATH);
		createEAttribute(proxyResourceEClass, PROXY_RESOURCE__CONTENT);
		createEAttribute(proxyResourceEClass, PROXY_RESOURCE__BINARY);

		policyLintSettingsEClass = createEClass(POLICY_LINT_SETTINGS);
		createEReference(policyLintSettingsEClass, POLICY_LINT_SETTINGS__RULES);
		createEAttribute(policyLintSettingsEClass, POLICY_LINT_SETTINGS__BROADEST_IPV4_PREFIX);
		createEAttribute(policyLintSettingsEClass, POLICY_LINT_SETTINGS__BROADEST_IPV6_PREFIX);
		createEAttribute(policyLintSettingsEClass, POLICY_LINT_SETTINGS__LONGEST_CALLOUT_TIMEOUT_MILLIS);

		lintRuleSettingEClass = createEClass(LINT_RULE_SETTING);
		createEAttribute(lintRuleSettingEClass, LINT_RULE_SETTING__RULE_ID);
		createEAttribute(lintRuleSettingEClass, LINT_RULE_SETTING__ENABLED);
		createEAttribute(lintRuleSettingEClass, LINT_RULE_SETTING__SEVERITY);

		// Create enums
		propertyCategoryEEnum = createEEnum(PROPERTY_CATEGORY);
		propertyFormatEEnum = createEEnum(PROPERTY_FORMAT);
		dataSourceTypeEEnum = createEEnum(DATA_SOURCE_TYPE);
		productEEnum = createEEnum(PRODUCT);
		authenticationTypeEEnum = createEEnum(AUTHENTICATION_TYPE);
		taskTypeEEnum = createEEnum(TASK_TYPE);
		fitEEnum = createEEnum(FIT);
		periodEEnum = createEEnum(PERIOD);
		roleEEnum = createEEnum(ROLE);
		todoModeEEnum = createEEnum(TODO_MODE);
		todoRequirementEEnum = createEEnum(TODO_REQUIREMENT);
		complexityClassEEnum = createEEnum(COMPLEXITY_CLASS);
		flowKindEEnum = createEEnum(FLOW_KIND);
		stepStatusEEnum = createEEnum(STEP_STATUS);
		proxyBundleFormatEEnum = createEEnum(PROXY_BUNDLE_FORMAT);
		lintSeverityEEnum = createEEnum(LINT_SEVERITY);
		allowlistKindEEnum = createEEnum(ALLOWLIST_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		namedEClass.getESuperTypes().add(this.getIdentified());
		landscapeEClass.getESuperTypes().add(this.getNamed());
		environmentEClass.getESuperTypes().add(this.getNamed());
		propertyHolderEClass.getESuperTypes().add(this.getNamed());
		landscapeSystemEClass.getESuperTypes().add(this.getPropertyHolder());
		businessObjectEClass.getESuperTypes().add(this.getPropertyHolder());
		propertyDefinitionEClass.getESuperTypes().add(this.getNamed());
		propertyValueEClass.getESuperTypes().add(this.getIdentified());
		tagCategoryEClass.getESuperTypes().add(this.getNamed());
		tagValueEClass.getESuperTypes().add(this.getNamed());
		interfaceCatalogEClass.getESuperTypes().add(this.getIdentified());
		interfaceEClass.getESuperTypes().add(this.getPropertyHolder());
		integrationCatalogEClass.getESuperTypes().add(this.getIdentified());
		endToEndIntegrationEClass.getESuperTypes().add(this.getPropertyHolder());
		dataSourceCatalogEClass.getESuperTypes().add(this.getIdentified());
		dataSourceEClass.getESuperTypes().add(this.getNamed());
		authenticationEClass.getESuperTypes().add(this.getIdentified());
		secretReferenceEClass.getESuperTypes().add(this.getIdentified());
		taskEClass.getESuperTypes().add(this.getIdentified());
		proxyEClass.getESuperTypes().add(this.getNamed());
		ruleBookEClass.getESuperTypes().add(this.getIdentified());
		systemMappingRuleEClass.getESuperTypes().add(this.getIdentified());
		objectRuleEClass.getESuperTypes().add(this.getIdentified());
		integrationStrategyEClass.getESuperTypes().add(this.getIdentified());
		technologyFitEClass.getESuperTypes().add(this.getIdentified());
		dashboardSettingsEClass.getESuperTypes().add(this.getIdentified());
		errorWindowEClass.getESuperTypes().add(this.getIdentified());
		anomalyBoundEClass.getESuperTypes().add(this.getIdentified());
		quickLinkEClass.getESuperTypes().add(this.getNamed());
		todoSettingsEClass.getESuperTypes().add(this.getIdentified());
		userEClass.getESuperTypes().add(this.getNamed());
		apiManagementEClass.getESuperTypes().add(this.getIdentified());
		apiProviderEClass.getESuperTypes().add(this.getNamed());
		apiProxyEClass.getESuperTypes().add(this.getNamed());
		endpointEClass.getESuperTypes().add(this.getNamed());
		proxyEndpointEClass.getESuperTypes().add(this.getEndpoint());
		targetEndpointEClass.getESuperTypes().add(this.getEndpoint());
		flowEClass.getESuperTypes().add(this.getNamed());
		stepEClass.getESuperTypes().add(this.getIdentified());
		policyEClass.getESuperTypes().add(this.getNamed());
		keyValueMapEClass.getESuperTypes().add(this.getNamed());
		keyValueEntryEClass.getESuperTypes().add(this.getNamed());
		apiProductEClass.getESuperTypes().add(this.getNamed());
		developerApplicationEClass.getESuperTypes().add(this.getNamed());
		onboardingEClass.getESuperTypes().add(this.getIdentified());
		checklistEClass.getESuperTypes().add(this.getNamed());
		checklistStepEClass.getESuperTypes().add(this.getNamed());
		ipAllowlistEClass.getESuperTypes().add(this.getNamed());
		ipAllowlistEntryEClass.getESuperTypes().add(this.getIdentified());
		domainAllowlistEClass.getESuperTypes().add(this.getNamed());
		domainAllowlistEntryEClass.getESuperTypes().add(this.getIdentified());
		proxyResourceEClass.getESuperTypes().add(this.getIdentified());
		policyLintSettingsEClass.getESuperTypes().add(this.getIdentified());
		lintRuleSettingEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Uuid(), ecorePackage.getEString(), "uuid", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(namedEClass, Named.class, "Named", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamed_Name(), ecorePackage.getEString(), "name", null, 0, 1, Named.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(landscapeEClass, Landscape.class, "Landscape", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLandscape_Description(), ecorePackage.getEString(), "description", null, 0, 1, Landscape.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLandscape_Environments(), this.getEnvironment(), null, "environments", null, 0, -1, Landscape.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLandscape_Systems(), this.getLandscapeSystem(), null, "systems", null, 0, -1, Landscape.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLandscape_BusinessObjects(), this.getBusinessObject(), null, "businessObjects", null, 0, -1, Landscape.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLandscape_PropertyDefinitions(), this.getPropertyDefinition(), null, "propertyDefinitions", null, 0, -1, Landscape.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLandscape_TagCategories(), this.getTagCategory(), null, "tagCategories", null, 0, -1, Landscape.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLandscape_Users(), this.getUser(), null, "users", null, 0, -1, Landscape.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLandscape_DashboardSettings(), this.getDashboardSettings(), null, "dashboardSettings", null, 0, 1, Landscape.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLandscape_TodoSettings(), this.getTodoSettings(), null, "todoSettings", null, 0, 1, Landscape.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(environmentEClass, Environment.class, "Environment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEnvironment_Standard(), ecorePackage.getEBoolean(), "standard", null, 0, 1, Environment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEnvironment_Rank(), ecorePackage.getEInt(), "rank", null, 0, 1, Environment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(propertyHolderEClass, PropertyHolder.class, "PropertyHolder", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPropertyHolder_Properties(), this.getPropertyValue(), null, "properties", null, 0, -1, PropertyHolder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPropertyHolder_Tags(), this.getTagValue(), null, "tags", null, 0, -1, PropertyHolder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(landscapeSystemEClass, LandscapeSystem.class, "LandscapeSystem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLandscapeSystem_Description(), ecorePackage.getEString(), "description", null, 0, 1, LandscapeSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLandscapeSystem_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, LandscapeSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLandscapeSystem_Aliases(), ecorePackage.getEString(), "aliases", null, 0, -1, LandscapeSystem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(businessObjectEClass, BusinessObject.class, "BusinessObject", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBusinessObject_Description(), ecorePackage.getEString(), "description", null, 0, 1, BusinessObject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(propertyDefinitionEClass, PropertyDefinition.class, "PropertyDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPropertyDefinition_Category(), this.getPropertyCategory(), "category", null, 0, 1, PropertyDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPropertyDefinition_Format(), this.getPropertyFormat(), "format", null, 0, 1, PropertyDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPropertyDefinition_Description(), ecorePackage.getEString(), "description", null, 0, 1, PropertyDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(propertyValueEClass, PropertyValue.class, "PropertyValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPropertyValue_Definition(), this.getPropertyDefinition(), null, "definition", null, 0, 1, PropertyValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPropertyValue_Value(), ecorePackage.getEString(), "value", null, 0, 1, PropertyValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(tagCategoryEClass, TagCategory.class, "TagCategory", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTagCategory_Description(), ecorePackage.getEString(), "description", null, 0, 1, TagCategory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTagCategory_Values(), this.getTagValue(), null, "values", null, 0, -1, TagCategory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(tagValueEClass, TagValue.class, "TagValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(interfaceCatalogEClass, InterfaceCatalog.class, "InterfaceCatalog", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getInterfaceCatalog_Interfaces(), this.getInterface(), null, "interfaces", null, 0, -1, InterfaceCatalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceEClass, Interface.class, "Interface", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterface_ExternalId(), ecorePackage.getEString(), "externalId", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_DataSource(), this.getDataSource(), null, "dataSource", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Environment(), this.getEnvironment(), null, "environment", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_Type(), ecorePackage.getEString(), "type", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_Version(), ecorePackage.getEString(), "version", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_Status(), ecorePackage.getEString(), "status", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_OriginalSender(), ecorePackage.getEString(), "originalSender", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_OriginalReceiver(), ecorePackage.getEString(), "originalReceiver", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Sender(), this.getLandscapeSystem(), null, "sender", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Receiver(), this.getLandscapeSystem(), null, "receiver", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_SenderSetByHand(), ecorePackage.getEBoolean(), "senderSetByHand", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_ReceiverSetByHand(), ecorePackage.getEBoolean(), "receiverSetByHand", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_Adapters(), ecorePackage.getEString(), "adapters", null, 0, -1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_AuthenticationMethods(), ecorePackage.getEString(), "authenticationMethods", null, 0, -1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_Complexity(), this.getComplexityClass(), "complexity", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_LastTraffic(), ecorePackage.getEDate(), "lastTraffic", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_NotFoundInLastRun(), ecorePackage.getEBoolean(), "notFoundInLastRun", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_BusinessObjects(), this.getBusinessObject(), null, "businessObjects", null, 0, -1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(integrationCatalogEClass, IntegrationCatalog.class, "IntegrationCatalog", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getIntegrationCatalog_Integrations(), this.getEndToEndIntegration(), null, "integrations", null, 0, -1, IntegrationCatalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIntegrationCatalog_RejectedProposals(), ecorePackage.getEString(), "rejectedProposals", null, 0, -1, IntegrationCatalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(endToEndIntegrationEClass, EndToEndIntegration.class, "EndToEndIntegration", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEndToEndIntegration_Description(), ecorePackage.getEString(), "description", null, 0, 1, EndToEndIntegration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEndToEndIntegration_Sender(), this.getLandscapeSystem(), null, "sender", null, 0, 1, EndToEndIntegration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEndToEndIntegration_Receiver(), this.getLandscapeSystem(), null, "receiver", null, 0, 1, EndToEndIntegration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEndToEndIntegration_Interfaces(), this.getInterface(), null, "interfaces", null, 0, -1, EndToEndIntegration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEndToEndIntegration_Proposal(), ecorePackage.getEBoolean(), "proposal", null, 0, 1, EndToEndIntegration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEndToEndIntegration_Evidence(), ecorePackage.getEString(), "evidence", null, 0, 1, EndToEndIntegration.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dataSourceCatalogEClass, DataSourceCatalog.class, "DataSourceCatalog", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDataSourceCatalog_DataSources(), this.getDataSource(), null, "dataSources", null, 0, -1, DataSourceCatalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataSourceCatalog_Proxies(), this.getProxy(), null, "proxies", null, 0, -1, DataSourceCatalog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dataSourceEClass, DataSource.class, "DataSource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDataSource_Type(), this.getDataSourceType(), "type", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataSource_Environment(), this.getEnvironment(), null, "environment", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_Products(), this.getProduct(), "products", null, 0, -1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_Features(), ecorePackage.getEString(), "features", null, 0, -1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_Hostname(), ecorePackage.getEString(), "hostname", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_Region(), ecorePackage.getEString(), "region", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_Url(), ecorePackage.getEString(), "url", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_Tenant(), ecorePackage.getEString(), "tenant", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_Workspace(), ecorePackage.getEString(), "workspace", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_ProjectId(), ecorePackage.getEString(), "projectId", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_RootUrl(), ecorePackage.getEString(), "rootUrl", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_SystemId(), ecorePackage.getEString(), "systemId", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_Client(), ecorePackage.getEString(), "client", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_RfcDestination(), ecorePackage.getEString(), "rfcDestination", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_UpdateMode(), ecorePackage.getEString(), "updateMode", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_TargetField(), ecorePackage.getEString(), "targetField", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataSource_Proxy(), this.getProxy(), null, "proxy", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataSource_Authentication(), this.getAuthentication(), null, "authentication", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDataSource_Tasks(), this.getTask(), null, "tasks", null, 0, -1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(authenticationEClass, Authentication.class, "Authentication", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAuthentication_Type(), this.getAuthenticationType(), "type", null, 0, 1, Authentication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuthentication_Username(), ecorePackage.getEString(), "username", null, 0, 1, Authentication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuthentication_ClientId(), ecorePackage.getEString(), "clientId", null, 0, 1, Authentication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuthentication_TokenUrl(), ecorePackage.getEString(), "tokenUrl", null, 0, 1, Authentication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuthentication_Scope(), ecorePackage.getEString(), "scope", null, 0, 1, Authentication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuthentication_ApiKeyHeader(), ecorePackage.getEString(), "apiKeyHeader", null, 0, 1, Authentication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAuthentication_Secret(), this.getSecretReference(), null, "secret", null, 0, 1, Authentication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(secretReferenceEClass, SecretReference.class, "SecretReference", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSecretReference_Purpose(), ecorePackage.getEString(), "purpose", null, 0, 1, SecretReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(taskEClass, Task.class, "Task", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTask_Type(), this.getTaskType(), "type", null, 0, 1, Task.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTask_Recurrence(), ecorePackage.getEString(), "recurrence", null, 0, 1, Task.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTask_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, Task.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(proxyEClass, Proxy.class, "Proxy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProxy_Host(), ecorePackage.getEString(), "host", null, 0, 1, Proxy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProxy_Port(), ecorePackage.getEInt(), "port", null, 0, 1, Proxy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProxy_LocationId(), ecorePackage.getEString(), "locationId", null, 0, 1, Proxy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProxy_Username(), ecorePackage.getEString(), "username", null, 0, 1, Proxy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProxy_Password(), this.getSecretReference(), null, "password", null, 0, 1, Proxy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ruleBookEClass, RuleBook.class, "RuleBook", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRuleBook_SystemMappingRules(), this.getSystemMappingRule(), null, "systemMappingRules", null, 0, -1, RuleBook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRuleBook_ObjectRules(), this.getObjectRule(), null, "objectRules", null, 0, -1, RuleBook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRuleBook_Strategy(), this.getIntegrationStrategy(), null, "strategy", null, 0, 1, RuleBook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(systemMappingRuleEClass, SystemMappingRule.class, "SystemMappingRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSystemMappingRule_InterfacePattern(), ecorePackage.getEString(), "interfacePattern", null, 0, 1, SystemMappingRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemMappingRule_OriginalSystem(), ecorePackage.getEString(), "originalSystem", null, 0, 1, SystemMappingRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSystemMappingRule_HarmonizedSystem(), this.getLandscapeSystem(), null, "harmonizedSystem", null, 0, 1, SystemMappingRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSystemMappingRule_DataSourceFilter(), this.getDataSource(), null, "dataSourceFilter", null, 0, 1, SystemMappingRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemMappingRule_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, SystemMappingRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSystemMappingRule_Description(), ecorePackage.getEString(), "description", null, 0, 1, SystemMappingRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(objectRuleEClass, ObjectRule.class, "ObjectRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getObjectRule_InterfacePattern(), ecorePackage.getEString(), "interfacePattern", null, 0, 1, ObjectRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getObjectRule_HarmonizedObject(), this.getBusinessObject(), null, "harmonizedObject", null, 0, 1, ObjectRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObjectRule_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, ObjectRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getObjectRule_Description(), ecorePackage.getEString(), "description", null, 0, 1, ObjectRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(integrationStrategyEClass, IntegrationStrategy.class, "IntegrationStrategy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getIntegrationStrategy_AdapterFits(), this.getTechnologyFit(), null, "adapterFits", null, 0, -1, IntegrationStrategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIntegrationStrategy_AuthenticationFits(), this.getTechnologyFit(), null, "authenticationFits", null, 0, -1, IntegrationStrategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(technologyFitEClass, TechnologyFit.class, "TechnologyFit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTechnologyFit_Fit(), this.getFit(), "fit", null, 0, 1, TechnologyFit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTechnologyFit_Technologies(), ecorePackage.getEString(), "technologies", null, 0, 1, TechnologyFit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dashboardSettingsEClass, DashboardSettings.class, "DashboardSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDashboardSettings_ActivatedElements(), ecorePackage.getEString(), "activatedElements", null, 0, -1, DashboardSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDashboardSettings_RobustnessWarning(), ecorePackage.getEDouble(), "robustnessWarning", null, 0, 1, DashboardSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDashboardSettings_RobustnessCritical(), ecorePackage.getEDouble(), "robustnessCritical", null, 0, 1, DashboardSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDashboardSettings_DecommissioningThreshold(), ecorePackage.getEInt(), "decommissioningThreshold", null, 0, 1, DashboardSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDashboardSettings_DecommissioningDays(), ecorePackage.getEInt(), "decommissioningDays", null, 0, 1, DashboardSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDashboardSettings_DecommissioningGreenBelow(), ecorePackage.getEInt(), "decommissioningGreenBelow", null, 0, 1, DashboardSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDashboardSettings_DecommissioningRedAbove(), ecorePackage.getEInt(), "decommissioningRedAbove", null, 0, 1, DashboardSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDashboardSettings_InventoryTagDisplays(), this.getTagCategory(), null, "inventoryTagDisplays", null, 0, -1, DashboardSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDashboardSettings_ErrorWindows(), this.getErrorWindow(), null, "errorWindows", null, 0, -1, DashboardSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDashboardSettings_AnomalyBounds(), this.getAnomalyBound(), null, "anomalyBounds", null, 0, -1, DashboardSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDashboardSettings_QuickLinks(), this.getQuickLink(), null, "quickLinks", null, 0, -1, DashboardSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(errorWindowEClass, ErrorWindow.class, "ErrorWindow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getErrorWindow_DataSource(), this.getDataSource(), null, "dataSource", null, 0, 1, ErrorWindow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getErrorWindow_InterfaceType(), ecorePackage.getEString(), "interfaceType", null, 0, 1, ErrorWindow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getErrorWindow_Hours(), ecorePackage.getEInt(), "hours", null, 0, 1, ErrorWindow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(anomalyBoundEClass, AnomalyBound.class, "AnomalyBound", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAnomalyBound_Interface(), this.getInterface(), null, "interface", null, 0, 1, AnomalyBound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnomalyBound_Period(), this.getPeriod(), "period", null, 0, 1, AnomalyBound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnomalyBound_Lower(), ecorePackage.getEDouble(), "lower", null, 0, 1, AnomalyBound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnomalyBound_Upper(), ecorePackage.getEDouble(), "upper", null, 0, 1, AnomalyBound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(quickLinkEClass, QuickLink.class, "QuickLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getQuickLink_Url(), ecorePackage.getEString(), "url", null, 0, 1, QuickLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(todoSettingsEClass, TodoSettings.class, "TodoSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTodoSettings_Mode(), this.getTodoMode(), "mode", null, 0, 1, TodoSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTodoSettings_ObjectsRequirement(), this.getTodoRequirement(), "objectsRequirement", null, 0, 1, TodoSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTodoSettings_PropertiesRequirement(), this.getTodoRequirement(), "propertiesRequirement", null, 0, 1, TodoSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTodoSettings_TagsRequirement(), this.getTodoRequirement(), "tagsRequirement", null, 0, 1, TodoSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTodoSettings_SelectedProperties(), this.getPropertyDefinition(), null, "selectedProperties", null, 0, -1, TodoSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTodoSettings_SelectedTags(), this.getTagCategory(), null, "selectedTags", null, 0, -1, TodoSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(userEClass, User.class, "User", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getUser_Email(), ecorePackage.getEString(), "email", null, 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUser_Role(), this.getRole(), "role", null, 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getUser_Active(), ecorePackage.getEBoolean(), "active", "true", 0, 1, User.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(apiManagementEClass, ApiManagement.class, "ApiManagement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getApiManagement_Providers(), this.getApiProvider(), null, "providers", null, 0, -1, ApiManagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApiManagement_Proxies(), this.getApiProxy(), null, "proxies", null, 0, -1, ApiManagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApiManagement_KeyValueMaps(), this.getKeyValueMap(), null, "keyValueMaps", null, 0, -1, ApiManagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApiManagement_Products(), this.getApiProduct(), null, "products", null, 0, -1, ApiManagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApiManagement_Applications(), this.getDeveloperApplication(), null, "applications", null, 0, -1, ApiManagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApiManagement_LintSettings(), this.getPolicyLintSettings(), null, "lintSettings", null, 0, 1, ApiManagement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(apiProviderEClass, ApiProvider.class, "ApiProvider", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getApiProvider_Description(), ecorePackage.getEString(), "description", null, 0, 1, ApiProvider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApiProvider_VirtualHost(), ecorePackage.getEString(), "virtualHost", null, 0, 1, ApiProvider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApiProvider_Port(), ecorePackage.getEInt(), "port", null, 0, 1, ApiProvider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApiProvider_LocationId(), ecorePackage.getEString(), "locationId", null, 0, 1, ApiProvider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApiProvider_CatalogPathPrefix(), ecorePackage.getEString(), "catalogPathPrefix", null, 0, 1, ApiProvider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApiProvider_ServiceCollectionUrl(), ecorePackage.getEString(), "serviceCollectionUrl", null, 0, 1, ApiProvider.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(apiProxyEClass, ApiProxy.class, "ApiProxy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getApiProxy_Title(), ecorePackage.getEString(), "title", null, 0, 1, ApiProxy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApiProxy_Version(), ecorePackage.getEString(), "version", null, 0, 1, ApiProxy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApiProxy_BasePath(), ecorePackage.getEString(), "basePath", null, 0, 1, ApiProxy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApiProxy_Provider(), this.getApiProvider(), null, "provider", null, 0, 1, ApiProxy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApiProxy_Service(), ecorePackage.getEString(), "service", null, 0, 1, ApiProxy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApiProxy_ProxyEndpoints(), this.getProxyEndpoint(), null, "proxyEndpoints", null, 0, -1, ApiProxy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApiProxy_TargetEndpoints(), this.getTargetEndpoint(), null, "targetEndpoints", null, 0, -1, ApiProxy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApiProxy_Policies(), this.getPolicy(), null, "policies", null, 0, -1, ApiProxy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApiProxy_BundleFormat(), this.getProxyBundleFormat(), "bundleFormat", null, 0, 1, ApiProxy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApiProxy_Descriptor(), ecorePackage.getEString(), "descriptor", null, 0, 1, ApiProxy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApiProxy_Resources(), this.getProxyResource(), null, "resources", null, 0, -1, ApiProxy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(endpointEClass, Endpoint.class, "Endpoint", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEndpoint_PreFlow(), this.getFlow(), null, "preFlow", null, 0, 1, Endpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEndpoint_ConditionalFlows(), this.getFlow(), null, "conditionalFlows", null, 0, -1, Endpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEndpoint_PostFlow(), this.getFlow(), null, "postFlow", null, 0, 1, Endpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEndpoint_Xml(), ecorePackage.getEString(), "xml", null, 0, 1, Endpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(proxyEndpointEClass, ProxyEndpoint.class, "ProxyEndpoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProxyEndpoint_BasePath(), ecorePackage.getEString(), "basePath", null, 0, 1, ProxyEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProxyEndpoint_VirtualHost(), ecorePackage.getEString(), "virtualHost", null, 0, 1, ProxyEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(targetEndpointEClass, TargetEndpoint.class, "TargetEndpoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTargetEndpoint_Url(), ecorePackage.getEString(), "url", null, 0, 1, TargetEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTargetEndpoint_Provider(), this.getApiProvider(), null, "provider", null, 0, 1, TargetEndpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(flowEClass, Flow.class, "Flow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFlow_Kind(), this.getFlowKind(), "kind", null, 0, 1, Flow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFlow_Condition(), ecorePackage.getEString(), "condition", null, 0, 1, Flow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFlow_RequestSteps(), this.getStep(), null, "requestSteps", null, 0, -1, Flow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFlow_ResponseSteps(), this.getStep(), null, "responseSteps", null, 0, -1, Flow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stepEClass, Step.class, "Step", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStep_Policy(), this.getPolicy(), null, "policy", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Condition(), ecorePackage.getEString(), "condition", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Sequence(), ecorePackage.getEInt(), "sequence", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(policyEClass, Policy.class, "Policy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPolicy_Type(), ecorePackage.getEString(), "type", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicy_Xml(), ecorePackage.getEString(), "xml", null, 0, 1, Policy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(keyValueMapEClass, KeyValueMap.class, "KeyValueMap", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKeyValueMap_Scope(), ecorePackage.getEString(), "scope", null, 0, 1, KeyValueMap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKeyValueMap_Encrypted(), ecorePackage.getEBoolean(), "encrypted", "true", 0, 1, KeyValueMap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKeyValueMap_Entries(), this.getKeyValueEntry(), null, "entries", null, 0, -1, KeyValueMap.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(keyValueEntryEClass, KeyValueEntry.class, "KeyValueEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getKeyValueEntry_Value(), this.getSecretReference(), null, "value", null, 0, 1, KeyValueEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(apiProductEClass, ApiProduct.class, "ApiProduct", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getApiProduct_Title(), ecorePackage.getEString(), "title", null, 0, 1, ApiProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApiProduct_Description(), ecorePackage.getEString(), "description", null, 0, 1, ApiProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getApiProduct_Proxies(), this.getApiProxy(), null, "proxies", null, 0, -1, ApiProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApiProduct_Scopes(), ecorePackage.getEString(), "scopes", null, 0, -1, ApiProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(developerApplicationEClass, DeveloperApplication.class, "DeveloperApplication", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDeveloperApplication_DeveloperEmail(), ecorePackage.getEString(), "developerEmail", null, 0, 1, DeveloperApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeveloperApplication_Products(), this.getApiProduct(), null, "products", null, 0, -1, DeveloperApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeveloperApplication_CallbackUrl(), ecorePackage.getEString(), "callbackUrl", null, 0, 1, DeveloperApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDeveloperApplication_ApiKey(), this.getSecretReference(), null, "apiKey", null, 0, 1, DeveloperApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(onboardingEClass, Onboarding.class, "Onboarding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getOnboarding_Checklists(), this.getChecklist(), null, "checklists", null, 0, -1, Onboarding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOnboarding_IpAllowlists(), this.getIpAllowlist(), null, "ipAllowlists", null, 0, -1, Onboarding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOnboarding_DomainAllowlists(), this.getDomainAllowlist(), null, "domainAllowlists", null, 0, -1, Onboarding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(checklistEClass, Checklist.class, "Checklist", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getChecklist_Steps(), this.getChecklistStep(), null, "steps", null, 0, -1, Checklist.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(checklistStepEClass, ChecklistStep.class, "ChecklistStep", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChecklistStep_Status(), this.getStepStatus(), "status", null, 0, 1, ChecklistStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistStep_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, ChecklistStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistStep_Evidence(), ecorePackage.getEString(), "evidence", null, 0, 1, ChecklistStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistStep_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, ChecklistStep.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ipAllowlistEClass, IpAllowlist.class, "IpAllowlist", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getIpAllowlist_Entries(), this.getIpAllowlistEntry(), null, "entries", null, 0, -1, IpAllowlist.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIpAllowlist_Kind(), this.getAllowlistKind(), "kind", null, 0, 1, IpAllowlist.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ipAllowlistEntryEClass, IpAllowlistEntry.class, "IpAllowlistEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIpAllowlistEntry_Cidr(), ecorePackage.getEString(), "cidr", null, 0, 1, IpAllowlistEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIpAllowlistEntry_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, IpAllowlistEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIpAllowlistEntry_ChangeDate(), ecorePackage.getEDate(), "changeDate", null, 0, 1, IpAllowlistEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIpAllowlistEntry_Justification(), ecorePackage.getEString(), "justification", null, 0, 1, IpAllowlistEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(domainAllowlistEClass, DomainAllowlist.class, "DomainAllowlist", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDomainAllowlist_Entries(), this.getDomainAllowlistEntry(), null, "entries", null, 0, -1, DomainAllowlist.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(domainAllowlistEntryEClass, DomainAllowlistEntry.class, "DomainAllowlistEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDomainAllowlistEntry_Domain(), ecorePackage.getEString(), "domain", null, 0, 1, DomainAllowlistEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomainAllowlistEntry_Port(), ecorePackage.getEInt(), "port", null, 0, 1, DomainAllowlistEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomainAllowlistEntry_Purpose(), ecorePackage.getEString(), "purpose", null, 0, 1, DomainAllowlistEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(proxyResourceEClass, ProxyResource.class, "ProxyResource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProxyResource_Path(), ecorePackage.getEString(), "path", null, 0, 1, ProxyResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProxyResource_Content(), ecorePackage.getEString(), "content", null, 0, 1, ProxyResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProxyResource_Binary(), ecorePackage.getEBoolean(), "binary", null, 0, 1, ProxyResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(policyLintSettingsEClass, PolicyLintSettings.class, "PolicyLintSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPolicyLintSettings_Rules(), this.getLintRuleSetting(), null, "rules", null, 0, -1, PolicyLintSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyLintSettings_BroadestIpv4Prefix(), ecorePackage.getEInt(), "broadestIpv4Prefix", null, 0, 1, PolicyLintSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyLintSettings_BroadestIpv6Prefix(), ecorePackage.getEInt(), "broadestIpv6Prefix", null, 0, 1, PolicyLintSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPolicyLintSettings_LongestCalloutTimeoutMillis(), ecorePackage.getEInt(), "longestCalloutTimeoutMillis", null, 0, 1, PolicyLintSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lintRuleSettingEClass, LintRuleSetting.class, "LintRuleSetting", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLintRuleSetting_RuleId(), ecorePackage.getEString(), "ruleId", null, 0, 1, LintRuleSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLintRuleSetting_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, LintRuleSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLintRuleSetting_Severity(), this.getLintSeverity(), "severity", null, 0, 1, LintRuleSetting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(propertyCategoryEEnum, PropertyCategory.class, "PropertyCategory");
		addEEnumLiteral(propertyCategoryEEnum, PropertyCategory.INTERFACE);
		addEEnumLiteral(propertyCategoryEEnum, PropertyCategory.OBJECT);
		addEEnumLiteral(propertyCategoryEEnum, PropertyCategory.SYSTEM);

		initEEnum(propertyFormatEEnum, PropertyFormat.class, "PropertyFormat");
		addEEnumLiteral(propertyFormatEEnum, PropertyFormat.STRING);
		addEEnumLiteral(propertyFormatEEnum, PropertyFormat.ID);
		addEEnumLiteral(propertyFormatEEnum, PropertyFormat.URL);
		addEEnumLiteral(propertyFormatEEnum, PropertyFormat.DATE);
		addEEnumLiteral(propertyFormatEEnum, PropertyFormat.NUMBER);

		initEEnum(dataSourceTypeEEnum, DataSourceType.class, "DataSourceType");
		addEEnumLiteral(dataSourceTypeEEnum, DataSourceType.SAP_BTP);
		addEEnumLiteral(dataSourceTypeEEnum, DataSourceType.SAP_PO);
		addEEnumLiteral(dataSourceTypeEEnum, DataSourceType.SAP_ABAP);
		addEEnumLiteral(dataSourceTypeEEnum, DataSourceType.MICROSOFT_AZURE);
		addEEnumLiteral(dataSourceTypeEEnum, DataSourceType.MULESOFT_ANYPOINT);
		addEEnumLiteral(dataSourceTypeEEnum, DataSourceType.JIRA);
		addEEnumLiteral(dataSourceTypeEEnum, DataSourceType.CONFLUENCE);
		addEEnumLiteral(dataSourceTypeEEnum, DataSourceType.LEANIX);
		addEEnumLiteral(dataSourceTypeEEnum, DataSourceType.BEE360);
		addEEnumLiteral(dataSourceTypeEEnum, DataSourceType.LUY);
		addEEnumLiteral(dataSourceTypeEEnum, DataSourceType.HOPEX);
		addEEnumLiteral(dataSourceTypeEEnum, DataSourceType.LOGS);

		initEEnum(productEEnum, Product.class, "Product");
		addEEnumLiteral(productEEnum, Product.CLOUDINTEGRATION);
		addEEnumLiteral(productEEnum, Product.APIMANAGEMENT);
		addEEnumLiteral(productEEnum, Product.EVENTMESH);
		addEEnumLiteral(productEEnum, Product.INTEGRATIONASSESSMENT);
		addEEnumLiteral(productEEnum, Product.CLOUDCONNECTOR);

		initEEnum(authenticationTypeEEnum, AuthenticationType.class, "AuthenticationType");
		addEEnumLiteral(authenticationTypeEEnum, AuthenticationType.NONE);
		addEEnumLiteral(authenticationTypeEEnum, AuthenticationType.ACCESSTOKEN);
		addEEnumLiteral(authenticationTypeEEnum, AuthenticationType.APIKEY);
		addEEnumLiteral(authenticationTypeEEnum, AuthenticationType.BASICAUTH);
		addEEnumLiteral(authenticationTypeEEnum, AuthenticationType.OAUTH2);

		initEEnum(taskTypeEEnum, TaskType.class, "TaskType");
		addEEnumLiteral(taskTypeEEnum, TaskType.CONFIGURATION);
		addEEnumLiteral(taskTypeEEnum, TaskType.INVENTORY);
		addEEnumLiteral(taskTypeEEnum, TaskType.RUNTIME);
		addEEnumLiteral(taskTypeEEnum, TaskType.UPDATE);

		initEEnum(fitEEnum, Fit.class, "Fit");
		addEEnumLiteral(fitEEnum, Fit.GOOD);
		addEEnumLiteral(fitEEnum, Fit.PARTIAL);
		addEEnumLiteral(fitEEnum, Fit.NO);

		initEEnum(periodEEnum, Period.class, "Period");
		addEEnumLiteral(periodEEnum, Period.DAILY);
		addEEnumLiteral(periodEEnum, Period.WEEKLY);
		addEEnumLiteral(periodEEnum, Period.MONTHLY);

		initEEnum(roleEEnum, Role.class, "Role");
		addEEnumLiteral(roleEEnum, Role.USER);
		addEEnumLiteral(roleEEnum, Role.CONFIGURATOR);
		addEEnumLiteral(roleEEnum, Role.ADMINISTRATOR);

		initEEnum(todoModeEEnum, TodoMode.class, "TodoMode");
		addEEnumLiteral(todoModeEEnum, TodoMode.INTERFACES_AND_END_TO_END);
		addEEnumLiteral(todoModeEEnum, TodoMode.INTERFACES);
		addEEnumLiteral(todoModeEEnum, TodoMode.END_TO_END);
		addEEnumLiteral(todoModeEEnum, TodoMode.INACTIVE);

		initEEnum(todoRequirementEEnum, TodoRequirement.class, "TodoRequirement");
		addEEnumLiteral(todoRequirementEEnum, TodoRequirement.AT_LEAST_ONE);
		addEEnumLiteral(todoRequirementEEnum, TodoRequirement.CONFIGURED);
		addEEnumLiteral(todoRequirementEEnum, TodoRequirement.INACTIVE);

		initEEnum(complexityClassEEnum, ComplexityClass.class, "ComplexityClass");
		addEEnumLiteral(complexityClassEEnum, ComplexityClass.UNKNOWN);
		addEEnumLiteral(complexityClassEEnum, ComplexityClass.LOW);
		addEEnumLiteral(complexityClassEEnum, ComplexityClass.MEDIUM);
		addEEnumLiteral(complexityClassEEnum, ComplexityClass.HIGH);
		addEEnumLiteral(complexityClassEEnum, ComplexityClass.VERY_HIGH);

		initEEnum(flowKindEEnum, FlowKind.class, "FlowKind");
		addEEnumLiteral(flowKindEEnum, FlowKind.PRE_FLOW);
		addEEnumLiteral(flowKindEEnum, FlowKind.POST_FLOW);
		addEEnumLiteral(flowKindEEnum, FlowKind.CONDITIONAL);

		initEEnum(stepStatusEEnum, StepStatus.class, "StepStatus");
		addEEnumLiteral(stepStatusEEnum, StepStatus.OPEN);
		addEEnumLiteral(stepStatusEEnum, StepStatus.IN_PROGRESS);
		addEEnumLiteral(stepStatusEEnum, StepStatus.DONE);
		addEEnumLiteral(stepStatusEEnum, StepStatus.BLOCKED);
		addEEnumLiteral(stepStatusEEnum, StepStatus.NOT_APPLICABLE);

		initEEnum(proxyBundleFormatEEnum, ProxyBundleFormat.class, "ProxyBundleFormat");
		addEEnumLiteral(proxyBundleFormatEEnum, ProxyBundleFormat.SAP);
		addEEnumLiteral(proxyBundleFormatEEnum, ProxyBundleFormat.APIGEE);

		initEEnum(lintSeverityEEnum, LintSeverity.class, "LintSeverity");
		addEEnumLiteral(lintSeverityEEnum, LintSeverity.DEFAULT);
		addEEnumLiteral(lintSeverityEEnum, LintSeverity.ERROR);
		addEEnumLiteral(lintSeverityEEnum, LintSeverity.WARNING);
		addEEnumLiteral(lintSeverityEEnum, LintSeverity.INFO);

		initEEnum(allowlistKindEEnum, AllowlistKind.class, "AllowlistKind");
		addEEnumLiteral(allowlistKindEEnum, AllowlistKind.ACCESS_CONTROL);
		addEEnumLiteral(allowlistKindEEnum, AllowlistKind.WAF);

		// Create resource
		createResource(eNS_URI);
	}

} //LandscapePackageImpl
