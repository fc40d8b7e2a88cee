/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.IntegrationStrategy;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.TechnologyFit;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Integration Strategy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.impl.IntegrationStrategyImpl#getAdapterFits <em>Adapter Fits</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.IntegrationStrategyImpl#getAuthenticationFits <em>Authentication Fits</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IntegrationStrategyImpl extends IdentifiedImpl implements IntegrationStrategy {
	/**
	 * The cached value of the '{@link #getAdapterFits() <em>Adapter Fits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdapterFits()
	 * @generated
	 * @ordered
	 */
	protected EList<TechnologyFit> adapterFits;

	/**
	 * The cached value of the '{@link #getAuthenticationFits() <em>Authentication Fits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthenticationFits()
	 * @generated
	 * @ordered
	 */
	protected EList<TechnologyFit> authenticationFits;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IntegrationStrategyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.INTEGRATION_STRATEGY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TechnologyFit> getAdapterFits() {
		if (adapterFits == null) {
			adapterFits = new EObjectContainmentEList<TechnologyFit>(TechnologyFit.class, this, LandscapePackage.INTEGRATION_STRATEGY__ADAPTER_FITS);
		}
		return adapterFits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TechnologyFit> getAuthenticationFits() {
		if (authenticationFits == null) {
			authenticationFits = new EObjectContainmentEList<TechnologyFit>(TechnologyFit.class, this, LandscapePackage.INTEGRATION_STRATEGY__AUTHENTICATION_FITS);
		}
		return authenticationFits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LandscapePackage.INTEGRATION_STRATEGY__ADAPTER_FITS:
				return ((InternalEList<?>)getAdapterFits()).basicRemove(otherEnd, msgs);
			case LandscapePackage.INTEGRATION_STRATEGY__AUTHENTICATION_FITS:
				return ((InternalEList<?>)getAuthenticationFits()).basicRemove(otherEnd, msgs);
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
			case LandscapePackage.INTEGRATION_STRATEGY__ADAPTER_FITS:
				return getAdapterFits();
			case LandscapePackage.INTEGRATION_STRATEGY__AUTHENTICATION_FITS:
				return getAuthenticationFits();
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
			case LandscapePackage.INTEGRATION_STRATEGY__ADAPTER_FITS:
				getAdapterFits().clear();
				getAdapterFits().addAll((Collection<? extends TechnologyFit>)newValue);
				return;
			case LandscapePackage.INTEGRATION_STRATEGY__AUTHENTICATION_FITS:
				getAuthenticationFits().clear();
				getAuthenticationFits().addAll((Collection<? extends TechnologyFit>)newValue);
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
			case LandscapePackage.INTEGRATION_STRATEGY__ADAPTER_FITS:
				getAdapterFits().clear();
				return;
			case LandscapePackage.INTEGRATION_STRATEGY__AUTHENTICATION_FITS:
				getAuthenticationFits().clear();
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
			case LandscapePackage.INTEGRATION_STRATEGY__ADAPTER_FITS:
				return adapterFits != null && !adapterFits.isEmpty();
			case LandscapePackage.INTEGRATION_STRATEGY__AUTHENTICATION_FITS:
				return authenticationFits != null && !authenticationFits.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //IntegrationStrategyImpl
