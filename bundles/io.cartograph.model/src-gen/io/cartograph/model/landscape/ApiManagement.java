/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Api Management</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of apim.xmi: SAP API Management content.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.ApiManagement#getProviders <em>Providers</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ApiManagement#getProxies <em>Proxies</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ApiManagement#getKeyValueMaps <em>Key Value Maps</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ApiManagement#getProducts <em>Products</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ApiManagement#getApplications <em>Applications</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ApiManagement#getLintSettings <em>Lint Settings</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getApiManagement()
 * @model
 * @generated
 */
public interface ApiManagement extends Identified {
	/**
	 * Returns the value of the '<em><b>Providers</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.ApiProvider}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * API providers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Providers</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiManagement_Providers()
	 * @model containment="true"
	 * @generated
	 */
	EList<ApiProvider> getProviders();

	/**
	 * Returns the value of the '<em><b>Proxies</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.ApiProxy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * API proxies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Proxies</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiManagement_Proxies()
	 * @model containment="true"
	 * @generated
	 */
	EList<ApiProxy> getProxies();

	/**
	 * Returns the value of the '<em><b>Key Value Maps</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.KeyValueMap}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Key value maps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key Value Maps</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiManagement_KeyValueMaps()
	 * @model containment="true"
	 * @generated
	 */
	EList<KeyValueMap> getKeyValueMaps();

	/**
	 * Returns the value of the '<em><b>Products</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.ApiProduct}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * API products.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Products</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiManagement_Products()
	 * @model containment="true"
	 * @generated
	 */
	EList<ApiProduct> getProducts();

	/**
	 * Returns the value of the '<em><b>Applications</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.DeveloperApplication}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Developer applications.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applications</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiManagement_Applications()
	 * @model containment="true"
	 * @generated
	 */
	EList<DeveloperApplication> getApplications();

	/**
	 * Returns the value of the '<em><b>Lint Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the policy lint runs in this workspace.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lint Settings</em>' containment reference.
	 * @see #setLintSettings(PolicyLintSettings)
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiManagement_LintSettings()
	 * @model containment="true"
	 * @generated
	 */
	PolicyLintSettings getLintSettings();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ApiManagement#getLintSettings <em>Lint Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lint Settings</em>' containment reference.
	 * @see #getLintSettings()
	 * @generated
	 */
	void setLintSettings(PolicyLintSettings value);

} // ApiManagement
