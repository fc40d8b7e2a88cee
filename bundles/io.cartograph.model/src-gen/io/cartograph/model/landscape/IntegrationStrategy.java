/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Integration Strategy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Which adapters and authentication methods fit the integration strategy.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.IntegrationStrategy#getAdapterFits <em>Adapter Fits</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.IntegrationStrategy#getAuthenticationFits <em>Authentication Fits</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getIntegrationStrategy()
 * @model
 * @generated
 */
public interface IntegrationStrategy extends Identified {
	/**
	 * Returns the value of the '<em><b>Adapter Fits</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.TechnologyFit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fit of adapters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adapter Fits</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getIntegrationStrategy_AdapterFits()
	 * @model containment="true"
	 * @generated
	 */
	EList<TechnologyFit> getAdapterFits();

	/**
	 * Returns the value of the '<em><b>Authentication Fits</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.TechnologyFit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fit of authentication methods.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Authentication Fits</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getIntegrationStrategy_AuthenticationFits()
	 * @model containment="true"
	 * @generated
	 */
	EList<TechnologyFit> getAuthenticationFits();

} // IntegrationStrategy
