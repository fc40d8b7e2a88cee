/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.PropertyDefinition;
import io.cartograph.model.landscape.TagCategory;
import io.cartograph.model.landscape.TodoMode;
import io.cartograph.model.landscape.TodoRequirement;
import io.cartograph.model.landscape.TodoSettings;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Todo Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.impl.TodoSettingsImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.TodoSettingsImpl#getObjectsRequirement <em>Objects Requirement</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.TodoSettingsImpl#getPropertiesRequirement <em>Properties Requirement</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.TodoSettingsImpl#getTagsRequirement <em>Tags Requirement</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.TodoSettingsImpl#getSelectedProperties <em>Selected Properties</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.TodoSettingsImpl#getSelectedTags <em>Selected Tags</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TodoSettingsImpl extends IdentifiedImpl implements TodoSettings {
	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final TodoMode MODE_EDEFAULT = TodoMode.INTERFACES_AND_END_TO_END;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected TodoMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getObjectsRequirement() <em>Objects Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectsRequirement()
	 * @generated
	 * @ordered
	 */
	protected static final TodoRequirement OBJECTS_REQUIREMENT_EDEFAULT = TodoRequirement.AT_LEAST_ONE;

	/**
	 * The cached value of the '{@link #getObjectsRequirement() <em>Objects Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectsRequirement()
	 * @generated
	 * @ordered
	 */
	protected TodoRequirement objectsRequirement = OBJECTS_REQUIREMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPropertiesRequirement() <em>Properties Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPropertiesRequirement()
	 * @generated
	 * @ordered
	 */
	protected static final TodoRequirement PROPERTIES_REQUIREMENT_EDEFAULT = TodoRequirement.AT_LEAST_ONE;

	/**
	 * The cached value of the '{@link #getPropertiesRequirement() <em>Properties Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPropertiesRequirement()
	 * @generated
	 * @ordered
	 */
	protected TodoRequirement propertiesRequirement = PROPERTIES_REQUIREMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTagsRequirement() <em>Tags Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTagsRequirement()
	 * @generated
	 * @ordered
	 */
	protected static final TodoRequirement TAGS_REQUIREMENT_EDEFAULT = TodoRequirement.AT_LEAST_ONE;

	/**
	 * The cached value of the '{@link #getTagsRequirement() <em>Tags Requirement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTagsRequirement()
	 * @generated
	 * @ordered
	 */
	protected TodoRequirement tagsRequirement = TAGS_REQUIREMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSelectedProperties() <em>Selected Properties</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelectedProperties()
	 * @generated
	 * @ordered
	 */
	protected EList<PropertyDefinition> selectedProperties;

	/**
	 * The cached value of the '{@link #getSelectedTags() <em>Selected Tags</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSelectedTags()
	 * @generated
	 * @ordered
	 */
	protected EList<TagCategory> selectedTags;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TodoSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.TODO_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TodoMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(TodoMode newMode) {
		TodoMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.TODO_SETTINGS__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TodoRequirement getObjectsRequirement() {
		return objectsRequirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjectsRequirement(TodoRequirement newObjectsRequirement) {
		TodoRequirement oldObjectsRequirement = objectsRequirement;
		objectsRequirement = newObjectsRequirement == null ? OBJECTS_REQUIREMENT_EDEFAULT : newObjectsRequirement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.TODO_SETTINGS__OBJECTS_REQUIREMENT, oldObjectsRequirement, objectsRequirement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TodoRequirement getPropertiesRequirement() {
		return propertiesRequirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPropertiesRequirement(TodoRequirement newPropertiesRequirement) {
		TodoRequirement oldPropertiesRequirement = propertiesRequirement;
		propertiesRequirement = newPropertiesRequirement == null ? PROPERTIES_REQUIREMENT_EDEFAULT : newPropertiesRequirement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.TODO_SETTINGS__PROPERTIES_REQUIREMENT, oldPropertiesRequirement, propertiesRequirement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TodoRequirement getTagsRequirement() {
		return tagsRequirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTagsRequirement(TodoRequirement newTagsRequirement) {
		TodoRequirement oldTagsRequirement = tagsRequirement;
		tagsRequirement = newTagsRequirement == null ? TAGS_REQUIREMENT_EDEFAULT : newTagsRequirement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.TODO_SETTINGS__TAGS_REQUIREMENT, oldTagsRequirement, tagsRequirement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PropertyDefinition> getSelectedProperties() {
		if (selectedProperties == null) {
			selectedProperties = new EObjectResolvingEList<PropertyDefinition>(PropertyDefinition.class, this, LandscapePackage.TODO_SETTINGS__SELECTED_PROPERTIES);
		}
		return selectedProperties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TagCategory> getSelectedTags() {
		if (selectedTags == null) {
			selectedTags = new EObjectResolvingEList<TagCategory>(TagCategory.class, this, LandscapePackage.TODO_SETTINGS__SELECTED_TAGS);
		}
		return selectedTags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LandscapePackage.TODO_SETTINGS__MODE:
				return getMode();
			case LandscapePackage.TODO_SETTINGS__OBJECTS_REQUIREMENT:
				return getObjectsRequirement();
			case LandscapePackage.TODO_SETTINGS__PROPERTIES_REQUIREMENT:
				return getPropertiesRequirement();
			case LandscapePackage.TODO_SETTINGS__TAGS_REQUIREMENT:
				return getTagsRequirement();
			case LandscapePackage.TODO_SETTINGS__SELECTED_PROPERTIES:
				return getSelectedProperties();
			case LandscapePackage.TODO_SETTINGS__SELECTED_TAGS:
				return getSelectedTags();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LandscapePackage.TODO_SETTINGS__MODE:
				setMode((TodoMode)newValue);
				return;
			case LandscapePackage.TODO_SETTINGS__OBJECTS_REQUIREMENT:
				setObjectsRequirement((TodoRequirement)newValue);
				return;
			case LandscapePackage.TODO_SETTINGS__PROPERTIES_REQUIREMENT:
				setPropertiesRequirement((TodoRequirement)newValue);
				return;
			case LandscapePackage.TODO_SETTINGS__TAGS_REQUIREMENT:
				setTagsRequirement((TodoRequirement)newValue);
				return;
			case LandscapePackage.TODO_SETTINGS__SELECTED_PROPERTIES:
				getSelectedProperties().clear();
				getSelectedProperties().addAll((Collection<? extends PropertyDefinition>)newValue);
				return;
			case LandscapePackage.TODO_SETTINGS__SELECTED_TAGS:
				getSelectedTags().clear();
				getSelectedTags().addAll((Collection<? extends TagCategory>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LandscapePackage.TODO_SETTINGS__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case LandscapePackage.TODO_SETTINGS__OBJECTS_REQUIREMENT:
				setObjectsRequirement(OBJECTS_REQUIREMENT_EDEFAULT);
				return;
			case LandscapePackage.TODO_SETTINGS__PROPERTIES_REQUIREMENT:
				setPropertiesRequirement(PROPERTIES_REQUIREMENT_EDEFAULT);
				return;
			case LandscapePackage.TODO_SETTINGS__TAGS_REQUIREMENT:
				setTagsRequirement(TAGS_REQUIREMENT_EDEFAULT);
				return;
			case LandscapePackage.TODO_SETTINGS__SELECTED_PROPERTIES:
				getSelectedProperties().clear();
				return;
			case LandscapePackage.TODO_SETTINGS__SELECTED_TAGS:
				getSelectedTags().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LandscapePackage.TODO_SETTINGS__MODE:
				return mode != MODE_EDEFAULT;
			case LandscapePackage.TODO_SETTINGS__OBJECTS_REQUIREMENT:
				return objectsRequirement != OBJECTS_REQUIREMENT_EDEFAULT;
			case LandscapePackage.TODO_SETTINGS__PROPERTIES_REQUIREMENT:
				return propertiesRequirement != PROPERTIES_REQUIREMENT_EDEFAULT;
			case LandscapePackage.TODO_SETTINGS__TAGS_REQUIREMENT:
				return tagsRequirement != TAGS_REQUIREMENT_EDEFAULT;
			case LandscapePackage.TODO_SETTINGS__SELECTED_PROPERTIES:
				return selectedProperties != null && !selectedProperties.isEmpty();
			case LandscapePackage.TODO_SETTINGS__SELECTED_TAGS:
				return selectedTags != null && !selectedTags.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (mode: ");
		result.append(mode);
		result.append(", objectsRequirement: ");
		result.append(objectsRequirement);
		result.append(", propertiesRequirement: ");
		result.append(propertiesRequirement);
		result.append(", tagsRequirement: ");
		result.append(tagsRequirement);
		result.append(')');
		return result.toString();
	}

} //TodoSettingsImpl
