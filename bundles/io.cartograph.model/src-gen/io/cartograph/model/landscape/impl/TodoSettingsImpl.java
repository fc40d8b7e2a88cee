/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.PropertyDefinition;
import io.cartograph.model.landscape.TagCategory;
import io.cartograph.model.landscape.TodoMode;
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
 *   <li>{@link io.cartograph.model.landscape.impl.TodoSettingsImpl#isObjectsRequired <em>Objects Required</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.TodoSettingsImpl#isPropertiesRequired <em>Properties Required</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.TodoSettingsImpl#isTagsRequired <em>Tags Required</em>}</li>
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
	protected static final TodoMode MODE_EDEFAULT = TodoMode.ALL;

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
	 * The default value of the '{@link #isObjectsRequired() <em>Objects Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isObjectsRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OBJECTS_REQUIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isObjectsRequired() <em>Objects Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isObjectsRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean objectsRequired = OBJECTS_REQUIRED_EDEFAULT;

	/**
	 * The default value of the '{@link #isPropertiesRequired() <em>Properties Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPropertiesRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PROPERTIES_REQUIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPropertiesRequired() <em>Properties Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPropertiesRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean propertiesRequired = PROPERTIES_REQUIRED_EDEFAULT;

	/**
	 * The default value of the '{@link #isTagsRequired() <em>Tags Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTagsRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TAGS_REQUIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isTagsRequired() <em>Tags Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isTagsRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean tagsRequired = TAGS_REQUIRED_EDEFAULT;

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
	public boolean isObjectsRequired() {
		return objectsRequired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjectsRequired(boolean newObjectsRequired) {
		boolean oldObjectsRequired = objectsRequired;
		objectsRequired = newObjectsRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.TODO_SETTINGS__OBJECTS_REQUIRED, oldObjectsRequired, objectsRequired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPropertiesRequired() {
		return propertiesRequired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPropertiesRequired(boolean newPropertiesRequired) {
		boolean oldPropertiesRequired = propertiesRequired;
		propertiesRequired = newPropertiesRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.TODO_SETTINGS__PROPERTIES_REQUIRED, oldPropertiesRequired, propertiesRequired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isTagsRequired() {
		return tagsRequired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTagsRequired(boolean newTagsRequired) {
		boolean oldTagsRequired = tagsRequired;
		tagsRequired = newTagsRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.TODO_SETTINGS__TAGS_REQUIRED, oldTagsRequired, tagsRequired));
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
			case LandscapePackage.TODO_SETTINGS__OBJECTS_REQUIRED:
				return isObjectsRequired();
			case LandscapePackage.TODO_SETTINGS__PROPERTIES_REQUIRED:
				return isPropertiesRequired();
			case LandscapePackage.TODO_SETTINGS__TAGS_REQUIRED:
				return isTagsRequired();
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
			case LandscapePackage.TODO_SETTINGS__OBJECTS_REQUIRED:
				setObjectsRequired((Boolean)newValue);
				return;
			case LandscapePackage.TODO_SETTINGS__PROPERTIES_REQUIRED:
				setPropertiesRequired((Boolean)newValue);
				return;
			case LandscapePackage.TODO_SETTINGS__TAGS_REQUIRED:
				setTagsRequired((Boolean)newValue);
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
			case LandscapePackage.TODO_SETTINGS__OBJECTS_REQUIRED:
				setObjectsRequired(OBJECTS_REQUIRED_EDEFAULT);
				return;
			case LandscapePackage.TODO_SETTINGS__PROPERTIES_REQUIRED:
				setPropertiesRequired(PROPERTIES_REQUIRED_EDEFAULT);
				return;
			case LandscapePackage.TODO_SETTINGS__TAGS_REQUIRED:
				setTagsRequired(TAGS_REQUIRED_EDEFAULT);
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
			case LandscapePackage.TODO_SETTINGS__OBJECTS_REQUIRED:
				return objectsRequired != OBJECTS_REQUIRED_EDEFAULT;
			case LandscapePackage.TODO_SETTINGS__PROPERTIES_REQUIRED:
				return propertiesRequired != PROPERTIES_REQUIRED_EDEFAULT;
			case LandscapePackage.TODO_SETTINGS__TAGS_REQUIRED:
				return tagsRequired != TAGS_REQUIRED_EDEFAULT;
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
		result.append(", objectsRequired: ");
		result.append(objectsRequired);
		result.append(", propertiesRequired: ");
		result.append(propertiesRequired);
		result.append(", tagsRequired: ");
		result.append(tagsRequired);
		result.append(')');
		return result.toString();
	}

} //TodoSettingsImpl
