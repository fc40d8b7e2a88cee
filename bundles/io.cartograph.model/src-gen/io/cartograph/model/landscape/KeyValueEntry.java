/**
 */
package io.cartograph.model.landscape;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Key Value Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One entry of a key value map; the value is a secret.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.KeyValueEntry#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getKeyValueEntry()
 * @model
 * @generated
 */
public interface KeyValueEntry extends Named {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reference to the value in secure storage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' containment reference.
	 * @see #setValue(SecretReference)
	 * @see io.cartograph.model.landscape.LandscapePackage#getKeyValueEntry_Value()
	 * @model containment="true"
	 * @generated
	 */
	SecretReference getValue();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.KeyValueEntry#getValue <em>Value</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' containment reference.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(SecretReference value);

} // KeyValueEntry
