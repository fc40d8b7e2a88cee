/**
 */
package io.cartograph.model.landscape;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One policy run in a flow, maybe under a condition.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.Step#getPolicy <em>Policy</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Step#getCondition <em>Condition</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Step#getSequence <em>Sequence</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getStep()
 * @model
 * @generated
 */
public interface Step extends Identified {
	/**
	 * Returns the value of the '<em><b>Policy</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The policy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policy</em>' reference.
	 * @see #setPolicy(Policy)
	 * @see io.cartograph.model.landscape.LandscapePackage#getStep_Policy()
	 * @model
	 * @generated
	 */
	Policy getPolicy();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Step#getPolicy <em>Policy</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy</em>' reference.
	 * @see #getPolicy()
	 * @generated
	 */
	void setPolicy(Policy value);

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Runs only when this holds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getStep_Condition()
	 * @model
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Step#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

	/**
	 * Returns the value of the '<em><b>Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sequence number as SAP exports it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sequence</em>' attribute.
	 * @see #setSequence(int)
	 * @see io.cartograph.model.landscape.LandscapePackage#getStep_Sequence()
	 * @model
	 * @generated
	 */
	int getSequence();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Step#getSequence <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sequence</em>' attribute.
	 * @see #getSequence()
	 * @generated
	 */
	void setSequence(int value);

} // Step
