/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.DashboardSettings;
import io.cartograph.model.landscape.Environment;
import io.cartograph.model.landscape.Landscape;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.PropertyDefinition;
import io.cartograph.model.landscape.TagCategory;
import io.cartograph.model.landscape.TodoSettings;
import io.cartograph.model.landscape.User;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Landscape</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.impl.LandscapeImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.LandscapeImpl#getEnvironments <em>Environments</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.LandscapeImpl#getSystems <em>Systems</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.LandscapeImpl#getBusinessObjects <em>Business Objects</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.LandscapeImpl#getPropertyDefinitions <em>Property Definitions</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.LandscapeImpl#getTagCategories <em>Tag Categories</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.LandscapeImpl#getUsers <em>Users</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.LandscapeImpl#getDashboardSettings <em>Dashboard Settings</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.LandscapeImpl#getTodoSettings <em>Todo Settings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LandscapeImpl extends NamedImpl implements Landscape {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEnvironments() <em>Environments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvironments()
	 * @generated
	 * @ordered
	 */
	protected EList<Environment> environments;

	/**
	 * The cached value of the '{@link #getSystems() <em>Systems</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystems()
	 * @generated
	 * @ordered
	 */
	protected EList<LandscapeSystem> systems;

	/**
	 * The cached value of the '{@link #getBusinessObjects() <em>Business Objects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessObjects()
	 * @generated
	 * @ordered
	 */
	protected EList<BusinessObject> businessObjects;

	/**
	 * The cached value of the '{@link #getPropertyDefinitions() <em>Property Definitions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPropertyDefinitions()
	 * @generated
	 * @ordered
	 */
	protected EList<PropertyDefinition> propertyDefinitions;

	/**
	 * The cached value of the '{@link #getTagCategories() <em>Tag Categories</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTagCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<TagCategory> tagCategories;

	/**
	 * The cached value of the '{@link #getUsers() <em>Users</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsers()
	 * @generated
	 * @ordered
	 */
	protected EList<User> users;

	/**
	 * The cached value of the '{@link #getDashboardSettings() <em>Dashboard Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDashboardSettings()
	 * @generated
	 * @ordered
	 */
	protected DashboardSettings dashboardSettings;

	/**
	 * The cached value of the '{@link #getTodoSettings() <em>Todo Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTodoSettings()
	 * @generated
	 * @ordered
	 */
	protected TodoSettings todoSettings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LandscapeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.LANDSCAPE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.LANDSCAPE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Environment> getEnvironments() {
		if (environments == null) {
			environments = new EObjectContainmentEList<Environment>(Environment.class, this, LandscapePackage.LANDSCAPE__ENVIRONMENTS);
		}
		return environments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LandscapeSystem> getSystems() {
		if (systems == null) {
			systems = new EObjectContainmentEList<LandscapeSystem>(LandscapeSystem.class, this, LandscapePackage.LANDSCAPE__SYSTEMS);
		}
		return systems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BusinessObject> getBusinessObjects() {
		if (businessObjects == null) {
			businessObjects = new EObjectContainmentEList<BusinessObject>(BusinessObject.class, this, LandscapePackage.LANDSCAPE__BUSINESS_OBJECTS);
		}
		return businessObjects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PropertyDefinition> getPropertyDefinitions() {
		if (propertyDefinitions == null) {
			propertyDefinitions = new EObjectContainmentEList<PropertyDefinition>(PropertyDefinition.class, this, LandscapePackage.LANDSCAPE__PROPERTY_DEFINITIONS);
		}
		return propertyDefinitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TagCategory> getTagCategories() {
		if (tagCategories == null) {
			tagCategories = new EObjectContainmentEList<TagCategory>(TagCategory.class, this, LandscapePackage.LANDSCAPE__TAG_CATEGORIES);
		}
		return tagCategories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<User> getUsers() {
		if (users == null) {
			users = new EObjectContainmentEList<User>(User.class, this, LandscapePackage.LANDSCAPE__USERS);
		}
		return users;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DashboardSettings getDashboardSettings() {
		return dashboardSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDashboardSettings(DashboardSettings newDashboardSettings, NotificationChain msgs) {
		DashboardSettings oldDashboardSettings = dashboardSettings;
		dashboardSettings = newDashboardSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LandscapePackage.LANDSCAPE__DASHBOARD_SETTINGS, oldDashboardSettings, newDashboardSettings);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDashboardSettings(DashboardSettings newDashboardSettings) {
		if (newDashboardSettings != dashboardSettings) {
			NotificationChain msgs = null;
			if (dashboardSettings != null)
				msgs = ((InternalEObject)dashboardSettings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.LANDSCAPE__DASHBOARD_SETTINGS, null, msgs);
			if (newDashboardSettings != null)
				msgs = ((InternalEObject)newDashboardSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.LANDSCAPE__DASHBOARD_SETTINGS, null, msgs);
			msgs = basicSetDashboardSettings(newDashboardSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.LANDSCAPE__DASHBOARD_SETTINGS, newDashboardSettings, newDashboardSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TodoSettings getTodoSettings() {
		return todoSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTodoSettings(TodoSettings newTodoSettings, NotificationChain msgs) {
		TodoSettings oldTodoSettings = todoSettings;
		todoSettings = newTodoSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LandscapePackage.LANDSCAPE__TODO_SETTINGS, oldTodoSettings, newTodoSettings);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTodoSettings(TodoSettings newTodoSettings) {
		if (newTodoSettings != todoSettings) {
			NotificationChain msgs = null;
			if (todoSettings != null)
				msgs = ((InternalEObject)todoSettings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.LANDSCAPE__TODO_SETTINGS, null, msgs);
			if (newTodoSettings != null)
				msgs = ((InternalEObject)newTodoSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.LANDSCAPE__TODO_SETTINGS, null, msgs);
			msgs = basicSetTodoSettings(newTodoSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.LANDSCAPE__TODO_SETTINGS, newTodoSettings, newTodoSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LandscapePackage.LANDSCAPE__ENVIRONMENTS:
				return ((InternalEList<?>)getEnvironments()).basicRemove(otherEnd, msgs);
			case LandscapePackage.LANDSCAPE__SYSTEMS:
				return ((InternalEList<?>)getSystems()).basicRemove(otherEnd, msgs);
			case LandscapePackage.LANDSCAPE__BUSINESS_OBJECTS:
				return ((InternalEList<?>)getBusinessObjects()).basicRemove(otherEnd, msgs);
			case LandscapePackage.LANDSCAPE__PROPERTY_DEFINITIONS:
				return ((InternalEList<?>)getPropertyDefinitions()).basicRemove(otherEnd, msgs);
			case LandscapePackage.LANDSCAPE__TAG_CATEGORIES:
				return ((InternalEList<?>)getTagCategories()).basicRemove(otherEnd, msgs);
			case LandscapePackage.LANDSCAPE__USERS:
				return ((InternalEList<?>)getUsers()).basicRemove(otherEnd, msgs);
			case LandscapePackage.LANDSCAPE__DASHBOARD_SETTINGS:
				return basicSetDashboardSettings(null, msgs);
			case LandscapePackage.LANDSCAPE__TODO_SETTINGS:
				return basicSetTodoSettings(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LandscapePackage.LANDSCAPE__DESCRIPTION:
				return getDescription();
			case LandscapePackage.LANDSCAPE__ENVIRONMENTS:
				return getEnvironments();
			case LandscapePackage.LANDSCAPE__SYSTEMS:
				return getSystems();
			case LandscapePackage.LANDSCAPE__BUSINESS_OBJECTS:
				return getBusinessObjects();
			case LandscapePackage.LANDSCAPE__PROPERTY_DEFINITIONS:
				return getPropertyDefinitions();
			case LandscapePackage.LANDSCAPE__TAG_CATEGORIES:
				return getTagCategories();
			case LandscapePackage.LANDSCAPE__USERS:
				return getUsers();
			case LandscapePackage.LANDSCAPE__DASHBOARD_SETTINGS:
				return getDashboardSettings();
			case LandscapePackage.LANDSCAPE__TODO_SETTINGS:
				return getTodoSettings();
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
			case LandscapePackage.LANDSCAPE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case LandscapePackage.LANDSCAPE__ENVIRONMENTS:
				getEnvironments().clear();
				getEnvironments().addAll((Collection<? extends Environment>)newValue);
				return;
			case LandscapePackage.LANDSCAPE__SYSTEMS:
				getSystems().clear();
				getSystems().addAll((Collection<? extends LandscapeSystem>)newValue);
				return;
			case LandscapePackage.LANDSCAPE__BUSINESS_OBJECTS:
				getBusinessObjects().clear();
				getBusinessObjects().addAll((Collection<? extends BusinessObject>)newValue);
				return;
			case LandscapePackage.LANDSCAPE__PROPERTY_DEFINITIONS:
				getPropertyDefinitions().clear();
				getPropertyDefinitions().addAll((Collection<? extends PropertyDefinition>)newValue);
				return;
			case LandscapePackage.LANDSCAPE__TAG_CATEGORIES:
				getTagCategories().clear();
				getTagCategories().addAll((Collection<? extends TagCategory>)newValue);
				return;
			case LandscapePackage.LANDSCAPE__USERS:
				getUsers().clear();
				getUsers().addAll((Collection<? extends User>)newValue);
				return;
			case LandscapePackage.LANDSCAPE__DASHBOARD_SETTINGS:
				setDashboardSettings((DashboardSettings)newValue);
				return;
			case LandscapePackage.LANDSCAPE__TODO_SETTINGS:
				setTodoSettings((TodoSettings)newValue);
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
			case LandscapePackage.LANDSCAPE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case LandscapePackage.LANDSCAPE__ENVIRONMENTS:
				getEnvironments().clear();
				return;
			case LandscapePackage.LANDSCAPE__SYSTEMS:
				getSystems().clear();
				return;
			case LandscapePackage.LANDSCAPE__BUSINESS_OBJECTS:
				getBusinessObjects().clear();
				return;
			case LandscapePackage.LANDSCAPE__PROPERTY_DEFINITIONS:
				getPropertyDefinitions().clear();
				return;
			case LandscapePackage.LANDSCAPE__TAG_CATEGORIES:
				getTagCategories().clear();
				return;
			case LandscapePackage.LANDSCAPE__USERS:
				getUsers().clear();
				return;
			case LandscapePackage.LANDSCAPE__DASHBOARD_SETTINGS:
				setDashboardSettings((DashboardSettings)null);
				return;
			case LandscapePackage.LANDSCAPE__TODO_SETTINGS:
				setTodoSettings((TodoSettings)null);
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
			case LandscapePackage.LANDSCAPE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case LandscapePackage.LANDSCAPE__ENVIRONMENTS:
				return environments != null && !environments.isEmpty();
			case LandscapePackage.LANDSCAPE__SYSTEMS:
				return systems != null && !systems.isEmpty();
			case LandscapePackage.LANDSCAPE__BUSINESS_OBJECTS:
				return businessObjects != null && !businessObjects.isEmpty();
			case LandscapePackage.LANDSCAPE__PROPERTY_DEFINITIONS:
				return propertyDefinitions != null && !propertyDefinitions.isEmpty();
			case LandscapePackage.LANDSCAPE__TAG_CATEGORIES:
				return tagCategories != null && !tagCategories.isEmpty();
			case LandscapePackage.LANDSCAPE__USERS:
				return users != null && !users.isEmpty();
			case LandscapePackage.LANDSCAPE__DASHBOARD_SETTINGS:
				return dashboardSettings != null;
			case LandscapePackage.LANDSCAPE__TODO_SETTINGS:
				return todoSettings != null;
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
		result.append(" (description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //LandscapeImpl
