/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Api Proxy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An API proxy: endpoints, flows and policies.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.ApiProxy#getTitle <em>Title</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ApiProxy#getVersion <em>Version</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ApiProxy#getBasePath <em>Base Path</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ApiProxy#getProvider <em>Provider</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ApiProxy#getService <em>Service</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ApiProxy#getProxyEndpoints <em>Proxy Endpoints</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ApiProxy#getTargetEndpoints <em>Target Endpoints</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ApiProxy#getPolicies <em>Policies</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ApiProxy#getBundleFormat <em>Bundle Format</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ApiProxy#getDescriptor <em>Descriptor</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ApiProxy#getResources <em>Resources</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getApiProxy()
 * @model
 * @generated
 */
public interface ApiProxy extends Named {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title shown to API consumers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiProxy_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ApiProxy#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiProxy_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ApiProxy#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Base Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Base path, e.g. /sap/opu/odata/sap/API_X.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base Path</em>' attribute.
	 * @see #setBasePath(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiProxy_BasePath()
	 * @model
	 * @generated
	 */
	String getBasePath();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ApiProxy#getBasePath <em>Base Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Path</em>' attribute.
	 * @see #getBasePath()
	 * @generated
	 */
	void setBasePath(String value);

	/**
	 * Returns the value of the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The API provider behind it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider</em>' reference.
	 * @see #setProvider(ApiProvider)
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiProxy_Provider()
	 * @model
	 * @generated
	 */
	ApiProvider getProvider();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ApiProxy#getProvider <em>Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' reference.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(ApiProvider value);

	/**
	 * Returns the value of the '<em><b>Service</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The backend service.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service</em>' attribute.
	 * @see #setService(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiProxy_Service()
	 * @model
	 * @generated
	 */
	String getService();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ApiProxy#getService <em>Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service</em>' attribute.
	 * @see #getService()
	 * @generated
	 */
	void setService(String value);

	/**
	 * Returns the value of the '<em><b>Proxy Endpoints</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.ProxyEndpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Proxy endpoints.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Proxy Endpoints</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiProxy_ProxyEndpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProxyEndpoint> getProxyEndpoints();

	/**
	 * Returns the value of the '<em><b>Target Endpoints</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.TargetEndpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target endpoints.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Endpoints</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiProxy_TargetEndpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<TargetEndpoint> getTargetEndpoints();

	/**
	 * Returns the value of the '<em><b>Policies</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.Policy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Policies the flows use.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policies</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiProxy_Policies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Policy> getPolicies();

	/**
	 * Returns the value of the '<em><b>Bundle Format</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cartograph.model.landscape.ProxyBundleFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The bundle layout it was imported from and is exported to: SAP API Management or Apigee.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bundle Format</em>' attribute.
	 * @see io.cartograph.model.landscape.ProxyBundleFormat
	 * @see #setBundleFormat(ProxyBundleFormat)
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiProxy_BundleFormat()
	 * @model
	 * @generated
	 */
	ProxyBundleFormat getBundleFormat();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ApiProxy#getBundleFormat <em>Bundle Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bundle Format</em>' attribute.
	 * @see io.cartograph.model.landscape.ProxyBundleFormat
	 * @see #getBundleFormat()
	 * @generated
	 */
	void setBundleFormat(ProxyBundleFormat value);

	/**
	 * Returns the value of the '<em><b>Descriptor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The proxy descriptor XML as imported (APIProxy/NAME.xml or apiproxy/NAME.xml); export writes the model's policy and endpoint lists into it and keeps the rest verbatim.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Descriptor</em>' attribute.
	 * @see #setDescriptor(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiProxy_Descriptor()
	 * @model
	 * @generated
	 */
	String getDescriptor();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ApiProxy#getDescriptor <em>Descriptor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Descriptor</em>' attribute.
	 * @see #getDescriptor()
	 * @generated
	 */
	void setDescriptor(String value);

	/**
	 * Returns the value of the '<em><b>Resources</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.ProxyResource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Files of the bundle that the model does not take apart (documentation, API resources, scripts, unknown files), kept verbatim.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resources</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiProxy_Resources()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProxyResource> getResources();

} // ApiProxy
