/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rule Book</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of rules.xmi: transformation rules and the integration strategy.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.RuleBook#getSystemMappingRules <em>System Mapping Rules</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.RuleBook#getObjectRules <em>Object Rules</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.RuleBook#getStrategy <em>Strategy</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getRuleBook()
 * @model
 * @generated
 */
public interface RuleBook extends Identified {
	/**
	 * Returns the value of the '<em><b>System Mapping Rules</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.SystemMappingRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * System mapping rules, in the order they are tried.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>System Mapping Rules</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getRuleBook_SystemMappingRules()
	 * @model containment="true"
	 * @generated
	 */
	EList<SystemMappingRule> getSystemMappingRules();

	/**
	 * Returns the value of the '<em><b>Object Rules</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.ObjectRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Object rules.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Object Rules</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getRuleBook_ObjectRules()
	 * @model containment="true"
	 * @generated
	 */
	EList<ObjectRule> getObjectRules();

	/**
	 * Returns the value of the '<em><b>Strategy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Integration strategy fits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Strategy</em>' containment reference.
	 * @see #setStrategy(IntegrationStrategy)
	 * @see io.cartograph.model.landscape.LandscapePackage#getRuleBook_Strategy()
	 * @model containment="true"
	 * @generated
	 */
	IntegrationStrategy getStrategy();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.RuleBook#getStrategy <em>Strategy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strategy</em>' containment reference.
	 * @see #getStrategy()
	 * @generated
	 */
	void setStrategy(IntegrationStrategy value);

} // RuleBook
