/**
 */
package io.cartograph.model.landscape;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Proxy Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where API consumers call the proxy.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.ProxyEndpoint#getBasePath <em>Base Path</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ProxyEndpoint#getVirtualHost <em>Virtual Host</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getProxyEndpoint()
 * @model
 * @generated
 */
public interface ProxyEndpoint extends Endpoint {
	/**
	 * Returns the value of the '<em><b>Base Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Base path.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base Path</em>' attribute.
	 * @see #setBasePath(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getProxyEndpoint_BasePath()
	 * @model
	 * @generated
	 */
	String getBasePath();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ProxyEndpoint#getBasePath <em>Base Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Path</em>' attribute.
	 * @see #getBasePath()
	 * @generated
	 */
	void setBasePath(String value);

	/**
	 * Returns the value of the '<em><b>Virtual Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Virtual host.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Virtual Host</em>' attribute.
	 * @see #setVirtualHost(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getProxyEndpoint_VirtualHost()
	 * @model
	 * @generated
	 */
	String getVirtualHost();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ProxyEndpoint#getVirtualHost <em>Virtual Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Virtual Host</em>' attribute.
	 * @see #getVirtualHost()
	 * @generated
	 */
	void setVirtualHost(String value);

} // ProxyEndpoint
