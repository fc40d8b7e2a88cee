/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.ApiProvider;
import io.cartograph.model.landscape.LandscapePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Api Provider</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.impl.ApiProviderImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.ApiProviderImpl#getVirtualHost <em>Virtual Host</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.ApiProviderImpl#getPort <em>Port</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.ApiProviderImpl#getLocationId <em>Location Id</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.ApiProviderImpl#getCatalogPathPrefix <em>Catalog Path Prefix</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.ApiProviderImpl#getServiceCollectionUrl <em>Service Collection Url</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ApiProviderImpl extends NamedImpl implements ApiProvider {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getVirtualHost() <em>Virtual Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVirtualHost()
	 * @generated
	 * @ordered
	 */
	protected static final String VIRTUAL_HOST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVirtualHost() <em>Virtual Host</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVirtualHost()
	 * @generated
	 * @ordered
	 */
	protected String virtualHost = VIRTUAL_HOST_EDEFAULT;

	/**
	 * The default value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected static final int PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected int port = PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getLocationId() <em>Location Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocationId()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocationId() <em>Location Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocationId()
	 * @generated
	 * @ordered
	 */
	protected String locationId = LOCATION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCatalogPathPrefix() <em>Catalog Path Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCatalogPathPrefix()
	 * @generated
	 * @ordered
	 */
	protected static final String CATALOG_PATH_PREFIX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCatalogPathPrefix() <em>Catalog Path Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCatalogPathPrefix()
	 * @generated
	 * @ordered
	 */
	protected String catalogPathPrefix = CATALOG_PATH_PREFIX_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceCollectionUrl() <em>Service Collection Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceCollectionUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_COLLECTION_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceCollectionUrl() <em>Service Collection Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceCollectionUrl()
	 * @generated
	 * @ordered
	 */
	protected String serviceCollectionUrl = SERVICE_COLLECTION_URL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ApiProviderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.API_PROVIDER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.API_PROVIDER__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVirtualHost() {
		return virtualHost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVirtualHost(String newVirtualHost) {
		String oldVirtualHost = virtualHost;
		virtualHost = newVirtualHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.API_PROVIDER__VIRTUAL_HOST, oldVirtualHost, virtualHost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(int newPort) {
		int oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.API_PROVIDER__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocationId() {
		return locationId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocationId(String newLocationId) {
		String oldLocationId = locationId;
		locationId = newLocationId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.API_PROVIDER__LOCATION_ID, oldLocationId, locationId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCatalogPathPrefix() {
		return catalogPathPrefix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCatalogPathPrefix(String newCatalogPathPrefix) {
		String oldCatalogPathPrefix = catalogPathPrefix;
		catalogPathPrefix = newCatalogPathPrefix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.API_PROVIDER__CATALOG_PATH_PREFIX, oldCatalogPathPrefix, catalogPathPrefix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServiceCollectionUrl() {
		return serviceCollectionUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceCollectionUrl(String newServiceCollectionUrl) {
		String oldServiceCollectionUrl = serviceCollectionUrl;
		serviceCollectionUrl = newServiceCollectionUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.API_PROVIDER__SERVICE_COLLECTION_URL, oldServiceCollectionUrl, serviceCollectionUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LandscapePackage.API_PROVIDER__DESCRIPTION:
				return getDescription();
			case LandscapePackage.API_PROVIDER__VIRTUAL_HOST:
				return getVirtualHost();
			case LandscapePackage.API_PROVIDER__PORT:
				return getPort();
			case LandscapePackage.API_PROVIDER__LOCATION_ID:
				return getLocationId();
			case LandscapePackage.API_PROVIDER__CATALOG_PATH_PREFIX:
				return getCatalogPathPrefix();
			case LandscapePackage.API_PROVIDER__SERVICE_COLLECTION_URL:
				return getServiceCollectionUrl();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LandscapePackage.API_PROVIDER__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case LandscapePackage.API_PROVIDER__VIRTUAL_HOST:
				setVirtualHost((String)newValue);
				return;
			case LandscapePackage.API_PROVIDER__PORT:
				setPort((Integer)newValue);
				return;
			case LandscapePackage.API_PROVIDER__LOCATION_ID:
				setLocationId((String)newValue);
				return;
			case LandscapePackage.API_PROVIDER__CATALOG_PATH_PREFIX:
				setCatalogPathPrefix((String)newValue);
				return;
			case LandscapePackage.API_PROVIDER__SERVICE_COLLECTION_URL:
				setServiceCollectionUrl((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LandscapePackage.API_PROVIDER__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case LandscapePackage.API_PROVIDER__VIRTUAL_HOST:
				setVirtualHost(VIRTUAL_HOST_EDEFAULT);
				return;
			case LandscapePackage.API_PROVIDER__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case LandscapePackage.API_PROVIDER__LOCATION_ID:
				setLocationId(LOCATION_ID_EDEFAULT);
				return;
			case LandscapePackage.API_PROVIDER__CATALOG_PATH_PREFIX:
				setCatalogPathPrefix(CATALOG_PATH_PREFIX_EDEFAULT);
				return;
			case LandscapePackage.API_PROVIDER__SERVICE_COLLECTION_URL:
				setServiceCollectionUrl(SERVICE_COLLECTION_URL_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LandscapePackage.API_PROVIDER__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case LandscapePackage.API_PROVIDER__VIRTUAL_HOST:
				return VIRTUAL_HOST_EDEFAULT == null ? virtualHost != null : !VIRTUAL_HOST_EDEFAULT.equals(virtualHost);
			case LandscapePackage.API_PROVIDER__PORT:
				return port != PORT_EDEFAULT;
			case LandscapePackage.API_PROVIDER__LOCATION_ID:
				return LOCATION_ID_EDEFAULT == null ? locationId != null : !LOCATION_ID_EDEFAULT.equals(locationId);
			case LandscapePackage.API_PROVIDER__CATALOG_PATH_PREFIX:
				return CATALOG_PATH_PREFIX_EDEFAULT == null ? catalogPathPrefix != null : !CATALOG_PATH_PREFIX_EDEFAULT.equals(catalogPathPrefix);
			case LandscapePackage.API_PROVIDER__SERVICE_COLLECTION_URL:
				return SERVICE_COLLECTION_URL_EDEFAULT == null ? serviceCollectionUrl != null : !SERVICE_COLLECTION_URL_EDEFAULT.equals(serviceCollectionUrl);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (description: ");
		result.append(description);
		result.append(", virtualHost: ");
		result.append(virtualHost);
		result.append(", port: ");
		result.append(port);
		result.append(", locationId: ");
		result.append(locationId);
		result.append(", catalogPathPrefix: ");
		result.append(catalogPathPrefix);
		result.append(", serviceCollectionUrl: ");
		result.append(serviceCollectionUrl);
		result.append(')');
		return result.toString();
	}

} //ApiProviderImpl
