/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.Flow;
import io.cartograph.model.landscape.FlowKind;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.Step;

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
 * An implementation of the model object '<em><b>Flow</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.impl.FlowImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.FlowImpl#getCondition <em>Condition</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.FlowImpl#getRequestSteps <em>Request Steps</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.FlowImpl#getResponseSteps <em>Response Steps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FlowImpl extends NamedImpl implements Flow {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final FlowKind KIND_EDEFAULT = FlowKind.PRE_FLOW;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected FlowKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected static final String CONDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected String condition = CONDITION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRequestSteps() <em>Request Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<Step> requestSteps;

	/**
	 * The cached value of the '{@link #getResponseSteps() <em>Response Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponseSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<Step> responseSteps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FlowImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.FLOW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlowKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(FlowKind newKind) {
		FlowKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.FLOW__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCondition() {
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCondition(String newCondition) {
		String oldCondition = condition;
		condition = newCondition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.FLOW__CONDITION, oldCondition, condition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Step> getRequestSteps() {
		if (requestSteps == null) {
			requestSteps = new EObjectContainmentEList<Step>(Step.class, this, LandscapePackage.FLOW__REQUEST_STEPS);
		}
		return requestSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Step> getResponseSteps() {
		if (responseSteps == null) {
			responseSteps = new EObjectContainmentEList<Step>(Step.class, this, LandscapePackage.FLOW__RESPONSE_STEPS);
		}
		return responseSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LandscapePackage.FLOW__REQUEST_STEPS:
				return ((InternalEList<?>)getRequestSteps()).basicRemove(otherEnd, msgs);
			case LandscapePackage.FLOW__RESPONSE_STEPS:
				return ((InternalEList<?>)getResponseSteps()).basicRemove(otherEnd, msgs);
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
			case LandscapePackage.FLOW__KIND:
				return getKind();
			case LandscapePackage.FLOW__CONDITION:
				return getCondition();
			case LandscapePackage.FLOW__REQUEST_STEPS:
				return getRequestSteps();
			case LandscapePackage.FLOW__RESPONSE_STEPS:
				return getResponseSteps();
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
			case LandscapePackage.FLOW__KIND:
				setKind((FlowKind)newValue);
				return;
			case LandscapePackage.FLOW__CONDITION:
				setCondition((String)newValue);
				return;
			case LandscapePackage.FLOW__REQUEST_STEPS:
				getRequestSteps().clear();
				getRequestSteps().addAll((Collection<? extends Step>)newValue);
				return;
			case LandscapePackage.FLOW__RESPONSE_STEPS:
				getResponseSteps().clear();
				getResponseSteps().addAll((Collection<? extends Step>)newValue);
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
			case LandscapePackage.FLOW__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case LandscapePackage.FLOW__CONDITION:
				setCondition(CONDITION_EDEFAULT);
				return;
			case LandscapePackage.FLOW__REQUEST_STEPS:
				getRequestSteps().clear();
				return;
			case LandscapePackage.FLOW__RESPONSE_STEPS:
				getResponseSteps().clear();
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
			case LandscapePackage.FLOW__KIND:
				return kind != KIND_EDEFAULT;
			case LandscapePackage.FLOW__CONDITION:
				return CONDITION_EDEFAULT == null ? condition != null : !CONDITION_EDEFAULT.equals(condition);
			case LandscapePackage.FLOW__REQUEST_STEPS:
				return requestSteps != null && !requestSteps.isEmpty();
			case LandscapePackage.FLOW__RESPONSE_STEPS:
				return responseSteps != null && !responseSteps.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", condition: ");
		result.append(condition);
		result.append(')');
		return result.toString();
	}

} //FlowImpl
