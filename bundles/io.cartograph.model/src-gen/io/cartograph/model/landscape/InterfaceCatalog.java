/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interface Catalog</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of interfaces.xmi.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.InterfaceCatalog#getInterfaces <em>Interfaces</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getInterfaceCatalog()
 * @model
 * @generated
 */
public interface InterfaceCatalog extends Identified {
	/**
	 * Returns the value of the '<em><b>Interfaces</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.Interface}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every interface of the landscape.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interfaces</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getInterfaceCatalog_Interfaces()
	 * @model containment="true"
	 * @generated
	 */
	EList<Interface> getInterfaces();

} // InterfaceCatalog
