/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.IntegrationCatalog;
import io.cartograph.model.landscape.LandscapePackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Integration Catalog</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.impl.IntegrationCatalogImpl#getIntegrations <em>Integrations</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.IntegrationCatalogImpl#getRejectedProposals <em>Rejected Proposals</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IntegrationCatalogImpl extends IdentifiedImpl implements IntegrationCatalog {
	/**
	 * The cached value of the '{@link #getIntegrations() <em>Integrations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntegrations()
	 * @generated
	 * @ordered
	 */
	protected EList<EndToEndIntegration> integrations;

	/**
	 * The cached value of the '{@link #getRejectedProposals() <em>Rejected Proposals</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRejectedProposals()
	 * @generated
	 * @ordered
	 */
	protected EList<String> rejectedProposals;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IntegrationCatalogImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.INTEGRATION_CATALOG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EndToEndIntegration> getIntegrations() {
		if (integrations == null) {
			integrations = new EObjectContainmentEList<EndToEndIntegration>(EndToEndIntegration.class, this, LandscapePackage.INTEGRATION_CATALOG__INTEGRATIONS);
		}
		return integrations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRejectedProposals() {
		if (rejectedProposals == null) {
			rejectedProposals = new EDataTypeUniqueEList<String>(String.class, this, LandscapePackage.INTEGRATION_CATALOG__REJECTED_PROPOSALS);
		}
		return rejectedProposals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LandscapePackage.INTEGRATION_CATALOG__INTEGRATIONS:
				return ((InternalEList<?>)getIntegrations()).basicRemove(otherEnd, msgs);
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
			case LandscapePackage.INTEGRATION_CATALOG__INTEGRATIONS:
				return getIntegrations();
			case LandscapePackage.INTEGRATION_CATALOG__REJECTED_PROPOSALS:
				return getRejectedProposals();
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
			case LandscapePackage.INTEGRATION_CATALOG__INTEGRATIONS:
				getIntegrations().clear();
				getIntegrations().addAll((Collection<? extends EndToEndIntegration>)newValue);
				return;
			case LandscapePackage.INTEGRATION_CATALOG__REJECTED_PROPOSALS:
				getRejectedProposals().clear();
				getRejectedProposals().addAll((Collection<? extends String>)newValue);
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
			case LandscapePackage.INTEGRATION_CATALOG__INTEGRATIONS:
				getIntegrations().clear();
				return;
			case LandscapePackage.INTEGRATION_CATALOG__REJECTED_PROPOSALS:
				getRejectedProposals().clear();
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
			case LandscapePackage.INTEGRATION_CATALOG__INTEGRATIONS:
				return integrations != null && !integrations.isEmpty();
			case LandscapePackage.INTEGRATION_CATALOG__REJECTED_PROPOSALS:
				return rejectedProposals != null && !rejectedProposals.isEmpty();
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
		result.append(" (rejectedProposals: ");
		result.append(rejectedProposals);
		result.append(')');
		return result.toString();
	}

} //IntegrationCatalogImpl
