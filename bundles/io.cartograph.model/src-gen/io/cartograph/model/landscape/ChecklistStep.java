/**
 */
package io.cartograph.model.landscape;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Checklist Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One step of a checklist.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.ChecklistStep#getStatus <em>Status</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ChecklistStep#getOwner <em>Owner</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ChecklistStep#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ChecklistStep#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getChecklistStep()
 * @model
 * @generated
 */
public interface ChecklistStep extends Named {
	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cartograph.model.landscape.StepStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Progress.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see io.cartograph.model.landscape.StepStatus
	 * @see #setStatus(StepStatus)
	 * @see io.cartograph.model.landscape.LandscapePackage#getChecklistStep_Status()
	 * @model
	 * @generated
	 */
	StepStatus getStatus();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ChecklistStep#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see io.cartograph.model.landscape.StepStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(StepStatus value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who does it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getChecklistStep_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ChecklistStep#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What shows it is done.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getChecklistStep_Evidence()
	 * @model
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ChecklistStep#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Notes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getChecklistStep_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ChecklistStep#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // ChecklistStep
