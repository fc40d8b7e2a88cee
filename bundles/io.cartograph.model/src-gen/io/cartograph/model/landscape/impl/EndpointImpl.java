/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.Endpoint;
import io.cartograph.model.landscape.Flow;
import io.cartograph.model.landscape.LandscapePackage;

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
 * An implementation of the model object '<em><b>Endpoint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.impl.EndpointImpl#getPreFlow <em>Pre Flow</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.EndpointImpl#getConditionalFlows <em>Conditional Flows</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.EndpointImpl#getPostFlow <em>Post Flow</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.EndpointImpl#getXml <em>Xml</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class EndpointImpl extends NamedImpl implements Endpoint {
	/**
	 * The cached value of the '{@link #getPreFlow() <em>Pre Flow</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreFlow()
	 * @generated
	 * @ordered
	 */
	protected Flow preFlow;

	/**
	 * The cached value of the '{@link #getConditionalFlows() <em>Conditional Flows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionalFlows()
	 * @generated
	 * @ordered
	 */
	protected EList<Flow> conditionalFlows;

	/**
	 * The cached value of the '{@link #getPostFlow() <em>Post Flow</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostFlow()
	 * @generated
	 * @ordered
	 */
	protected Flow postFlow;

	/**
	 * The default value of the '{@link #getXml() <em>Xml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXml()
	 * @generated
	 * @ordered
	 */
	protected static final String XML_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getXml() <em>Xml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXml()
	 * @generated
	 * @ordered
	 */
	protected String xml = XML_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EndpointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.ENDPOINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Flow getPreFlow() {
		return preFlow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPreFlow(Flow newPreFlow, NotificationChain msgs) {
		Flow oldPreFlow = preFlow;
		preFlow = newPreFlow;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LandscapePackage.ENDPOINT__PRE_FLOW, oldPreFlow, newPreFlow);
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
	public void setPreFlow(Flow newPreFlow) {
		if (newPreFlow != preFlow) {
			NotificationChain msgs = null;
			if (preFlow != null)
				msgs = ((InternalEObject)preFlow).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.ENDPOINT__PRE_FLOW, null, msgs);
			if (newPreFlow != null)
				msgs = ((InternalEObject)newPreFlow).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.ENDPOINT__PRE_FLOW, null, msgs);
			msgs = basicSetPreFlow(newPreFlow, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.ENDPOINT__PRE_FLOW, newPreFlow, newPreFlow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Flow> getConditionalFlows() {
		if (conditionalFlows == null) {
			conditionalFlows = new EObjectContainmentEList<Flow>(Flow.class, this, LandscapePackage.ENDPOINT__CONDITIONAL_FLOWS);
		}
		return conditionalFlows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Flow getPostFlow() {
		return postFlow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPostFlow(Flow newPostFlow, NotificationChain msgs) {
		Flow oldPostFlow = postFlow;
		postFlow = newPostFlow;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LandscapePackage.ENDPOINT__POST_FLOW, oldPostFlow, newPostFlow);
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
	public void setPostFlow(Flow newPostFlow) {
		if (newPostFlow != postFlow) {
			NotificationChain msgs = null;
			if (postFlow != null)
				msgs = ((InternalEObject)postFlow).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.ENDPOINT__POST_FLOW, null, msgs);
			if (newPostFlow != null)
				msgs = ((InternalEObject)newPostFlow).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.ENDPOINT__POST_FLOW, null, msgs);
			msgs = basicSetPostFlow(newPostFlow, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.ENDPOINT__POST_FLOW, newPostFlow, newPostFlow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getXml() {
		return xml;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setXml(String newXml) {
		String oldXml = xml;
		xml = newXml;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.ENDPOINT__XML, oldXml, xml));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LandscapePackage.ENDPOINT__PRE_FLOW:
				return basicSetPreFlow(null, msgs);
			case LandscapePackage.ENDPOINT__CONDITIONAL_FLOWS:
				return ((InternalEList<?>)getConditionalFlows()).basicRemove(otherEnd, msgs);
			case LandscapePackage.ENDPOINT__POST_FLOW:
				return basicSetPostFlow(null, msgs);
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
			case LandscapePackage.ENDPOINT__PRE_FLOW:
				return getPreFlow();
			case LandscapePackage.ENDPOINT__CONDITIONAL_FLOWS:
				return getConditionalFlows();
			case LandscapePackage.ENDPOINT__POST_FLOW:
				return getPostFlow();
			case LandscapePackage.ENDPOINT__XML:
				return getXml();
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
			case LandscapePackage.ENDPOINT__PRE_FLOW:
				setPreFlow((Flow)newValue);
				return;
			case LandscapePackage.ENDPOINT__CONDITIONAL_FLOWS:
				getConditionalFlows().clear();
				getConditionalFlows().addAll((Collection<? extends Flow>)newValue);
				return;
			case LandscapePackage.ENDPOINT__POST_FLOW:
				setPostFlow((Flow)newValue);
				return;
			case LandscapePackage.ENDPOINT__XML:
				setXml((String)newValue);
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
			case LandscapePackage.ENDPOINT__PRE_FLOW:
				setPreFlow((Flow)null);
				return;
			case LandscapePackage.ENDPOINT__CONDITIONAL_FLOWS:
				getConditionalFlows().clear();
				return;
			case LandscapePackage.ENDPOINT__POST_FLOW:
				setPostFlow((Flow)null);
				return;
			case LandscapePackage.ENDPOINT__XML:
				setXml(XML_EDEFAULT);
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
			case LandscapePackage.ENDPOINT__PRE_FLOW:
				return preFlow != null;
			case LandscapePackage.ENDPOINT__CONDITIONAL_FLOWS:
				return conditionalFlows != null && !conditionalFlows.isEmpty();
			case LandscapePackage.ENDPOINT__POST_FLOW:
				return postFlow != null;
			case LandscapePackage.ENDPOINT__XML:
				return XML_EDEFAULT == null ? xml != null : !XML_EDEFAULT.equals(xml);
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
		result.append(" (xml: ");
		result.append(xml);
		result.append(')');
		return result.toString();
	}

} //EndpointImpl
