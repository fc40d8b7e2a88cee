/**
 */
package io.cartograph.model.landscape;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Property Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A custom property: what it applies to and how its values are written.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.PropertyDefinition#getCategory <em>Category</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.PropertyDefinition#getFormat <em>Format</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.PropertyDefinition#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getPropertyDefinition()
 * @model
 * @generated
 */
public interface PropertyDefinition extends Named {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cartograph.model.landscape.PropertyCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Interfaces, objects or systems.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see io.cartograph.model.landscape.PropertyCategory
	 * @see #setCategory(PropertyCategory)
	 * @see io.cartograph.model.landscape.LandscapePackage#getPropertyDefinition_Category()
	 * @model
	 * @generated
	 */
	PropertyCategory getCategory();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.PropertyDefinition#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see io.cartograph.model.landscape.PropertyCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(PropertyCategory value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cartograph.model.landscape.PropertyFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Format its values must have.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see io.cartograph.model.landscape.PropertyFormat
	 * @see #setFormat(PropertyFormat)
	 * @see io.cartograph.model.landscape.LandscapePackage#getPropertyDefinition_Format()
	 * @model
	 * @generated
	 */
	PropertyFormat getFormat();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.PropertyDefinition#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see io.cartograph.model.landscape.PropertyFormat
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(PropertyFormat value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the property means.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getPropertyDefinition_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.PropertyDefinition#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // PropertyDefinition
