/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.Checklist;
import io.cartograph.model.landscape.DomainAllowlist;
import io.cartograph.model.landscape.IpAllowlist;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.Onboarding;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Onboarding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.impl.OnboardingImpl#getChecklists <em>Checklists</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.OnboardingImpl#getIpAllowlists <em>Ip Allowlists</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.OnboardingImpl#getDomainAllowlists <em>Domain Allowlists</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OnboardingImpl extends IdentifiedImpl implements Onboarding {
	/**
	 * The cached value of the '{@link #getChecklists() <em>Checklists</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecklists()
	 * @generated
	 * @ordered
	 */
	protected EList<Checklist> checklists;

	/**
	 * The cached value of the '{@link #getIpAllowlists() <em>Ip Allowlists</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpAllowlists()
	 * @generated
	 * @ordered
	 */
	protected EList<IpAllowlist> ipAllowlists;

	/**
	 * The cached value of the '{@link #getDomainAllowlists() <em>Domain Allowlists</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainAllowlists()
	 * @generated
	 * @ordered
	 */
	protected EList<DomainAllowlist> domainAllowlists;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OnboardingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.ONBOARDING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Checklist> getChecklists() {
		if (checklists == null) {
			checklists = new EObjectContainmentEList<Checklist>(Checklist.class, this, LandscapePackage.ONBOARDING__CHECKLISTS);
		}
		return checklists;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IpAllowlist> getIpAllowlists() {
		if (ipAllowlists == null) {
			ipAllowlists = new EObjectContainmentEList<IpAllowlist>(IpAllowlist.class, this, LandscapePackage.ONBOARDING__IP_ALLOWLISTS);
		}
		return ipAllowlists;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DomainAllowlist> getDomainAllowlists() {
		if (domainAllowlists == null) {
			domainAllowlists = new EObjectContainmentEList<DomainAllowlist>(DomainAllowlist.class, this, LandscapePackage.ONBOARDING__DOMAIN_ALLOWLISTS);
		}
		return domainAllowlists;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LandscapePackage.ONBOARDING__CHECKLISTS:
				return ((InternalEList<?>)getChecklists()).basicRemove(otherEnd, msgs);
			case LandscapePackage.ONBOARDING__IP_ALLOWLISTS:
				return ((InternalEList<?>)getIpAllowlists()).basicRemove(otherEnd, msgs);
			case LandscapePackage.ONBOARDING__DOMAIN_ALLOWLISTS:
				return ((InternalEList<?>)getDomainAllowlists()).basicRemove(otherEnd, msgs);
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
			case LandscapePackage.ONBOARDING__CHECKLISTS:
				return getChecklists();
			case LandscapePackage.ONBOARDING__IP_ALLOWLISTS:
				return getIpAllowlists();
			case LandscapePackage.ONBOARDING__DOMAIN_ALLOWLISTS:
				return getDomainAllowlists();
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
			case LandscapePackage.ONBOARDING__CHECKLISTS:
				getChecklists().clear();
				getChecklists().addAll((Collection<? extends Checklist>)newValue);
				return;
			case LandscapePackage.ONBOARDING__IP_ALLOWLISTS:
				getIpAllowlists().clear();
				getIpAllowlists().addAll((Collection<? extends IpAllowlist>)newValue);
				return;
			case LandscapePackage.ONBOARDING__DOMAIN_ALLOWLISTS:
				getDomainAllowlists().clear();
				getDomainAllowlists().addAll((Collection<? extends DomainAllowlist>)newValue);
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
			case LandscapePackage.ONBOARDING__CHECKLISTS:
				getChecklists().clear();
				return;
			case LandscapePackage.ONBOARDING__IP_ALLOWLISTS:
				getIpAllowlists().clear();
				return;
			case LandscapePackage.ONBOARDING__DOMAIN_ALLOWLISTS:
				getDomainAllowlists().clear();
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
			case LandscapePackage.ONBOARDING__CHECKLISTS:
				return checklists != null && !checklists.isEmpty();
			case LandscapePackage.ONBOARDING__IP_ALLOWLISTS:
				return ipAllowlists != null && !ipAllowlists.isEmpty();
			case LandscapePackage.ONBOARDING__DOMAIN_ALLOWLISTS:
				return domainAllowlists != null && !domainAllowlists.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //OnboardingImpl
