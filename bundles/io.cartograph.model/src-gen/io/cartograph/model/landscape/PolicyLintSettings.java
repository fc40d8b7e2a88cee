/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy Lint Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The workspace's choices for the policy lint.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.PolicyLintSettings#getRules <em>Rules</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.PolicyLintSettings#getBroadestIpv4Prefix <em>Broadest Ipv4 Prefix</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.PolicyLintSettings#getBroadestIpv6Prefix <em>Broadest Ipv6 Prefix</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.PolicyLintSettings#getLongestCalloutTimeoutMillis <em>Longest Callout Timeout Millis</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getPolicyLintSettings()
 * @model
 * @generated
 */
public interface PolicyLintSettings extends Identified {
	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.LintRuleSetting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rules switched off or given another severity.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getPolicyLintSettings_Rules()
	 * @model containment="true"
	 * @generated
	 */
	EList<LintRuleSetting> getRules();

	/**
	 * Returns the value of the '<em><b>Broadest Ipv4 Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An IPv4 AccessControl range broader than this prefix is reported (0: 24).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Broadest Ipv4 Prefix</em>' attribute.
	 * @see #setBroadestIpv4Prefix(int)
	 * @see io.cartograph.model.landscape.LandscapePackage#getPolicyLintSettings_BroadestIpv4Prefix()
	 * @model
	 * @generated
	 */
	int getBroadestIpv4Prefix();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.PolicyLintSettings#getBroadestIpv4Prefix <em>Broadest Ipv4 Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Broadest Ipv4 Prefix</em>' attribute.
	 * @see #getBroadestIpv4Prefix()
	 * @generated
	 */
	void setBroadestIpv4Prefix(int value);

	/**
	 * Returns the value of the '<em><b>Broadest Ipv6 Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An IPv6 AccessControl range broader than this prefix is reported (0: 48).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Broadest Ipv6 Prefix</em>' attribute.
	 * @see #setBroadestIpv6Prefix(int)
	 * @see io.cartograph.model.landscape.LandscapePackage#getPolicyLintSettings_BroadestIpv6Prefix()
	 * @model
	 * @generated
	 */
	int getBroadestIpv6Prefix();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.PolicyLintSettings#getBroadestIpv6Prefix <em>Broadest Ipv6 Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Broadest Ipv6 Prefix</em>' attribute.
	 * @see #getBroadestIpv6Prefix()
	 * @generated
	 */
	void setBroadestIpv6Prefix(int value);

	/**
	 * Returns the value of the '<em><b>Longest Callout Timeout Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A ServiceCallout timeout above this is reported as very long (0: 30000).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Longest Callout Timeout Millis</em>' attribute.
	 * @see #setLongestCalloutTimeoutMillis(int)
	 * @see io.cartograph.model.landscape.LandscapePackage#getPolicyLintSettings_LongestCalloutTimeoutMillis()
	 * @model
	 * @generated
	 */
	int getLongestCalloutTimeoutMillis();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.PolicyLintSettings#getLongestCalloutTimeoutMillis <em>Longest Callout Timeout Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Longest Callout Timeout Millis</em>' attribute.
	 * @see #getLongestCalloutTimeoutMillis()
	 * @generated
	 */
	void setLongestCalloutTimeoutMillis(int value);

} // PolicyLintSettings
