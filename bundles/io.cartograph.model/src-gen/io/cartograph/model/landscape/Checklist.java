/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Checklist</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An onboarding checklist.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.Checklist#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getChecklist()
 * @model
 * @generated
 */
public interface Checklist extends Named {
	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.ChecklistStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its steps, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getChecklist_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChecklistStep> getSteps();

} // Checklist
