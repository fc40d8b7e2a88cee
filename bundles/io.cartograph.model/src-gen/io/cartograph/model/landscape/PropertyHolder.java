/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Property Holder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something that carries property values and tags.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.PropertyHolder#getProperties <em>Properties</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.PropertyHolder#getTags <em>Tags</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getPropertyHolder()
 * @model abstract="true"
 * @generated
 */
public interface PropertyHolder extends Named {
	/**
	 * Returns the value of the '<em><b>Properties</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.PropertyValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Values of custom properties.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Properties</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getPropertyHolder_Properties()
	 * @model containment="true"
	 * @generated
	 */
	EList<PropertyValue> getProperties();

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.TagValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tags attached to this object.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tags</em>' reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getPropertyHolder_Tags()
	 * @model
	 * @generated
	 */
	EList<TagValue> getTags();

} // PropertyHolder
