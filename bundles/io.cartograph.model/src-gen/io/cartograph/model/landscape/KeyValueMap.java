/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Key Value Map</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A key value map; its values are secrets.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.KeyValueMap#getScope <em>Scope</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.KeyValueMap#isEncrypted <em>Encrypted</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.KeyValueMap#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getKeyValueMap()
 * @model
 * @generated
 */
public interface KeyValueMap extends Named {
	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scope, e.g. environment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see #setScope(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getKeyValueMap_Scope()
	 * @model
	 * @generated
	 */
	String getScope();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.KeyValueMap#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(String value);

	/**
	 * Returns the value of the '<em><b>Encrypted</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether API Management encrypts it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Encrypted</em>' attribute.
	 * @see #setEncrypted(boolean)
	 * @see io.cartograph.model.landscape.LandscapePackage#getKeyValueMap_Encrypted()
	 * @model default="true"
	 * @generated
	 */
	boolean isEncrypted();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.KeyValueMap#isEncrypted <em>Encrypted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encrypted</em>' attribute.
	 * @see #isEncrypted()
	 * @generated
	 */
	void setEncrypted(boolean value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.KeyValueEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Entries.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getKeyValueMap_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<KeyValueEntry> getEntries();

} // KeyValueMap
