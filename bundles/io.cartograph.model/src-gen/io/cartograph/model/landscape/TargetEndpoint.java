/**
 */
package io.cartograph.model.landscape;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Target Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where the proxy calls the backend.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.TargetEndpoint#getUrl <em>Url</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.TargetEndpoint#getProvider <em>Provider</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getTargetEndpoint()
 * @model
 * @generated
 */
public interface TargetEndpoint extends Endpoint {
	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Backend URL, if not through a provider.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getTargetEndpoint_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.TargetEndpoint#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * API provider, if through one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider</em>' reference.
	 * @see #setProvider(ApiProvider)
	 * @see io.cartograph.model.landscape.LandscapePackage#getTargetEndpoint_Provider()
	 * @model
	 * @generated
	 */
	ApiProvider getProvider();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.TargetEndpoint#getProvider <em>Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' reference.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(ApiProvider value);

} // TargetEndpoint
