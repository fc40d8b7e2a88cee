/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.ApiProduct;
import io.cartograph.model.landscape.ApiProvider;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.DeveloperApplication;
import io.cartograph.model.landscape.KeyValueMap;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.PolicyLintSettings;

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
 * An implementation of the model object '<em><b>Api Management</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.impl.ApiManagementImpl#getProviders <em>Providers</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.ApiManagementImpl#getProxies <em>Proxies</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.ApiManagementImpl#getKeyValueMaps <em>Key Value Maps</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.ApiManagementImpl#getProducts <em>Products</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.ApiManagementImpl#getApplications <em>Applications</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.ApiManagementImpl#getLintSettings <em>Lint Settings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ApiManagementImpl extends IdentifiedImpl implements ApiManagement {
	/**
	 * The cached value of the '{@link #getProviders() <em>Providers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProviders()
	 * @generated
	 * @ordered
	 */
	protected EList<ApiProvider> providers;

	/**
	 * The cached value of the '{@link #getProxies() <em>Proxies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProxies()
	 * @generated
	 * @ordered
	 */
	protected EList<ApiProxy> proxies;

	/**
	 * The cached value of the '{@link #getKeyValueMaps() <em>Key Value Maps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyValueMaps()
	 * @generated
	 * @ordered
	 */
	protected EList<KeyValueMap> keyValueMaps;

	/**
	 * The cached value of the '{@link #getProducts() <em>Products</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProducts()
	 * @generated
	 * @ordered
	 */
	protected EList<ApiProduct> products;

	/**
	 * The cached value of the '{@link #getApplications() <em>Applications</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplications()
	 * @generated
	 * @ordered
	 */
	protected EList<DeveloperApplication> applications;

	/**
	 * The cached value of the '{@link #getLintSettings() <em>Lint Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLintSettings()
	 * @generated
	 * @ordered
	 */
	protected PolicyLintSettings lintSettings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ApiManagementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.API_MANAGEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ApiProvider> getProviders() {
		if (providers == null) {
			providers = new EObjectContainmentEList<ApiProvider>(ApiProvider.class, this, LandscapePackage.API_MANAGEMENT__PROVIDERS);
		}
		return providers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ApiProxy> getProxies() {
		if (proxies == null) {
			proxies = new EObjectContainmentEList<ApiProxy>(ApiProxy.class, this, LandscapePackage.API_MANAGEMENT__PROXIES);
		}
		return proxies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KeyValueMap> getKeyValueMaps() {
		if (keyValueMaps == null) {
			keyValueMaps = new EObjectContainmentEList<KeyValueMap>(KeyValueMap.class, this, LandscapePackage.API_MANAGEMENT__KEY_VALUE_MAPS);
		}
		return keyValueMaps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ApiProduct> getProducts() {
		if (products == null) {
			products = new EObjectContainmentEList<ApiProduct>(ApiProduct.class, this, LandscapePackage.API_MANAGEMENT__PRODUCTS);
		}
		return products;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DeveloperApplication> getApplications() {
		if (applications == null) {
			applications = new EObjectContainmentEList<DeveloperApplication>(DeveloperApplication.class, this, LandscapePackage.API_MANAGEMENT__APPLICATIONS);
		}
		return applications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyLintSettings getLintSettings() {
		return lintSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLintSettings(PolicyLintSettings newLintSettings, NotificationChain msgs) {
		PolicyLintSettings oldLintSettings = lintSettings;
		lintSettings = newLintSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LandscapePackage.API_MANAGEMENT__LINT_SETTINGS, oldLintSettings, newLintSettings);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLintSettings(PolicyLintSettings newLintSettings) {
		if (newLintSettings != lintSettings) {
			NotificationChain msgs = null;
			if (lintSettings != null)
				msgs = ((InternalEObject)lintSettings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.API_MANAGEMENT__LINT_SETTINGS, null, msgs);
			if (newLintSettings != null)
				msgs = ((InternalEObject)newLintSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.API_MANAGEMENT__LINT_SETTINGS, null, msgs);
			msgs = basicSetLintSettings(newLintSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.API_MANAGEMENT__LINT_SETTINGS, newLintSettings, newLintSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LandscapePackage.API_MANAGEMENT__PROVIDERS:
				return ((InternalEList<?>)getProviders()).basicRemove(otherEnd, msgs);
			case LandscapePackage.API_MANAGEMENT__PROXIES:
				return ((InternalEList<?>)getProxies()).basicRemove(otherEnd, msgs);
			case LandscapePackage.API_MANAGEMENT__KEY_VALUE_MAPS:
				return ((InternalEList<?>)getKeyValueMaps()).basicRemove(otherEnd, msgs);
			case LandscapePackage.API_MANAGEMENT__PRODUCTS:
				return ((InternalEList<?>)getProducts()).basicRemove(otherEnd, msgs);
			case LandscapePackage.API_MANAGEMENT__APPLICATIONS:
				return ((InternalEList<?>)getApplications()).basicRemove(otherEnd, msgs);
			case LandscapePackage.API_MANAGEMENT__LINT_SETTINGS:
				return basicSetLintSettings(null, msgs);
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
			case LandscapePackage.API_MANAGEMENT__PROVIDERS:
				return getProviders();
			case LandscapePackage.API_MANAGEMENT__PROXIES:
				return getProxies();
			case LandscapePackage.API_MANAGEMENT__KEY_VALUE_MAPS:
				return getKeyValueMaps();
			case LandscapePackage.API_MANAGEMENT__PRODUCTS:
				return getProducts();
			case LandscapePackage.API_MANAGEMENT__APPLICATIONS:
				return getApplications();
			case LandscapePackage.API_MANAGEMENT__LINT_SETTINGS:
				return getLintSettings();
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
			case LandscapePackage.API_MANAGEMENT__PROVIDERS:
				getProviders().clear();
				getProviders().addAll((Collection<? extends ApiProvider>)newValue);
				return;
			case LandscapePackage.API_MANAGEMENT__PROXIES:
				getProxies().clear();
				getProxies().addAll((Collection<? extends ApiProxy>)newValue);
				return;
			case LandscapePackage.API_MANAGEMENT__KEY_VALUE_MAPS:
				getKeyValueMaps().clear();
				getKeyValueMaps().addAll((Collection<? extends KeyValueMap>)newValue);
				return;
			case LandscapePackage.API_MANAGEMENT__PRODUCTS:
				getProducts().clear();
				getProducts().addAll((Collection<? extends ApiProduct>)newValue);
				return;
			case LandscapePackage.API_MANAGEMENT__APPLICATIONS:
				getApplications().clear();
				getApplications().addAll((Collection<? extends DeveloperApplication>)newValue);
				return;
			case LandscapePackage.API_MANAGEMENT__LINT_SETTINGS:
				setLintSettings((PolicyLintSettings)newValue);
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
			case LandscapePackage.API_MANAGEMENT__PROVIDERS:
				getProviders().clear();
				return;
			case LandscapePackage.API_MANAGEMENT__PROXIES:
				getProxies().clear();
				return;
			case LandscapePackage.API_MANAGEMENT__KEY_VALUE_MAPS:
				getKeyValueMaps().clear();
				return;
			case LandscapePackage.API_MANAGEMENT__PRODUCTS:
				getProducts().clear();
				return;
			case LandscapePackage.API_MANAGEMENT__APPLICATIONS:
				getApplications().clear();
				return;
			case LandscapePackage.API_MANAGEMENT__LINT_SETTINGS:
				setLintSettings((PolicyLintSettings)null);
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
			case LandscapePackage.API_MANAGEMENT__PROVIDERS:
				return providers != null && !providers.isEmpty();
			case LandscapePackage.API_MANAGEMENT__PROXIES:
				return proxies != null && !proxies.isEmpty();
			case LandscapePackage.API_MANAGEMENT__KEY_VALUE_MAPS:
				return keyValueMaps != null && !keyValueMaps.isEmpty();
			case LandscapePackage.API_MANAGEMENT__PRODUCTS:
				return products != null && !products.isEmpty();
			case LandscapePackage.API_MANAGEMENT__APPLICATIONS:
				return applications != null && !applications.isEmpty();
			case LandscapePackage.API_MANAGEMENT__LINT_SETTINGS:
				return lintSettings != null;
		}
		return super.eIsSet(featureID);
	}

} //ApiManagementImpl
