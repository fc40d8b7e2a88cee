/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.ObjectRule;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Object Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.impl.ObjectRuleImpl#getInterfacePattern <em>Interface Pattern</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.ObjectRuleImpl#getHarmonizedObject <em>Harmonized Object</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.ObjectRuleImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.ObjectRuleImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ObjectRuleImpl extends IdentifiedImpl implements ObjectRule {
	/**
	 * The default value of the '{@link #getInterfacePattern() <em>Interface Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterfacePattern()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERFACE_PATTERN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInterfacePattern() <em>Interface Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterfacePattern()
	 * @generated
	 * @ordered
	 */
	protected String interfacePattern = INTERFACE_PATTERN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHarmonizedObject() <em>Harmonized Object</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHarmonizedObject()
	 * @generated
	 * @ordered
	 */
	protected BusinessObject harmonizedObject;

	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ObjectRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.OBJECT_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInterfacePattern() {
		return interfacePattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterfacePattern(String newInterfacePattern) {
		String oldInterfacePattern = interfacePattern;
		interfacePattern = newInterfacePattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.OBJECT_RULE__INTERFACE_PATTERN, oldInterfacePattern, interfacePattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessObject getHarmonizedObject() {
		if (harmonizedObject != null && harmonizedObject.eIsProxy()) {
			InternalEObject oldHarmonizedObject = (InternalEObject)harmonizedObject;
			harmonizedObject = (BusinessObject)eResolveProxy(oldHarmonizedObject);
			if (harmonizedObject != oldHarmonizedObject) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LandscapePackage.OBJECT_RULE__HARMONIZED_OBJECT, oldHarmonizedObject, harmonizedObject));
			}
		}
		return harmonizedObject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BusinessObject basicGetHarmonizedObject() {
		return harmonizedObject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHarmonizedObject(BusinessObject newHarmonizedObject) {
		BusinessObject oldHarmonizedObject = harmonizedObject;
		harmonizedObject = newHarmonizedObject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.OBJECT_RULE__HARMONIZED_OBJECT, oldHarmonizedObject, harmonizedObject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.OBJECT_RULE__ENABLED, oldEnabled, enabled));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.OBJECT_RULE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LandscapePackage.OBJECT_RULE__INTERFACE_PATTERN:
				return getInterfacePattern();
			case LandscapePackage.OBJECT_RULE__HARMONIZED_OBJECT:
				if (resolve) return getHarmonizedObject();
				return basicGetHarmonizedObject();
			case LandscapePackage.OBJECT_RULE__ENABLED:
				return isEnabled();
			case LandscapePackage.OBJECT_RULE__DESCRIPTION:
				return getDescription();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LandscapePackage.OBJECT_RULE__INTERFACE_PATTERN:
				setInterfacePattern((String)newValue);
				return;
			case LandscapePackage.OBJECT_RULE__HARMONIZED_OBJECT:
				setHarmonizedObject((BusinessObject)newValue);
				return;
			case LandscapePackage.OBJECT_RULE__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case LandscapePackage.OBJECT_RULE__DESCRIPTION:
				setDescription((String)newValue);
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
			case LandscapePackage.OBJECT_RULE__INTERFACE_PATTERN:
				setInterfacePattern(INTERFACE_PATTERN_EDEFAULT);
				return;
			case LandscapePackage.OBJECT_RULE__HARMONIZED_OBJECT:
				setHarmonizedObject((BusinessObject)null);
				return;
			case LandscapePackage.OBJECT_RULE__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case LandscapePackage.OBJECT_RULE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
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
			case LandscapePackage.OBJECT_RULE__INTERFACE_PATTERN:
				return INTERFACE_PATTERN_EDEFAULT == null ? interfacePattern != null : !INTERFACE_PATTERN_EDEFAULT.equals(interfacePattern);
			case LandscapePackage.OBJECT_RULE__HARMONIZED_OBJECT:
				return harmonizedObject != null;
			case LandscapePackage.OBJECT_RULE__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case LandscapePackage.OBJECT_RULE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
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
		result.append(" (interfacePattern: ");
		result.append(interfacePattern);
		result.append(", enabled: ");
		result.append(enabled);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //ObjectRuleImpl
