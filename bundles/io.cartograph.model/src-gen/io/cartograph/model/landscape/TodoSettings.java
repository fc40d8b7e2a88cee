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
 *   <li>{@link io.cartograph.model.landscape.TodoSettings#getObjectsRequirement <em>Objects Requirement</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.TodoSettings#getPropertiesRequirement <em>Properties Requirement</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.TodoSettings#getTagsRequirement <em>Tags Requirement</em>}</li>
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
	 * What the To-do list covers: interfaces and end-to-end integrations (recommended), only one of them, or nothing.
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
	 * Returns the value of the '<em><b>Objects Requirement</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cartograph.model.landscape.TodoRequirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What an interface needs in business objects: at least one, the configured object properties filled, or nothing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Objects Requirement</em>' attribute.
	 * @see io.cartograph.model.landscape.TodoRequirement
	 * @see #setObjectsRequirement(TodoRequirement)
	 * @see io.cartograph.model.landscape.LandscapePackage#getTodoSettings_ObjectsRequirement()
	 * @model
	 * @generated
	 */
	TodoRequirement getObjectsRequirement();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.TodoSettings#getObjectsRequirement <em>Objects Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Objects Requirement</em>' attribute.
	 * @see io.cartograph.model.landscape.TodoRequirement
	 * @see #getObjectsRequirement()
	 * @generated
	 */
	void setObjectsRequirement(TodoRequirement value);

	/**
	 * Returns the value of the '<em><b>Properties Requirement</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cartograph.model.landscape.TodoRequirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What an interface needs in property values: at least one, every selected property, or nothing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Properties Requirement</em>' attribute.
	 * @see io.cartograph.model.landscape.TodoRequirement
	 * @see #setPropertiesRequirement(TodoRequirement)
	 * @see io.cartograph.model.landscape.LandscapePackage#getTodoSettings_PropertiesRequirement()
	 * @model
	 * @generated
	 */
	TodoRequirement getPropertiesRequirement();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.TodoSettings#getPropertiesRequirement <em>Properties Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Properties Requirement</em>' attribute.
	 * @see io.cartograph.model.landscape.TodoRequirement
	 * @see #getPropertiesRequirement()
	 * @generated
	 */
	void setPropertiesRequirement(TodoRequirement value);

	/**
	 * Returns the value of the '<em><b>Tags Requirement</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cartograph.model.landscape.TodoRequirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What an interface needs in tags: at least one, a tag of every selected category, or nothing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tags Requirement</em>' attribute.
	 * @see io.cartograph.model.landscape.TodoRequirement
	 * @see #setTagsRequirement(TodoRequirement)
	 * @see io.cartograph.model.landscape.LandscapePackage#getTodoSettings_TagsRequirement()
	 * @model
	 * @generated
	 */
	TodoRequirement getTagsRequirement();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.TodoSettings#getTagsRequirement <em>Tags Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tags Requirement</em>' attribute.
	 * @see io.cartograph.model.landscape.TodoRequirement
	 * @see #getTagsRequirement()
	 * @generated
	 */
	void setTagsRequirement(TodoRequirement value);

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
