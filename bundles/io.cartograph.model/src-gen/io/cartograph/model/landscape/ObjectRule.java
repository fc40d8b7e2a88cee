/**
 */
package io.cartograph.model.landscape;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Object Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Adds a business object to every interface whose name matches.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.ObjectRule#getInterfacePattern <em>Interface Pattern</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ObjectRule#getHarmonizedObject <em>Harmonized Object</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ObjectRule#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ObjectRule#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getObjectRule()
 * @model
 * @generated
 */
public interface ObjectRule extends Identified {
	/**
	 * Returns the value of the '<em><b>Interface Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Java regex matched against the whole interface name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interface Pattern</em>' attribute.
	 * @see #setInterfacePattern(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getObjectRule_InterfacePattern()
	 * @model
	 * @generated
	 */
	String getInterfacePattern();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ObjectRule#getInterfacePattern <em>Interface Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interface Pattern</em>' attribute.
	 * @see #getInterfacePattern()
	 * @generated
	 */
	void setInterfacePattern(String value);

	/**
	 * Returns the value of the '<em><b>Harmonized Object</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Business object to add.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Harmonized Object</em>' reference.
	 * @see #setHarmonizedObject(BusinessObject)
	 * @see io.cartograph.model.landscape.LandscapePackage#getObjectRule_HarmonizedObject()
	 * @model
	 * @generated
	 */
	BusinessObject getHarmonizedObject();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ObjectRule#getHarmonizedObject <em>Harmonized Object</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Harmonized Object</em>' reference.
	 * @see #getHarmonizedObject()
	 * @generated
	 */
	void setHarmonizedObject(BusinessObject value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the rule applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see io.cartograph.model.landscape.LandscapePackage#getObjectRule_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ObjectRule#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the rule exists.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getObjectRule_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ObjectRule#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // ObjectRule
