/**
 */
package io.cartograph.model.landscape;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lint Rule Setting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One lint rule's setting in the workspace.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.LintRuleSetting#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.LintRuleSetting#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.LintRuleSetting#getSeverity <em>Severity</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getLintRuleSetting()
 * @model
 * @generated
 */
public interface LintRuleSetting extends Identified {
	/**
	 * Returns the value of the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rule id, e.g. CG-SEC-001.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rule Id</em>' attribute.
	 * @see #setRuleId(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getLintRuleSetting_RuleId()
	 * @model
	 * @generated
	 */
	String getRuleId();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.LintRuleSetting#getRuleId <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Id</em>' attribute.
	 * @see #getRuleId()
	 * @generated
	 */
	void setRuleId(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the rule runs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see io.cartograph.model.landscape.LandscapePackage#getLintRuleSetting_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.LintRuleSetting#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cartograph.model.landscape.LintSeverity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The severity it reports with; DEFAULT keeps the rule's own.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see io.cartograph.model.landscape.LintSeverity
	 * @see #setSeverity(LintSeverity)
	 * @see io.cartograph.model.landscape.LandscapePackage#getLintRuleSetting_Severity()
	 * @model
	 * @generated
	 */
	LintSeverity getSeverity();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.LintRuleSetting#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see io.cartograph.model.landscape.LintSeverity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(LintSeverity value);

} // LintRuleSetting
