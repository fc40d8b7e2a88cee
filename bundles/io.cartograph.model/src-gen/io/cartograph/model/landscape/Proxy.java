/**
 */
package io.cartograph.model.landscape;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Proxy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A proxy such as the SAP Cloud Connector that data sources connect through.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.Proxy#getHost <em>Host</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Proxy#getPort <em>Port</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Proxy#getLocationId <em>Location Id</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Proxy#getUsername <em>Username</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Proxy#getPassword <em>Password</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getProxy()
 * @model
 * @generated
 */
public interface Proxy extends Named {
	/**
	 * Returns the value of the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Proxy host.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host</em>' attribute.
	 * @see #setHost(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getProxy_Host()
	 * @model
	 * @generated
	 */
	String getHost();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Proxy#getHost <em>Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' attribute.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Proxy port.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(int)
	 * @see io.cartograph.model.landscape.LandscapePackage#getProxy_Port()
	 * @model
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Proxy#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(int value);

	/**
	 * Returns the value of the '<em><b>Location Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cloud Connector location id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location Id</em>' attribute.
	 * @see #setLocationId(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getProxy_LocationId()
	 * @model
	 * @generated
	 */
	String getLocationId();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Proxy#getLocationId <em>Location Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location Id</em>' attribute.
	 * @see #getLocationId()
	 * @generated
	 */
	void setLocationId(String value);

	/**
	 * Returns the value of the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Connectivity user.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Username</em>' attribute.
	 * @see #setUsername(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getProxy_Username()
	 * @model
	 * @generated
	 */
	String getUsername();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Proxy#getUsername <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Username</em>' attribute.
	 * @see #getUsername()
	 * @generated
	 */
	void setUsername(String value);

	/**
	 * Returns the value of the '<em><b>Password</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reference to the connectivity password.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Password</em>' containment reference.
	 * @see #setPassword(SecretReference)
	 * @see io.cartograph.model.landscape.LandscapePackage#getProxy_Password()
	 * @model containment="true"
	 * @generated
	 */
	SecretReference getPassword();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Proxy#getPassword <em>Password</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Password</em>' containment reference.
	 * @see #getPassword()
	 * @generated
	 */
	void setPassword(SecretReference value);

} // Proxy
