/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>End To End Integration</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.impl.EndToEndIntegrationImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.EndToEndIntegrationImpl#getSender <em>Sender</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.EndToEndIntegrationImpl#getReceiver <em>Receiver</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.EndToEndIntegrationImpl#getInterfaces <em>Interfaces</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.EndToEndIntegrationImpl#isProposal <em>Proposal</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.EndToEndIntegrationImpl#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EndToEndIntegrationImpl extends PropertyHolderImpl implements EndToEndIntegration {
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
	 * The cached value of the '{@link #getSender() <em>Sender</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSender()
	 * @generated
	 * @ordered
	 */
	protected LandscapeSystem sender;

	/**
	 * The cached value of the '{@link #getReceiver() <em>Receiver</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceiver()
	 * @generated
	 * @ordered
	 */
	protected LandscapeSystem receiver;

	/**
	 * The cached value of the '{@link #getInterfaces() <em>Interfaces</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterfaces()
	 * @generated
	 * @ordered
	 */
	protected EList<Interface> interfaces;

	/**
	 * The default value of the '{@link #isProposal() <em>Proposal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isProposal()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PROPOSAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isProposal() <em>Proposal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isProposal()
	 * @generated
	 * @ordered
	 */
	protected boolean proposal = PROPOSAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected String evidence = EVIDENCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EndToEndIntegrationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.END_TO_END_INTEGRATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.END_TO_END_INTEGRATION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LandscapeSystem getSender() {
		if (sender != null && sender.eIsProxy()) {
			InternalEObject oldSender = (InternalEObject)sender;
			sender = (LandscapeSystem)eResolveProxy(oldSender);
			if (sender != oldSender) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LandscapePackage.END_TO_END_INTEGRATION__SENDER, oldSender, sender));
			}
		}
		return sender;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LandscapeSystem basicGetSender() {
		return sender;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSender(LandscapeSystem newSender) {
		LandscapeSystem oldSender = sender;
		sender = newSender;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.END_TO_END_INTEGRATION__SENDER, oldSender, sender));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LandscapeSystem getReceiver() {
		if (receiver != null && receiver.eIsProxy()) {
			InternalEObject oldReceiver = (InternalEObject)receiver;
			receiver = (LandscapeSystem)eResolveProxy(oldReceiver);
			if (receiver != oldReceiver) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LandscapePackage.END_TO_END_INTEGRATION__RECEIVER, oldReceiver, receiver));
			}
		}
		return receiver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LandscapeSystem basicGetReceiver() {
		return receiver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceiver(LandscapeSystem newReceiver) {
		LandscapeSystem oldReceiver = receiver;
		receiver = newReceiver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.END_TO_END_INTEGRATION__RECEIVER, oldReceiver, receiver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Interface> getInterfaces() {
		if (interfaces == null) {
			interfaces = new EObjectResolvingEList<Interface>(Interface.class, this, LandscapePackage.END_TO_END_INTEGRATION__INTERFACES);
		}
		return interfaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isProposal() {
		return proposal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProposal(boolean newProposal) {
		boolean oldProposal = proposal;
		proposal = newProposal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.END_TO_END_INTEGRATION__PROPOSAL, oldProposal, proposal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidence() {
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidence(String newEvidence) {
		String oldEvidence = evidence;
		evidence = newEvidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.END_TO_END_INTEGRATION__EVIDENCE, oldEvidence, evidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LandscapePackage.END_TO_END_INTEGRATION__DESCRIPTION:
				return getDescription();
			case LandscapePackage.END_TO_END_INTEGRATION__SENDER:
				if (resolve) return getSender();
				return basicGetSender();
			case LandscapePackage.END_TO_END_INTEGRATION__RECEIVER:
				if (resolve) return getReceiver();
				return basicGetReceiver();
			case LandscapePackage.END_TO_END_INTEGRATION__INTERFACES:
				return getInterfaces();
			case LandscapePackage.END_TO_END_INTEGRATION__PROPOSAL:
				return isProposal();
			case LandscapePackage.END_TO_END_INTEGRATION__EVIDENCE:
				return getEvidence();
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
			case LandscapePackage.END_TO_END_INTEGRATION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case LandscapePackage.END_TO_END_INTEGRATION__SENDER:
				setSender((LandscapeSystem)newValue);
				return;
			case LandscapePackage.END_TO_END_INTEGRATION__RECEIVER:
				setReceiver((LandscapeSystem)newValue);
				return;
			case LandscapePackage.END_TO_END_INTEGRATION__INTERFACES:
				getInterfaces().clear();
				getInterfaces().addAll((Collection<? extends Interface>)newValue);
				return;
			case LandscapePackage.END_TO_END_INTEGRATION__PROPOSAL:
				setProposal((Boolean)newValue);
				return;
			case LandscapePackage.END_TO_END_INTEGRATION__EVIDENCE:
				setEvidence((String)newValue);
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
			case LandscapePackage.END_TO_END_INTEGRATION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case LandscapePackage.END_TO_END_INTEGRATION__SENDER:
				setSender((LandscapeSystem)null);
				return;
			case LandscapePackage.END_TO_END_INTEGRATION__RECEIVER:
				setReceiver((LandscapeSystem)null);
				return;
			case LandscapePackage.END_TO_END_INTEGRATION__INTERFACES:
				getInterfaces().clear();
				return;
			case LandscapePackage.END_TO_END_INTEGRATION__PROPOSAL:
				setProposal(PROPOSAL_EDEFAULT);
				return;
			case LandscapePackage.END_TO_END_INTEGRATION__EVIDENCE:
				setEvidence(EVIDENCE_EDEFAULT);
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
			case LandscapePackage.END_TO_END_INTEGRATION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case LandscapePackage.END_TO_END_INTEGRATION__SENDER:
				return sender != null;
			case LandscapePackage.END_TO_END_INTEGRATION__RECEIVER:
				return receiver != null;
			case LandscapePackage.END_TO_END_INTEGRATION__INTERFACES:
				return interfaces != null && !interfaces.isEmpty();
			case LandscapePackage.END_TO_END_INTEGRATION__PROPOSAL:
				return proposal != PROPOSAL_EDEFAULT;
			case LandscapePackage.END_TO_END_INTEGRATION__EVIDENCE:
				return EVIDENCE_EDEFAULT == null ? evidence != null : !EVIDENCE_EDEFAULT.equals(evidence);
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
		result.append(", proposal: ");
		result.append(proposal);
		result.append(", evidence: ");
		result.append(evidence);
		result.append(')');
		return result.toString();
	}

} //EndToEndIntegrationImpl
