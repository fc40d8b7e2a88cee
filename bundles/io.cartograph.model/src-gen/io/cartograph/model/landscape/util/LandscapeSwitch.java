/**
 */
package io.cartograph.model.landscape.util;

import io.cartograph.model.landscape.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see io.cartograph.model.landscape.LandscapePackage
 * @generated
 */
public class LandscapeSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static LandscapePackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LandscapeSwitch() {
		if (modelPackage == null) {
			modelPackage = LandscapePackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case LandscapePackage.IDENTIFIED: {
				Identified identified = (Identified)theEObject;
				T result = caseIdentified(identified);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.NAMED: {
				Named named = (Named)theEObject;
				T result = caseNamed(named);
				if (result == null) result = caseIdentified(named);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.LANDSCAPE: {
				Landscape landscape = (Landscape)theEObject;
				T result = caseLandscape(landscape);
				if (result == null) result = caseNamed(landscape);
				if (result == null) result = caseIdentified(landscape);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.ENVIRONMENT: {
				Environment environment = (Environment)theEObject;
				T result = caseEnvironment(environment);
				if (result == null) result = caseNamed(environment);
				if (result == null) result = caseIdentified(environment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.PROPERTY_HOLDER: {
				PropertyHolder propertyHolder = (PropertyHolder)theEObject;
				T result = casePropertyHolder(propertyHolder);
				if (result == null) result = caseNamed(propertyHolder);
				if (result == null) result = caseIdentified(propertyHolder);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.LANDSCAPE_SYSTEM: {
				LandscapeSystem landscapeSystem = (LandscapeSystem)theEObject;
				T result = caseLandscapeSystem(landscapeSystem);
				if (result == null) result = casePropertyHolder(landscapeSystem);
				if (result == null) result = caseNamed(landscapeSystem);
				if (result == null) result = caseIdentified(landscapeSystem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.BUSINESS_OBJECT: {
				BusinessObject businessObject = (BusinessObject)theEObject;
				T result = caseBusinessObject(businessObject);
				if (result == null) result = casePropertyHolder(businessObject);
				if (result == null) result = caseNamed(businessObject);
				if (result == null) result = caseIdentified(businessObject);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.PROPERTY_DEFINITION: {
				PropertyDefinition propertyDefinition = (PropertyDefinition)theEObject;
				T result = casePropertyDefinition(propertyDefinition);
				if (result == null) result = caseNamed(propertyDefinition);
				if (result == null) result = caseIdentified(propertyDefinition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.PROPERTY_VALUE: {
				PropertyValue propertyValue = (PropertyValue)theEObject;
				T result = casePropertyValue(propertyValue);
				if (result == null) result = caseIdentified(propertyValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.TAG_CATEGORY: {
				TagCategory tagCategory = (TagCategory)theEObject;
				T result = caseTagCategory(tagCategory);
				if (result == null) result = caseNamed(tagCategory);
				if (result == null) result = caseIdentified(tagCategory);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.TAG_VALUE: {
				TagValue tagValue = (TagValue)theEObject;
				T result = caseTagValue(tagValue);
				if (result == null) result = caseNamed(tagValue);
				if (result == null) result = caseIdentified(tagValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.INTERFACE_CATALOG: {
				InterfaceCatalog interfaceCatalog = (InterfaceCatalog)theEObject;
				T result = caseInterfaceCatalog(interfaceCatalog);
				if (result == null) result = caseIdentified(interfaceCatalog);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.INTERFACE: {
				Interface interface_ = (Interface)theEObject;
				T result = caseInterface(interface_);
				if (result == null) result = casePropertyHolder(interface_);
				if (result == null) result = caseNamed(interface_);
				if (result == null) result = caseIdentified(interface_);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.INTEGRATION_CATALOG: {
				IntegrationCatalog integrationCatalog = (IntegrationCatalog)theEObject;
				T result = caseIntegrationCatalog(integrationCatalog);
				if (result == null) result = caseIdentified(integrationCatalog);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.END_TO_END_INTEGRATION: {
				EndToEndIntegration endToEndIntegration = (EndToEndIntegration)theEObject;
				T result = caseEndToEndIntegration(endToEndIntegration);
				if (result == null) result = casePropertyHolder(endToEndIntegration);
				if (result == null) result = caseNamed(endToEndIntegration);
				if (result == null) result = caseIdentified(endToEndIntegration);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.DATA_SOURCE_CATALOG: {
				DataSourceCatalog dataSourceCatalog = (DataSourceCatalog)theEObject;
				T result = caseDataSourceCatalog(dataSourceCatalog);
				if (result == null) result = caseIdentified(dataSourceCatalog);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.DATA_SOURCE: {
				DataSource dataSource = (DataSource)theEObject;
				T result = caseDataSource(dataSource);
				if (result == null) result = caseNamed(dataSource);
				if (result == null) result = caseIdentified(dataSource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.AUTHENTICATION: {
				Authentication authentication = (Authentication)theEObject;
				T result = caseAuthentication(authentication);
				if (result == null) result = caseIdentified(authentication);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.SECRET_REFERENCE: {
				SecretReference secretReference = (SecretReference)theEObject;
				T result = caseSecretReference(secretReference);
				if (result == null) result = caseIdentified(secretReference);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.TASK: {
				Task task = (Task)theEObject;
				T result = caseTask(task);
				if (result == null) result = caseIdentified(task);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.PROXY: {
				Proxy proxy = (Proxy)theEObject;
				T result = caseProxy(proxy);
				if (result == null) result = caseNamed(proxy);
				if (result == null) result = caseIdentified(proxy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.RULE_BOOK: {
				RuleBook ruleBook = (RuleBook)theEObject;
				T result = caseRuleBook(ruleBook);
				if (result == null) result = caseIdentified(ruleBook);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.SYSTEM_MAPPING_RULE: {
				SystemMappingRule systemMappingRule = (SystemMappingRule)theEObject;
				T result = caseSystemMappingRule(systemMappingRule);
				if (result == null) result = caseIdentified(systemMappingRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.OBJECT_RULE: {
				ObjectRule objectRule = (ObjectRule)theEObject;
				T result = caseObjectRule(objectRule);
				if (result == null) result = caseIdentified(objectRule);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.INTEGRATION_STRATEGY: {
				IntegrationStrategy integrationStrategy = (IntegrationStrategy)theEObject;
				T result = caseIntegrationStrategy(integrationStrategy);
				if (result == null) result = caseIdentified(integrationStrategy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.TECHNOLOGY_FIT: {
				TechnologyFit technologyFit = (TechnologyFit)theEObject;
				T result = caseTechnologyFit(technologyFit);
				if (result == null) result = caseIdentified(technologyFit);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.DASHBOARD_SETTINGS: {
				DashboardSettings dashboardSettings = (DashboardSettings)theEObject;
				T result = caseDashboardSettings(dashboardSettings);
				if (result == null) result = caseIdentified(dashboardSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.ERROR_WINDOW: {
				ErrorWindow errorWindow = (ErrorWindow)theEObject;
				T result = caseErrorWindow(errorWindow);
				if (result == null) result = caseIdentified(errorWindow);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.ANOMALY_BOUND: {
				AnomalyBound anomalyBound = (AnomalyBound)theEObject;
				T result = caseAnomalyBound(anomalyBound);
				if (result == null) result = caseIdentified(anomalyBound);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.QUICK_LINK: {
				QuickLink quickLink = (QuickLink)theEObject;
				T result = caseQuickLink(quickLink);
				if (result == null) result = caseNamed(quickLink);
				if (result == null) result = caseIdentified(quickLink);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.TODO_SETTINGS: {
				TodoSettings todoSettings = (TodoSettings)theEObject;
				T result = caseTodoSettings(todoSettings);
				if (result == null) result = caseIdentified(todoSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.USER: {
				User user = (User)theEObject;
				T result = caseUser(user);
				if (result == null) result = caseNamed(user);
				if (result == null) result = caseIdentified(user);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.API_MANAGEMENT: {
				ApiManagement apiManagement = (ApiManagement)theEObject;
				T result = caseApiManagement(apiManagement);
				if (result == null) result = caseIdentified(apiManagement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.API_PROVIDER: {
				ApiProvider apiProvider = (ApiProvider)theEObject;
				T result = caseApiProvider(apiProvider);
				if (result == null) result = caseNamed(apiProvider);
				if (result == null) result = caseIdentified(apiProvider);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.API_PROXY: {
				ApiProxy apiProxy = (ApiProxy)theEObject;
				T result = caseApiProxy(apiProxy);
				if (result == null) result = caseNamed(apiProxy);
				if (result == null) result = caseIdentified(apiProxy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.ENDPOINT: {
				Endpoint endpoint = (Endpoint)theEObject;
				T result = caseEndpoint(endpoint);
				if (result == null) result = caseNamed(endpoint);
				if (result == null) result = caseIdentified(endpoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.PROXY_ENDPOINT: {
				ProxyEndpoint proxyEndpoint = (ProxyEndpoint)theEObject;
				T result = caseProxyEndpoint(proxyEndpoint);
				if (result == null) result = caseEndpoint(proxyEndpoint);
				if (result == null) result = caseNamed(proxyEndpoint);
				if (result == null) result = caseIdentified(proxyEndpoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.TARGET_ENDPOINT: {
				TargetEndpoint targetEndpoint = (TargetEndpoint)theEObject;
				T result = caseTargetEndpoint(targetEndpoint);
				if (result == null) result = caseEndpoint(targetEndpoint);
				if (result == null) result = caseNamed(targetEndpoint);
				if (result == null) result = caseIdentified(targetEndpoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.FLOW: {
				Flow flow = (Flow)theEObject;
				T result = caseFlow(flow);
				if (result == null) result = caseNamed(flow);
				if (result == null) result = caseIdentified(flow);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.STEP: {
				Step step = (Step)theEObject;
				T result = caseStep(step);
				if (result == null) result = caseIdentified(step);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.POLICY: {
				Policy policy = (Policy)theEObject;
				T result = casePolicy(policy);
				if (result == null) result = caseNamed(policy);
				if (result == null) result = caseIdentified(policy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.KEY_VALUE_MAP: {
				KeyValueMap keyValueMap = (KeyValueMap)theEObject;
				T result = caseKeyValueMap(keyValueMap);
				if (result == null) result = caseNamed(keyValueMap);
				if (result == null) result = caseIdentified(keyValueMap);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.KEY_VALUE_ENTRY: {
				KeyValueEntry keyValueEntry = (KeyValueEntry)theEObject;
				T result = caseKeyValueEntry(keyValueEntry);
				if (result == null) result = caseNamed(keyValueEntry);
				if (result == null) result = caseIdentified(keyValueEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.API_PRODUCT: {
				ApiProduct apiProduct = (ApiProduct)theEObject;
				T result = caseApiProduct(apiProduct);
				if (result == null) result = caseNamed(apiProduct);
				if (result == null) result = caseIdentified(apiProduct);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.DEVELOPER_APPLICATION: {
				DeveloperApplication developerApplication = (DeveloperApplication)theEObject;
				T result = caseDeveloperApplication(developerApplication);
				if (result == null) result = caseNamed(developerApplication);
				if (result == null) result = caseIdentified(developerApplication);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.ONBOARDING: {
				Onboarding onboarding = (Onboarding)theEObject;
				T result = caseOnboarding(onboarding);
				if (result == null) result = caseIdentified(onboarding);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.CHECKLIST: {
				Checklist checklist = (Checklist)theEObject;
				T result = caseChecklist(checklist);
				if (result == null) result = caseNamed(checklist);
				if (result == null) result = caseIdentified(checklist);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.CHECKLIST_STEP: {
				ChecklistStep checklistStep = (ChecklistStep)theEObject;
				T result = caseChecklistStep(checklistStep);
				if (result == null) result = caseNamed(checklistStep);
				if (result == null) result = caseIdentified(checklistStep);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.IP_ALLOWLIST: {
				IpAllowlist ipAllowlist = (IpAllowlist)theEObject;
				T result = caseIpAllowlist(ipAllowlist);
				if (result == null) result = caseNamed(ipAllowlist);
				if (result == null) result = caseIdentified(ipAllowlist);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.IP_ALLOWLIST_ENTRY: {
				IpAllowlistEntry ipAllowlistEntry = (IpAllowlistEntry)theEObject;
				T result = caseIpAllowlistEntry(ipAllowlistEntry);
				if (result == null) result = caseIdentified(ipAllowlistEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.DOMAIN_ALLOWLIST: {
				DomainAllowlist domainAllowlist = (DomainAllowlist)theEObject;
				T result = caseDomainAllowlist(domainAllowlist);
				if (result == null) result = caseNamed(domainAllowlist);
				if (result == null) result = caseIdentified(domainAllowlist);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.DOMAIN_ALLOWLIST_ENTRY: {
				DomainAllowlistEntry domainAllowlistEntry = (DomainAllowlistEntry)theEObject;
				T result = caseDomainAllowlistEntry(domainAllowlistEntry);
				if (result == null) result = caseIdentified(domainAllowlistEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.PROXY_RESOURCE: {
				ProxyResource proxyResource = (ProxyResource)theEObject;
				T result = caseProxyResource(proxyResource);
				if (result == null) result = caseIdentified(proxyResource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.POLICY_LINT_SETTINGS: {
				PolicyLintSettings policyLintSettings = (PolicyLintSettings)theEObject;
				T result = casePolicyLintSettings(policyLintSettings);
				if (result == null) result = caseIdentified(policyLintSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case LandscapePackage.LINT_RULE_SETTING: {
				LintRuleSetting lintRuleSetting = (LintRuleSetting)theEObject;
				T result = caseLintRuleSetting(lintRuleSetting);
				if (result == null) result = caseIdentified(lintRuleSetting);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentified(Identified object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamed(Named object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Landscape</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Landscape</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLandscape(Landscape object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Environment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Environment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEnvironment(Environment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Property Holder</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Property Holder</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePropertyHolder(PropertyHolder object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>System</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>System</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLandscapeSystem(LandscapeSystem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Business Object</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Business Object</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBusinessObject(BusinessObject object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Property Definition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Property Definition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePropertyDefinition(PropertyDefinition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Property Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Property Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePropertyValue(PropertyValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Tag Category</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Tag Category</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTagCategory(TagCategory object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Tag Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Tag Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTagValue(TagValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Catalog</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Catalog</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceCatalog(InterfaceCatalog object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterface(Interface object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Integration Catalog</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Integration Catalog</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIntegrationCatalog(IntegrationCatalog object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>End To End Integration</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>End To End Integration</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEndToEndIntegration(EndToEndIntegration object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Data Source Catalog</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Data Source Catalog</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDataSourceCatalog(DataSourceCatalog object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Data Source</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Data Source</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDataSource(DataSource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Authentication</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Authentication</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAuthentication(Authentication object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Secret Reference</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Secret Reference</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSecretReference(SecretReference object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTask(Task object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Proxy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Proxy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProxy(Proxy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rule Book</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rule Book</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRuleBook(RuleBook object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>System Mapping Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>System Mapping Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSystemMappingRule(SystemMappingRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Object Rule</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Object Rule</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseObjectRule(ObjectRule object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Integration Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Integration Strategy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIntegrationStrategy(IntegrationStrategy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Technology Fit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Technology Fit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTechnologyFit(TechnologyFit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dashboard Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dashboard Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDashboardSettings(DashboardSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Error Window</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Error Window</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseErrorWindow(ErrorWindow object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Anomaly Bound</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Anomaly Bound</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnomalyBound(AnomalyBound object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Quick Link</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Quick Link</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseQuickLink(QuickLink object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Todo Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Todo Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTodoSettings(TodoSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>User</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>User</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseUser(User object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Api Management</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Api Management</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseApiManagement(ApiManagement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Api Provider</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Api Provider</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseApiProvider(ApiProvider object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Api Proxy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Api Proxy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseApiProxy(ApiProxy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Endpoint</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEndpoint(Endpoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Proxy Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Proxy Endpoint</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProxyEndpoint(ProxyEndpoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Target Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Target Endpoint</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTargetEndpoint(TargetEndpoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Flow</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Flow</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFlow(Flow object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStep(Step object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Policy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Policy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePolicy(Policy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Key Value Map</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Key Value Map</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKeyValueMap(KeyValueMap object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Key Value Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Key Value Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKeyValueEntry(KeyValueEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Api Product</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Api Product</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseApiProduct(ApiProduct object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Developer Application</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Developer Application</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeveloperApplication(DeveloperApplication object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Onboarding</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Onboarding</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOnboarding(Onboarding object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Checklist</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Checklist</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseChecklist(Checklist object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Checklist Step</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Checklist Step</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseChecklistStep(ChecklistStep object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ip Allowlist</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ip Allowlist</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIpAllowlist(IpAllowlist object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ip Allowlist Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ip Allowlist Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIpAllowlistEntry(IpAllowlistEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Domain Allowlist</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Domain Allowlist</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDomainAllowlist(DomainAllowlist object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Domain Allowlist Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Domain Allowlist Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDomainAllowlistEntry(DomainAllowlistEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Proxy Resource</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Proxy Resource</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProxyResource(ProxyResource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Policy Lint Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Policy Lint Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePolicyLintSettings(PolicyLintSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Lint Rule Setting</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Lint Rule Setting</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLintRuleSetting(LintRuleSetting object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //LandscapeSwitch
