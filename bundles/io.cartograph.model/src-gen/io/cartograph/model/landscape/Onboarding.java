/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Onboarding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of onboarding.xmi: checklists and allowlists for a customer's setup.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.Onboarding#getChecklists <em>Checklists</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Onboarding#getIpAllowlists <em>Ip Allowlists</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Onboarding#getDomainAllowlists <em>Domain Allowlists</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getOnboarding()
 * @model
 * @generated
 */
public interface Onboarding extends Identified {
	/**
	 * Returns the value of the '<em><b>Checklists</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.Checklist}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Checklists.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Checklists</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getOnboarding_Checklists()
	 * @model containment="true"
	 * @generated
	 */
	EList<Checklist> getChecklists();

	/**
	 * Returns the value of the '<em><b>Ip Allowlists</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.IpAllowlist}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IP allowlists.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ip Allowlists</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getOnboarding_IpAllowlists()
	 * @model containment="true"
	 * @generated
	 */
	EList<IpAllowlist> getIpAllowlists();

	/**
	 * Returns the value of the '<em><b>Domain Allowlists</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.DomainAllowlist}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Domain allowlists.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Allowlists</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getOnboarding_DomainAllowlists()
	 * @model containment="true"
	 * @generated
	 */
	EList<DomainAllowlist> getDomainAllowlists();

} // Onboarding
