/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.IntegrationStrategy;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.ObjectRule;
import io.cartograph.model.landscape.RuleBook;
import io.cartograph.model.landscape.SystemMappingRule;

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
 * An implementation of the model object '<em><b>Rule Book</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.impl.RuleBookImpl#getSystemMappingRules <em>System Mapping Rules</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.RuleBookImpl#getObjectRules <em>Object Rules</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.RuleBookImpl#getStrategy <em>Strategy</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RuleBookImpl extends IdentifiedImpl implements RuleBook {
	/**
	 * The cached value of the '{@link #getSystemMappingRules() <em>System Mapping Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemMappingRules()
	 * @generated
	 * @ordered
	 */
	protected EList<SystemMappingRule> systemMappingRules;

	/**
	 * The cached value of the '{@link #getObjectRules() <em>Object Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectRules()
	 * @generated
	 * @ordered
	 */
	protected EList<ObjectRule> objectRules;

	/**
	 * The cached value of the '{@link #getStrategy() <em>Strategy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategy()
	 * @generated
	 * @ordered
	 */
	protected IntegrationStrategy strategy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RuleBookImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.RULE_BOOK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SystemMappingRule> getSystemMappingRules() {
		if (systemMappingRules == null) {
			systemMappingRules = new EObjectContainmentEList<SystemMappingRule>(SystemMappingRule.class, this, LandscapePackage.RULE_BOOK__SYSTEM_MAPPING_RULES);
		}
		return systemMappingRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ObjectRule> getObjectRules() {
		if (objectRules == null) {
			objectRules = new EObjectContainmentEList<ObjectRule>(ObjectRule.class, this, LandscapePackage.RULE_BOOK__OBJECT_RULES);
		}
		return objectRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntegrationStrategy getStrategy() {
		return strategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStrategy(IntegrationStrategy newStrategy, NotificationChain msgs) {
		IntegrationStrategy oldStrategy = strategy;
		strategy = newStrategy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LandscapePackage.RULE_BOOK__STRATEGY, oldStrategy, newStrategy);
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
	public void setStrategy(IntegrationStrategy newStrategy) {
		if (newStrategy != strategy) {
			NotificationChain msgs = null;
			if (strategy != null)
				msgs = ((InternalEObject)strategy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.RULE_BOOK__STRATEGY, null, msgs);
			if (newStrategy != null)
				msgs = ((InternalEObject)newStrategy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.RULE_BOOK__STRATEGY, null, msgs);
			msgs = basicSetStrategy(newStrategy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.RULE_BOOK__STRATEGY, newStrategy, newStrategy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LandscapePackage.RULE_BOOK__SYSTEM_MAPPING_RULES:
				return ((InternalEList<?>)getSystemMappingRules()).basicRemove(otherEnd, msgs);
			case LandscapePackage.RULE_BOOK__OBJECT_RULES:
				return ((InternalEList<?>)getObjectRules()).basicRemove(otherEnd, msgs);
			case LandscapePackage.RULE_BOOK__STRATEGY:
				return basicSetStrategy(null, msgs);
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
			case LandscapePackage.RULE_BOOK__SYSTEM_MAPPING_RULES:
				return getSystemMappingRules();
			case LandscapePackage.RULE_BOOK__OBJECT_RULES:
				return getObjectRules();
			case LandscapePackage.RULE_BOOK__STRATEGY:
				return getStrategy();
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
			case LandscapePackage.RULE_BOOK__SYSTEM_MAPPING_RULES:
				getSystemMappingRules().clear();
				getSystemMappingRules().addAll((Collection<? extends SystemMappingRule>)newValue);
				return;
			case LandscapePackage.RULE_BOOK__OBJECT_RULES:
				getObjectRules().clear();
				getObjectRules().addAll((Collection<? extends ObjectRule>)newValue);
				return;
			case LandscapePackage.RULE_BOOK__STRATEGY:
				setStrategy((IntegrationStrategy)newValue);
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
			case LandscapePackage.RULE_BOOK__SYSTEM_MAPPING_RULES:
				getSystemMappingRules().clear();
				return;
			case LandscapePackage.RULE_BOOK__OBJECT_RULES:
				getObjectRules().clear();
				return;
			case LandscapePackage.RULE_BOOK__STRATEGY:
				setStrategy((IntegrationStrategy)null);
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
			case LandscapePackage.RULE_BOOK__SYSTEM_MAPPING_RULES:
				return systemMappingRules != null && !systemMappingRules.isEmpty();
			case LandscapePackage.RULE_BOOK__OBJECT_RULES:
				return objectRules != null && !objectRules.isEmpty();
			case LandscapePackage.RULE_BOOK__STRATEGY:
				return strategy != null;
		}
		return super.eIsSet(featureID);
	}

} //RuleBookImpl
