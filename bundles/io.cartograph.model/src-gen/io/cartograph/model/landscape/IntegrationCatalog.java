/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Integration Catalog</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of integrations.xmi.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.IntegrationCatalog#getIntegrations <em>Integrations</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.IntegrationCatalog#getRejectedProposals <em>Rejected Proposals</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getIntegrationCatalog()
 * @model
 * @generated
 */
public interface IntegrationCatalog extends Identified {
	/**
	 * Returns the value of the '<em><b>Integrations</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.EndToEndIntegration}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * End-to-end integrations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Integrations</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getIntegrationCatalog_Integrations()
	 * @model containment="true"
	 * @generated
	 */
	EList<EndToEndIntegration> getIntegrations();

	/**
	 * Returns the value of the '<em><b>Rejected Proposals</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Proposals people rejected, so that they are not proposed again: each the UUIDs of the proposal's interfaces in order, joined by >.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rejected Proposals</em>' attribute list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getIntegrationCatalog_RejectedProposals()
	 * @model
	 * @generated
	 */
	EList<String> getRejectedProposals();

} // IntegrationCatalog
