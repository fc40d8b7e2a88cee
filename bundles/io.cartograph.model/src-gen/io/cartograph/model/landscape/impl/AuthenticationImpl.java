/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.Authentication;
import io.cartograph.model.landscape.AuthenticationType;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.SecretReference;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Authentication</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.impl.AuthenticationImpl#getType <em>Type</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.AuthenticationImpl#getUsername <em>Username</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.AuthenticationImpl#getClientId <em>Client Id</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.AuthenticationImpl#getTokenUrl <em>Token Url</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.AuthenticationImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.AuthenticationImpl#getApiKeyHeader <em>Api Key Header</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.AuthenticationImpl#getSecret <em>Secret</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AuthenticationImpl extends IdentifiedImpl implements Authentication {
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final AuthenticationType TYPE_EDEFAULT = AuthenticationType.NONE;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected AuthenticationType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUsername() <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsername()
	 * @generated
	 * @ordered
	 */
	protected static final String USERNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUsername() <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsername()
	 * @generated
	 * @ordered
	 */
	protected String username = USERNAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getClientId() <em>Client Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientId()
	 * @generated
	 * @ordered
	 */
	protected static final String CLIENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClientId() <em>Client Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientId()
	 * @generated
	 * @ordered
	 */
	protected String clientId = CLIENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTokenUrl() <em>Token Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTokenUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String TOKEN_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTokenUrl() <em>Token Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTokenUrl()
	 * @generated
	 * @ordered
	 */
	protected String tokenUrl = TOKEN_URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected String scope = SCOPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getApiKeyHeader() <em>Api Key Header</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApiKeyHeader()
	 * @generated
	 * @ordered
	 */
	protected static final String API_KEY_HEADER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApiKeyHeader() <em>Api Key Header</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApiKeyHeader()
	 * @generated
	 * @ordered
	 */
	protected String apiKeyHeader = API_KEY_HEADER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSecret() <em>Secret</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecret()
	 * @generated
	 * @ordered
	 */
	protected SecretReference secret;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AuthenticationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.AUTHENTICATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AuthenticationType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(AuthenticationType newType) {
		AuthenticationType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.AUTHENTICATION__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUsername() {
		return username;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsername(String newUsername) {
		String oldUsername = username;
		username = newUsername;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.AUTHENTICATION__USERNAME, oldUsername, username));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClientId() {
		return clientId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClientId(String newClientId) {
		String oldClientId = clientId;
		clientId = newClientId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.AUTHENTICATION__CLIENT_ID, oldClientId, clientId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTokenUrl() {
		return tokenUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTokenUrl(String newTokenUrl) {
		String oldTokenUrl = tokenUrl;
		tokenUrl = newTokenUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.AUTHENTICATION__TOKEN_URL, oldTokenUrl, tokenUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(String newScope) {
		String oldScope = scope;
		scope = newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.AUTHENTICATION__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApiKeyHeader() {
		return apiKeyHeader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApiKeyHeader(String newApiKeyHeader) {
		String oldApiKeyHeader = apiKeyHeader;
		apiKeyHeader = newApiKeyHeader;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.AUTHENTICATION__API_KEY_HEADER, oldApiKeyHeader, apiKeyHeader));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecretReference getSecret() {
		return secret;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSecret(SecretReference newSecret, NotificationChain msgs) {
		SecretReference oldSecret = secret;
		secret = newSecret;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LandscapePackage.AUTHENTICATION__SECRET, oldSecret, newSecret);
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
	public void setSecret(SecretReference newSecret) {
		if (newSecret != secret) {
			NotificationChain msgs = null;
			if (secret != null)
				msgs = ((InternalEObject)secret).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.AUTHENTICATION__SECRET, null, msgs);
			if (newSecret != null)
				msgs = ((InternalEObject)newSecret).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.AUTHENTICATION__SECRET, null, msgs);
			msgs = basicSetSecret(newSecret, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.AUTHENTICATION__SECRET, newSecret, newSecret));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LandscapePackage.AUTHENTICATION__SECRET:
				return basicSetSecret(null, msgs);
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
			case LandscapePackage.AUTHENTICATION__TYPE:
				return getType();
			case LandscapePackage.AUTHENTICATION__USERNAME:
				return getUsername();
			case LandscapePackage.AUTHENTICATION__CLIENT_ID:
				return getClientId();
			case LandscapePackage.AUTHENTICATION__TOKEN_URL:
				return getTokenUrl();
			case LandscapePackage.AUTHENTICATION__SCOPE:
				return getScope();
			case LandscapePackage.AUTHENTICATION__API_KEY_HEADER:
				return getApiKeyHeader();
			case LandscapePackage.AUTHENTICATION__SECRET:
				return getSecret();
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
			case LandscapePackage.AUTHENTICATION__TYPE:
				setType((AuthenticationType)newValue);
				return;
			case LandscapePackage.AUTHENTICATION__USERNAME:
				setUsername((String)newValue);
				return;
			case LandscapePackage.AUTHENTICATION__CLIENT_ID:
				setClientId((String)newValue);
				return;
			case LandscapePackage.AUTHENTICATION__TOKEN_URL:
				setTokenUrl((String)newValue);
				return;
			case LandscapePackage.AUTHENTICATION__SCOPE:
				setScope((String)newValue);
				return;
			case LandscapePackage.AUTHENTICATION__API_KEY_HEADER:
				setApiKeyHeader((String)newValue);
				return;
			case LandscapePackage.AUTHENTICATION__SECRET:
				setSecret((SecretReference)newValue);
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
			case LandscapePackage.AUTHENTICATION__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case LandscapePackage.AUTHENTICATION__USERNAME:
				setUsername(USERNAME_EDEFAULT);
				return;
			case LandscapePackage.AUTHENTICATION__CLIENT_ID:
				setClientId(CLIENT_ID_EDEFAULT);
				return;
			case LandscapePackage.AUTHENTICATION__TOKEN_URL:
				setTokenUrl(TOKEN_URL_EDEFAULT);
				return;
			case LandscapePackage.AUTHENTICATION__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case LandscapePackage.AUTHENTICATION__API_KEY_HEADER:
				setApiKeyHeader(API_KEY_HEADER_EDEFAULT);
				return;
			case LandscapePackage.AUTHENTICATION__SECRET:
				setSecret((SecretReference)null);
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
			case LandscapePackage.AUTHENTICATION__TYPE:
				return type != TYPE_EDEFAULT;
			case LandscapePackage.AUTHENTICATION__USERNAME:
				return USERNAME_EDEFAULT == null ? username != null : !USERNAME_EDEFAULT.equals(username);
			case LandscapePackage.AUTHENTICATION__CLIENT_ID:
				return CLIENT_ID_EDEFAULT == null ? clientId != null : !CLIENT_ID_EDEFAULT.equals(clientId);
			case LandscapePackage.AUTHENTICATION__TOKEN_URL:
				return TOKEN_URL_EDEFAULT == null ? tokenUrl != null : !TOKEN_URL_EDEFAULT.equals(tokenUrl);
			case LandscapePackage.AUTHENTICATION__SCOPE:
				return SCOPE_EDEFAULT == null ? scope != null : !SCOPE_EDEFAULT.equals(scope);
			case LandscapePackage.AUTHENTICATION__API_KEY_HEADER:
				return API_KEY_HEADER_EDEFAULT == null ? apiKeyHeader != null : !API_KEY_HEADER_EDEFAULT.equals(apiKeyHeader);
			case LandscapePackage.AUTHENTICATION__SECRET:
				return secret != null;
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
		result.append(" (type: ");
		result.append(type);
		result.append(", username: ");
		result.append(username);
		result.append(", clientId: ");
		result.append(clientId);
		result.append(", tokenUrl: ");
		result.append(tokenUrl);
		result.append(", scope: ");
		result.append(scope);
		result.append(", apiKeyHeader: ");
		result.append(apiKeyHeader);
		result.append(')');
		return result.toString();
	}

} //AuthenticationImpl
