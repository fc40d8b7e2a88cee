/**
 */
package io.cartograph.model.landscape;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tag Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One tag, such as High.
 * <!-- end-model-doc -->
 *
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getTagValue()
 * @model
 * @generated
 */
public interface TagValue extends Named {
} // TagValue
