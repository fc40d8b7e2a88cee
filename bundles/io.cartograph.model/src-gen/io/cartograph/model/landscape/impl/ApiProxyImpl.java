/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.ApiProvider;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.Policy;
import io.cartograph.model.landscape.ProxyBundleFormat;
import io.cartograph.model.landscape.ProxyEndpoint;
import io.cartograph.model.landscape.ProxyResource;
import io.cartograph.model.landscape.TargetEndpoint;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Api Proxy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.impl.ApiProxyImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.ApiProxyImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.ApiProxyImpl#getBasePath <em>Base Path</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.ApiProxyImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.ApiProxyImpl#getService <em>Service</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.ApiProxyImpl#getProxyEndpoints <em>Proxy Endpoints</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.ApiProxyImpl#getTargetEndpoints <em>Target Endpoints</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.ApiProxyImpl#getPolicies <em>Policies</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.ApiProxyImpl#getBundleFormat <em>Bundle Format</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.ApiProxyImpl#getDescriptor <em>Descriptor</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.ApiProxyImpl#getResources <em>Resources</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ApiProxyImpl extends NamedImpl implements ApiProxy {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getBasePath() <em>Base Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasePath()
	 * @generated
	 * @ordered
	 */
	protected static final String BASE_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBasePath() <em>Base Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBasePath()
	 * @generated
	 * @ordered
	 */
	protected String basePath = BASE_PATH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProvider() <em>Provider</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected ApiProvider provider;

	/**
	 * The default value of the '{@link #getService() <em>Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getService()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getService() <em>Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getService()
	 * @generated
	 * @ordered
	 */
	protected String service = SERVICE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProxyEndpoints() <em>Proxy Endpoints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProxyEndpoints()
	 * @generated
	 * @ordered
	 */
	protected EList<ProxyEndpoint> proxyEndpoints;

	/**
	 * The cached value of the '{@link #getTargetEndpoints() <em>Target Endpoints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetEndpoints()
	 * @generated
	 * @ordered
	 */
	protected EList<TargetEndpoint> targetEndpoints;

	/**
	 * The cached value of the '{@link #getPolicies() <em>Policies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicies()
	 * @generated
	 * @ordered
	 */
	protected EList<Policy> policies;

	/**
	 * The default value of the '{@link #getBundleFormat() <em>Bundle Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBundleFormat()
	 * @generated
	 * @ordered
	 */
	protected static final ProxyBundleFormat BUNDLE_FORMAT_EDEFAULT = ProxyBundleFormat.SAP;

	/**
	 * The cached value of the '{@link #getBundleFormat() <em>Bundle Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBundleFormat()
	 * @generated
	 * @ordered
	 */
	protected ProxyBundleFormat bundleFormat = BUNDLE_FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescriptor() <em>Descriptor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptor()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescriptor() <em>Descriptor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptor()
	 * @generated
	 * @ordered
	 */
	protected String descriptor = DESCRIPTOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResources() <em>Resources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResources()
	 * @generated
	 * @ordered
	 */
	protected EList<ProxyResource> resources;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ApiProxyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.API_PROXY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.API_PROXY__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.API_PROXY__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBasePath() {
		return basePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBasePath(String newBasePath) {
		String oldBasePath = basePath;
		basePath = newBasePath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.API_PROXY__BASE_PATH, oldBasePath, basePath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ApiProvider getProvider() {
		if (provider != null && provider.eIsProxy()) {
			InternalEObject oldProvider = (InternalEObject)provider;
			provider = (ApiProvider)eResolveProxy(oldProvider);
			if (provider != oldProvider) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LandscapePackage.API_PROXY__PROVIDER, oldProvider, provider));
			}
		}
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ApiProvider basicGetProvider() {
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvider(ApiProvider newProvider) {
		ApiProvider oldProvider = provider;
		provider = newProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.API_PROXY__PROVIDER, oldProvider, provider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getService() {
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setService(String newService) {
		String oldService = service;
		service = newService;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.API_PROXY__SERVICE, oldService, service));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProxyEndpoint> getProxyEndpoints() {
		if (proxyEndpoints == null) {
			proxyEndpoints = new EObjectContainmentEList<ProxyEndpoint>(ProxyEndpoint.class, this, LandscapePackage.API_PROXY__PROXY_ENDPOINTS);
		}
		return proxyEndpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TargetEndpoint> getTargetEndpoints() {
		if (targetEndpoints == null) {
			targetEndpoints = new EObjectContainmentEList<TargetEndpoint>(TargetEndpoint.class, this, LandscapePackage.API_PROXY__TARGET_ENDPOINTS);
		}
		return targetEndpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Policy> getPolicies() {
		if (policies == null) {
			policies = new EObjectContainmentEList<Policy>(Policy.class, this, LandscapePackage.API_PROXY__POLICIES);
		}
		return policies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProxyBundleFormat getBundleFormat() {
		return bundleFormat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBundleFormat(ProxyBundleFormat newBundleFormat) {
		ProxyBundleFormat oldBundleFormat = bundleFormat;
		bundleFormat = newBundleFormat == null ? BUNDLE_FORMAT_EDEFAULT : newBundleFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.API_PROXY__BUNDLE_FORMAT, oldBundleFormat, bundleFormat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescriptor() {
		return descriptor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescriptor(String newDescriptor) {
		String oldDescriptor = descriptor;
		descriptor = newDescriptor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.API_PROXY__DESCRIPTOR, oldDescriptor, descriptor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProxyResource> getResources() {
		if (resources == null) {
			resources = new EObjectContainmentEList<ProxyResource>(ProxyResource.class, this, LandscapePackage.API_PROXY__RESOURCES);
		}
		return resources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LandscapePackage.API_PROXY__PROXY_ENDPOINTS:
				return ((InternalEList<?>)getProxyEndpoints()).basicRemove(otherEnd, msgs);
			case LandscapePackage.API_PROXY__TARGET_ENDPOINTS:
				return ((InternalEList<?>)getTargetEndpoints()).basicRemove(otherEnd, msgs);
			case LandscapePackage.API_PROXY__POLICIES:
				return ((InternalEList<?>)getPolicies()).basicRemove(otherEnd, msgs);
			case LandscapePackage.API_PROXY__RESOURCES:
				return ((InternalEList<?>)getResources()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LandscapePackage.API_PROXY__TITLE:
				return getTitle();
			case LandscapePackage.API_PROXY__VERSION:
				return getVersion();
			case LandscapePackage.API_PROXY__BASE_PATH:
				return getBasePath();
			case LandscapePackage.API_PROXY__PROVIDER:
				if (resolve) return getProvider();
				return basicGetProvider();
			case LandscapePackage.API_PROXY__SERVICE:
				return getService();
			case LandscapePackage.API_PROXY__PROXY_ENDPOINTS:
				return getProxyEndpoints();
			case LandscapePackage.API_PROXY__TARGET_ENDPOINTS:
				return getTargetEndpoints();
			case LandscapePackage.API_PROXY__POLICIES:
				return getPolicies();
			case LandscapePackage.API_PROXY__BUNDLE_FORMAT:
				return getBundleFormat();
			case LandscapePackage.API_PROXY__DESCRIPTOR:
				return getDescriptor();
			case LandscapePackage.API_PROXY__RESOURCES:
				return getResources();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LandscapePackage.API_PROXY__TITLE:
				setTitle((String)newValue);
				return;
			case LandscapePackage.API_PROXY__VERSION:
				setVersion((String)newValue);
				return;
			case LandscapePackage.API_PROXY__BASE_PATH:
				setBasePath((String)newValue);
				return;
			case LandscapePackage.API_PROXY__PROVIDER:
				setProvider((ApiProvider)newValue);
				return;
			case LandscapePackage.API_PROXY__SERVICE:
				setService((String)newValue);
				return;
			case LandscapePackage.API_PROXY__PROXY_ENDPOINTS:
				getProxyEndpoints().clear();
				getProxyEndpoints().addAll((Collection<? extends ProxyEndpoint>)newValue);
				return;
			case LandscapePackage.API_PROXY__TARGET_ENDPOINTS:
				getTargetEndpoints().clear();
				getTargetEndpoints().addAll((Collection<? extends TargetEndpoint>)newValue);
				return;
			case LandscapePackage.API_PROXY__POLICIES:
				getPolicies().clear();
				getPolicies().addAll((Collection<? extends Policy>)newValue);
				return;
			case LandscapePackage.API_PROXY__BUNDLE_FORMAT:
				setBundleFormat((ProxyBundleFormat)newValue);
				return;
			case LandscapePackage.API_PROXY__DESCRIPTOR:
				setDescriptor((String)newValue);
				return;
			case LandscapePackage.API_PROXY__RESOURCES:
				getResources().clear();
				getResources().addAll((Collection<? extends ProxyResource>)newValue);
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
			case LandscapePackage.API_PROXY__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case LandscapePackage.API_PROXY__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case LandscapePackage.API_PROXY__BASE_PATH:
				setBasePath(BASE_PATH_EDEFAULT);
				return;
			case LandscapePackage.API_PROXY__PROVIDER:
				setProvider((ApiProvider)null);
				return;
			case LandscapePackage.API_PROXY__SERVICE:
				setService(SERVICE_EDEFAULT);
				return;
			case LandscapePackage.API_PROXY__PROXY_ENDPOINTS:
				getProxyEndpoints().clear();
				return;
			case LandscapePackage.API_PROXY__TARGET_ENDPOINTS:
				getTargetEndpoints().clear();
				return;
			case LandscapePackage.API_PROXY__POLICIES:
				getPolicies().clear();
				return;
			case LandscapePackage.API_PROXY__BUNDLE_FORMAT:
				setBundleFormat(BUNDLE_FORMAT_EDEFAULT);
				return;
			case LandscapePackage.API_PROXY__DESCRIPTOR:
				setDescriptor(DESCRIPTOR_EDEFAULT);
				return;
			case LandscapePackage.API_PROXY__RESOURCES:
				getResources().clear();
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
			case LandscapePackage.API_PROXY__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case LandscapePackage.API_PROXY__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case LandscapePackage.API_PROXY__BASE_PATH:
				return BASE_PATH_EDEFAULT == null ? basePath != null : !BASE_PATH_EDEFAULT.equals(basePath);
			case LandscapePackage.API_PROXY__PROVIDER:
				return provider != null;
			case LandscapePackage.API_PROXY__SERVICE:
				return SERVICE_EDEFAULT == null ? service != null : !SERVICE_EDEFAULT.equals(service);
			case LandscapePackage.API_PROXY__PROXY_ENDPOINTS:
				return proxyEndpoints != null && !proxyEndpoints.isEmpty();
			case LandscapePackage.API_PROXY__TARGET_ENDPOINTS:
				return targetEndpoints != null && !targetEndpoints.isEmpty();
			case LandscapePackage.API_PROXY__POLICIES:
				return policies != null && !policies.isEmpty();
			case LandscapePackage.API_PROXY__BUNDLE_FORMAT:
				return bundleFormat != BUNDLE_FORMAT_EDEFAULT;
			case LandscapePackage.API_PROXY__DESCRIPTOR:
				return DESCRIPTOR_EDEFAULT == null ? descriptor != null : !DESCRIPTOR_EDEFAULT.equals(descriptor);
			case LandscapePackage.API_PROXY__RESOURCES:
				return resources != null && !resources.isEmpty();
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
		result.append(" (title: ");
		result.append(title);
		result.append(", version: ");
		result.append(version);
		result.append(", basePath: ");
		result.append(basePath);
		result.append(", service: ");
		result.append(service);
		result.append(", bundleFormat: ");
		result.append(bundleFormat);
		result.append(", descriptor: ");
		result.append(descriptor);
		result.append(')');
		return result.toString();
	}

} //ApiProxyImpl
