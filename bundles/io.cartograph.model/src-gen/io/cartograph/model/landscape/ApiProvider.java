/**
 */
package io.cartograph.model.landscape;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Api Provider</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A backend system reached through the Cloud Connector.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.ApiProvider#getDescription <em>Description</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ApiProvider#getVirtualHost <em>Virtual Host</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ApiProvider#getPort <em>Port</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ApiProvider#getLocationId <em>Location Id</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ApiProvider#getCatalogPathPrefix <em>Catalog Path Prefix</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ApiProvider#getServiceCollectionUrl <em>Service Collection Url</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getApiProvider()
 * @model
 * @generated
 */
public interface ApiProvider extends Named {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the provider is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiProvider_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ApiProvider#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Virtual Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * On-premise virtual host as mapped in the Cloud Connector.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Virtual Host</em>' attribute.
	 * @see #setVirtualHost(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiProvider_VirtualHost()
	 * @model
	 * @generated
	 */
	String getVirtualHost();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ApiProvider#getVirtualHost <em>Virtual Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Virtual Host</em>' attribute.
	 * @see #getVirtualHost()
	 * @generated
	 */
	void setVirtualHost(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Virtual port.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(int)
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiProvider_Port()
	 * @model
	 * @generated
	 */
	int getPort();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ApiProvider#getPort <em>Port</em>}' attribute.
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
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiProvider_LocationId()
	 * @model
	 * @generated
	 */
	String getLocationId();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ApiProvider#getLocationId <em>Location Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location Id</em>' attribute.
	 * @see #getLocationId()
	 * @generated
	 */
	void setLocationId(String value);

	/**
	 * Returns the value of the '<em><b>Catalog Path Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path prefix of the service catalog.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Catalog Path Prefix</em>' attribute.
	 * @see #setCatalogPathPrefix(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiProvider_CatalogPathPrefix()
	 * @model
	 * @generated
	 */
	String getCatalogPathPrefix();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ApiProvider#getCatalogPathPrefix <em>Catalog Path Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Catalog Path Prefix</em>' attribute.
	 * @see #getCatalogPathPrefix()
	 * @generated
	 */
	void setCatalogPathPrefix(String value);

	/**
	 * Returns the value of the '<em><b>Service Collection Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * URL of the OData service collection.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service Collection Url</em>' attribute.
	 * @see #setServiceCollectionUrl(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiProvider_ServiceCollectionUrl()
	 * @model
	 * @generated
	 */
	String getServiceCollectionUrl();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ApiProvider#getServiceCollectionUrl <em>Service Collection Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Collection Url</em>' attribute.
	 * @see #getServiceCollectionUrl()
	 * @generated
	 */
	void setServiceCollectionUrl(String value);

} // ApiProvider
