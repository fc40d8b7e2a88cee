/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.ApiProduct;
import io.cartograph.model.landscape.DeveloperApplication;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.SecretReference;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Developer Application</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.impl.DeveloperApplicationImpl#getDeveloperEmail <em>Developer Email</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DeveloperApplicationImpl#getProducts <em>Products</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DeveloperApplicationImpl#getCallbackUrl <em>Callback Url</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DeveloperApplicationImpl#getApiKey <em>Api Key</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeveloperApplicationImpl extends NamedImpl implements DeveloperApplication {
	/**
	 * The default value of the '{@link #getDeveloperEmail() <em>Developer Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeveloperEmail()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVELOPER_EMAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeveloperEmail() <em>Developer Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeveloperEmail()
	 * @generated
	 * @ordered
	 */
	protected String developerEmail = DEVELOPER_EMAIL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProducts() <em>Products</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProducts()
	 * @generated
	 * @ordered
	 */
	protected EList<ApiProduct> products;

	/**
	 * The default value of the '{@link #getCallbackUrl() <em>Callback Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallbackUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String CALLBACK_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCallbackUrl() <em>Callback Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallbackUrl()
	 * @generated
	 * @ordered
	 */
	protected String callbackUrl = CALLBACK_URL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getApiKey() <em>Api Key</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApiKey()
	 * @generated
	 * @ordered
	 */
	protected SecretReference apiKey;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeveloperApplicationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.DEVELOPER_APPLICATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeveloperEmail() {
		return developerEmail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeveloperEmail(String newDeveloperEmail) {
		String oldDeveloperEmail = developerEmail;
		developerEmail = newDeveloperEmail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DEVELOPER_APPLICATION__DEVELOPER_EMAIL, oldDeveloperEmail, developerEmail));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ApiProduct> getProducts() {
		if (products == null) {
			products = new EObjectResolvingEList<ApiProduct>(ApiProduct.class, this, LandscapePackage.DEVELOPER_APPLICATION__PRODUCTS);
		}
		return products;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCallbackUrl() {
		return callbackUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCallbackUrl(String newCallbackUrl) {
		String oldCallbackUrl = callbackUrl;
		callbackUrl = newCallbackUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DEVELOPER_APPLICATION__CALLBACK_URL, oldCallbackUrl, callbackUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecretReference getApiKey() {
		return apiKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetApiKey(SecretReference newApiKey, NotificationChain msgs) {
		SecretReference oldApiKey = apiKey;
		apiKey = newApiKey;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LandscapePackage.DEVELOPER_APPLICATION__API_KEY, oldApiKey, newApiKey);
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
	public void setApiKey(SecretReference newApiKey) {
		if (newApiKey != apiKey) {
			NotificationChain msgs = null;
			if (apiKey != null)
				msgs = ((InternalEObject)apiKey).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.DEVELOPER_APPLICATION__API_KEY, null, msgs);
			if (newApiKey != null)
				msgs = ((InternalEObject)newApiKey).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.DEVELOPER_APPLICATION__API_KEY, null, msgs);
			msgs = basicSetApiKey(newApiKey, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DEVELOPER_APPLICATION__API_KEY, newApiKey, newApiKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LandscapePackage.DEVELOPER_APPLICATION__API_KEY:
				return basicSetApiKey(null, msgs);
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
			case LandscapePackage.DEVELOPER_APPLICATION__DEVELOPER_EMAIL:
				return getDeveloperEmail();
			case LandscapePackage.DEVELOPER_APPLICATION__PRODUCTS:
				return getProducts();
			case LandscapePackage.DEVELOPER_APPLICATION__CALLBACK_URL:
				return getCallbackUrl();
			case LandscapePackage.DEVELOPER_APPLICATION__API_KEY:
				return getApiKey();
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
			case LandscapePackage.DEVELOPER_APPLICATION__DEVELOPER_EMAIL:
				setDeveloperEmail((String)newValue);
				return;
			case LandscapePackage.DEVELOPER_APPLICATION__PRODUCTS:
				getProducts().clear();
				getProducts().addAll((Collection<? extends ApiProduct>)newValue);
				return;
			case LandscapePackage.DEVELOPER_APPLICATION__CALLBACK_URL:
				setCallbackUrl((String)newValue);
				return;
			case LandscapePackage.DEVELOPER_APPLICATION__API_KEY:
				setApiKey((SecretReference)newValue);
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
			case LandscapePackage.DEVELOPER_APPLICATION__DEVELOPER_EMAIL:
				setDeveloperEmail(DEVELOPER_EMAIL_EDEFAULT);
				return;
			case LandscapePackage.DEVELOPER_APPLICATION__PRODUCTS:
				getProducts().clear();
				return;
			case LandscapePackage.DEVELOPER_APPLICATION__CALLBACK_URL:
				setCallbackUrl(CALLBACK_URL_EDEFAULT);
				return;
			case LandscapePackage.DEVELOPER_APPLICATION__API_KEY:
				setApiKey((SecretReference)null);
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
			case LandscapePackage.DEVELOPER_APPLICATION__DEVELOPER_EMAIL:
				return DEVELOPER_EMAIL_EDEFAULT == null ? developerEmail != null : !DEVELOPER_EMAIL_EDEFAULT.equals(developerEmail);
			case LandscapePackage.DEVELOPER_APPLICATION__PRODUCTS:
				return products != null && !products.isEmpty();
			case LandscapePackage.DEVELOPER_APPLICATION__CALLBACK_URL:
				return CALLBACK_URL_EDEFAULT == null ? callbackUrl != null : !CALLBACK_URL_EDEFAULT.equals(callbackUrl);
			case LandscapePackage.DEVELOPER_APPLICATION__API_KEY:
				return apiKey != null;
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
		result.append(" (developerEmail: ");
		result.append(developerEmail);
		result.append(", callbackUrl: ");
		result.append(callbackUrl);
		result.append(')');
		return result.toString();
	}

} //DeveloperApplicationImpl
