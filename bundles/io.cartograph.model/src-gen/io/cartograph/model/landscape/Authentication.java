/**
 */
package io.cartograph.model.landscape;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Authentication</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Credentials of a data source. The secret itself is kept out of the model.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.Authentication#getType <em>Type</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Authentication#getUsername <em>Username</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Authentication#getClientId <em>Client Id</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Authentication#getTokenUrl <em>Token Url</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Authentication#getScope <em>Scope</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Authentication#getApiKeyHeader <em>Api Key Header</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Authentication#getSecret <em>Secret</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getAuthentication()
 * @model
 * @generated
 */
public interface Authentication extends Identified {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cartograph.model.landscape.AuthenticationType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of authentication.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see io.cartograph.model.landscape.AuthenticationType
	 * @see #setType(AuthenticationType)
	 * @see io.cartograph.model.landscape.LandscapePackage#getAuthentication_Type()
	 * @model
	 * @generated
	 */
	AuthenticationType getType();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Authentication#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see io.cartograph.model.landscape.AuthenticationType
	 * @see #getType()
	 * @generated
	 */
	void setType(AuthenticationType value);

	/**
	 * Returns the value of the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User for BASICAUTH.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Username</em>' attribute.
	 * @see #setUsername(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getAuthentication_Username()
	 * @model
	 * @generated
	 */
	String getUsername();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Authentication#getUsername <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Username</em>' attribute.
	 * @see #getUsername()
	 * @generated
	 */
	void setUsername(String value);

	/**
	 * Returns the value of the '<em><b>Client Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Client id for OAUTH2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Client Id</em>' attribute.
	 * @see #setClientId(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getAuthentication_ClientId()
	 * @model
	 * @generated
	 */
	String getClientId();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Authentication#getClientId <em>Client Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client Id</em>' attribute.
	 * @see #getClientId()
	 * @generated
	 */
	void setClientId(String value);

	/**
	 * Returns the value of the '<em><b>Token Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Token endpoint for OAUTH2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Token Url</em>' attribute.
	 * @see #setTokenUrl(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getAuthentication_TokenUrl()
	 * @model
	 * @generated
	 */
	String getTokenUrl();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Authentication#getTokenUrl <em>Token Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Token Url</em>' attribute.
	 * @see #getTokenUrl()
	 * @generated
	 */
	void setTokenUrl(String value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scope for OAUTH2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see #setScope(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getAuthentication_Scope()
	 * @model
	 * @generated
	 */
	String getScope();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Authentication#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(String value);

	/**
	 * Returns the value of the '<em><b>Api Key Header</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Header that carries the API key for APIKEY.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Api Key Header</em>' attribute.
	 * @see #setApiKeyHeader(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getAuthentication_ApiKeyHeader()
	 * @model
	 * @generated
	 */
	String getApiKeyHeader();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Authentication#getApiKeyHeader <em>Api Key Header</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api Key Header</em>' attribute.
	 * @see #getApiKeyHeader()
	 * @generated
	 */
	void setApiKeyHeader(String value);

	/**
	 * Returns the value of the '<em><b>Secret</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reference to the password, client secret, API key or token.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Secret</em>' containment reference.
	 * @see #setSecret(SecretReference)
	 * @see io.cartograph.model.landscape.LandscapePackage#getAuthentication_Secret()
	 * @model containment="true"
	 * @generated
	 */
	SecretReference getSecret();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Authentication#getSecret <em>Secret</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secret</em>' containment reference.
	 * @see #getSecret()
	 * @generated
	 */
	void setSecret(SecretReference value);

} // Authentication
