/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Todo Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * When an interface counts as enriched (the To-do list).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.TodoSettings#getMode <em>Mode</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.TodoSettings#isObjectsRequired <em>Objects Required</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.TodoSettings#isPropertiesRequired <em>Properties Required</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.TodoSettings#isTagsRequired <em>Tags Required</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.TodoSettings#getSelectedProperties <em>Selected Properties</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.TodoSettings#getSelectedTags <em>Selected Tags</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getTodoSettings()
 * @model
 * @generated
 */
public interface TodoSettings extends Identified {
	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cartograph.model.landscape.TodoMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ALL requirements or ANY of them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see io.cartograph.model.landscape.TodoMode
	 * @see #setMode(TodoMode)
	 * @see io.cartograph.model.landscape.LandscapePackage#getTodoSettings_Mode()
	 * @model
	 * @generated
	 */
	TodoMode getMode();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.TodoSettings#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see io.cartograph.model.landscape.TodoMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(TodoMode value);

	/**
	 * Returns the value of the '<em><b>Objects Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An interface needs at least one business object.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Objects Required</em>' attribute.
	 * @see #setObjectsRequired(boolean)
	 * @see io.cartograph.model.landscape.LandscapePackage#getTodoSettings_ObjectsRequired()
	 * @model
	 * @generated
	 */
	boolean isObjectsRequired();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.TodoSettings#isObjectsRequired <em>Objects Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Objects Required</em>' attribute.
	 * @see #isObjectsRequired()
	 * @generated
	 */
	void setObjectsRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Properties Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An interface needs the selected properties.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Properties Required</em>' attribute.
	 * @see #setPropertiesRequired(boolean)
	 * @see io.cartograph.model.landscape.LandscapePackage#getTodoSettings_PropertiesRequired()
	 * @model
	 * @generated
	 */
	boolean isPropertiesRequired();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.TodoSettings#isPropertiesRequired <em>Properties Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Properties Required</em>' attribute.
	 * @see #isPropertiesRequired()
	 * @generated
	 */
	void setPropertiesRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Tags Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An interface needs a tag of the selected categories.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tags Required</em>' attribute.
	 * @see #setTagsRequired(boolean)
	 * @see io.cartograph.model.landscape.LandscapePackage#getTodoSettings_TagsRequired()
	 * @model
	 * @generated
	 */
	boolean isTagsRequired();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.TodoSettings#isTagsRequired <em>Tags Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tags Required</em>' attribute.
	 * @see #isTagsRequired()
	 * @generated
	 */
	void setTagsRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Selected Properties</b></em>' reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.PropertyDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Properties an interface needs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Selected Properties</em>' reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getTodoSettings_SelectedProperties()
	 * @model
	 * @generated
	 */
	EList<PropertyDefinition> getSelectedProperties();

	/**
	 * Returns the value of the '<em><b>Selected Tags</b></em>' reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.TagCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tag categories an interface needs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Selected Tags</em>' reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getTodoSettings_SelectedTags()
	 * @model
	 * @generated
	 */
	EList<TagCategory> getSelectedTags();

} // TodoSettings
