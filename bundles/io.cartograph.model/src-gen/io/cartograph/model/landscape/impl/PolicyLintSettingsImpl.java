/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LintRuleSetting;
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
 * An implementation of the model object '<em><b>Policy Lint Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.impl.PolicyLintSettingsImpl#getRules <em>Rules</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.PolicyLintSettingsImpl#getBroadestIpv4Prefix <em>Broadest Ipv4 Prefix</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.PolicyLintSettingsImpl#getBroadestIpv6Prefix <em>Broadest Ipv6 Prefix</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.PolicyLintSettingsImpl#getLongestCalloutTimeoutMillis <em>Longest Callout Timeout Millis</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PolicyLintSettingsImpl extends IdentifiedImpl implements PolicyLintSettings {
	/**
	 * The cached value of the '{@link #getRules() <em>Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRules()
	 * @generated
	 * @ordered
	 */
	protected EList<LintRuleSetting> rules;

	/**
	 * The default value of the '{@link #getBroadestIpv4Prefix() <em>Broadest Ipv4 Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBroadestIpv4Prefix()
	 * @generated
	 * @ordered
	 */
	protected static final int BROADEST_IPV4_PREFIX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBroadestIpv4Prefix() <em>Broadest Ipv4 Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBroadestIpv4Prefix()
	 * @generated
	 * @ordered
	 */
	protected int broadestIpv4Prefix = BROADEST_IPV4_PREFIX_EDEFAULT;

	/**
	 * The default value of the '{@link #getBroadestIpv6Prefix() <em>Broadest Ipv6 Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBroadestIpv6Prefix()
	 * @generated
	 * @ordered
	 */
	protected static final int BROADEST_IPV6_PREFIX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBroadestIpv6Prefix() <em>Broadest Ipv6 Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBroadestIpv6Prefix()
	 * @generated
	 * @ordered
	 */
	protected int broadestIpv6Prefix = BROADEST_IPV6_PREFIX_EDEFAULT;

	/**
	 * The default value of the '{@link #getLongestCalloutTimeoutMillis() <em>Longest Callout Timeout Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLongestCalloutTimeoutMillis()
	 * @generated
	 * @ordered
	 */
	protected static final int LONGEST_CALLOUT_TIMEOUT_MILLIS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLongestCalloutTimeoutMillis() <em>Longest Callout Timeout Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLongestCalloutTimeoutMillis()
	 * @generated
	 * @ordered
	 */
	protected int longestCalloutTimeoutMillis = LONGEST_CALLOUT_TIMEOUT_MILLIS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PolicyLintSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.POLICY_LINT_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LintRuleSetting> getRules() {
		if (rules == null) {
			rules = new EObjectContainmentEList<LintRuleSetting>(LintRuleSetting.class, this, LandscapePackage.POLICY_LINT_SETTINGS__RULES);
		}
		return rules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBroadestIpv4Prefix() {
		return broadestIpv4Prefix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBroadestIpv4Prefix(int newBroadestIpv4Prefix) {
		int oldBroadestIpv4Prefix = broadestIpv4Prefix;
		broadestIpv4Prefix = newBroadestIpv4Prefix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.POLICY_LINT_SETTINGS__BROADEST_IPV4_PREFIX, oldBroadestIpv4Prefix, broadestIpv4Prefix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBroadestIpv6Prefix() {
		return broadestIpv6Prefix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBroadestIpv6Prefix(int newBroadestIpv6Prefix) {
		int oldBroadestIpv6Prefix = broadestIpv6Prefix;
		broadestIpv6Prefix = newBroadestIpv6Prefix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.POLICY_LINT_SETTINGS__BROADEST_IPV6_PREFIX, oldBroadestIpv6Prefix, broadestIpv6Prefix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLongestCalloutTimeoutMillis() {
		return longestCalloutTimeoutMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLongestCalloutTimeoutMillis(int newLongestCalloutTimeoutMillis) {
		int oldLongestCalloutTimeoutMillis = longestCalloutTimeoutMillis;
		longestCalloutTimeoutMillis = newLongestCalloutTimeoutMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.POLICY_LINT_SETTINGS__LONGEST_CALLOUT_TIMEOUT_MILLIS, oldLongestCalloutTimeoutMillis, longestCalloutTimeoutMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LandscapePackage.POLICY_LINT_SETTINGS__RULES:
				return ((InternalEList<?>)getRules()).basicRemove(otherEnd, msgs);
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
			case LandscapePackage.POLICY_LINT_SETTINGS__RULES:
				return getRules();
			case LandscapePackage.POLICY_LINT_SETTINGS__BROADEST_IPV4_PREFIX:
				return getBroadestIpv4Prefix();
			case LandscapePackage.POLICY_LINT_SETTINGS__BROADEST_IPV6_PREFIX:
				return getBroadestIpv6Prefix();
			case LandscapePackage.POLICY_LINT_SETTINGS__LONGEST_CALLOUT_TIMEOUT_MILLIS:
				return getLongestCalloutTimeoutMillis();
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
			case LandscapePackage.POLICY_LINT_SETTINGS__RULES:
				getRules().clear();
				getRules().addAll((Collection<? extends LintRuleSetting>)newValue);
				return;
			case LandscapePackage.POLICY_LINT_SETTINGS__BROADEST_IPV4_PREFIX:
				setBroadestIpv4Prefix((Integer)newValue);
				return;
			case LandscapePackage.POLICY_LINT_SETTINGS__BROADEST_IPV6_PREFIX:
				setBroadestIpv6Prefix((Integer)newValue);
				return;
			case LandscapePackage.POLICY_LINT_SETTINGS__LONGEST_CALLOUT_TIMEOUT_MILLIS:
				setLongestCalloutTimeoutMillis((Integer)newValue);
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
			case LandscapePackage.POLICY_LINT_SETTINGS__RULES:
				getRules().clear();
				return;
			case LandscapePackage.POLICY_LINT_SETTINGS__BROADEST_IPV4_PREFIX:
				setBroadestIpv4Prefix(BROADEST_IPV4_PREFIX_EDEFAULT);
				return;
			case LandscapePackage.POLICY_LINT_SETTINGS__BROADEST_IPV6_PREFIX:
				setBroadestIpv6Prefix(BROADEST_IPV6_PREFIX_EDEFAULT);
				return;
			case LandscapePackage.POLICY_LINT_SETTINGS__LONGEST_CALLOUT_TIMEOUT_MILLIS:
				setLongestCalloutTimeoutMillis(LONGEST_CALLOUT_TIMEOUT_MILLIS_EDEFAULT);
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
			case LandscapePackage.POLICY_LINT_SETTINGS__RULES:
				return rules != null && !rules.isEmpty();
			case LandscapePackage.POLICY_LINT_SETTINGS__BROADEST_IPV4_PREFIX:
				return broadestIpv4Prefix != BROADEST_IPV4_PREFIX_EDEFAULT;
			case LandscapePackage.POLICY_LINT_SETTINGS__BROADEST_IPV6_PREFIX:
				return broadestIpv6Prefix != BROADEST_IPV6_PREFIX_EDEFAULT;
			case LandscapePackage.POLICY_LINT_SETTINGS__LONGEST_CALLOUT_TIMEOUT_MILLIS:
				return longestCalloutTimeoutMillis != LONGEST_CALLOUT_TIMEOUT_MILLIS_EDEFAULT;
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
		result.append(" (broadestIpv4Prefix: ");
		result.append(broadestIpv4Prefix);
		result.append(", broadestIpv6Prefix: ");
		result.append(broadestIpv6Prefix);
		result.append(", longestCalloutTimeoutMillis: ");
		result.append(longestCalloutTimeoutMillis);
		result.append(')');
		return result.toString();
	}

} //PolicyLintSettingsImpl
