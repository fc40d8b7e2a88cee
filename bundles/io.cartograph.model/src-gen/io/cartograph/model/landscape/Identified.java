/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Identified</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anything with a stable identity: the UUID survives renames, re-harvesting and team sync.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.Identified#getUuid <em>Uuid</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getIdentified()
 * @model abstract="true"
 * @generated
 */
public interface Identified extends EObject {
	/**
	 * Returns the value of the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable, unique id (a random UUID), assigned when the object joins a workspace.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uuid</em>' attribute.
	 * @see #setUuid(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getIdentified_Uuid()
	 * @model id="true"
	 * @generated
	 */
	String getUuid();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Identified#getUuid <em>Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uuid</em>' attribute.
	 * @see #getUuid()
	 * @generated
	 */
	void setUuid(String value);

} // Identified
