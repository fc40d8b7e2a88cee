/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>System</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A harmonized system (application, platform or partner) that interfaces connect.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.LandscapeSystem#getDescription <em>Description</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.LandscapeSystem#getOwner <em>Owner</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.LandscapeSystem#getAliases <em>Aliases</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getLandscapeSystem()
 * @model
 * @generated
 */
public interface LandscapeSystem extends PropertyHolder {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the system is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getLandscapeSystem_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.LandscapeSystem#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who is responsible for it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getLandscapeSystem_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.LandscapeSystem#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other names under which platforms report this system.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aliases</em>' attribute list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getLandscapeSystem_Aliases()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getAliases();

} // LandscapeSystem
