/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>End To End Integration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A business flow that crosses several interfaces, in order.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.EndToEndIntegration#getDescription <em>Description</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.EndToEndIntegration#getSender <em>Sender</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.EndToEndIntegration#getReceiver <em>Receiver</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.EndToEndIntegration#getInterfaces <em>Interfaces</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.EndToEndIntegration#isProposal <em>Proposal</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.EndToEndIntegration#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getEndToEndIntegration()
 * @model
 * @generated
 */
public interface EndToEndIntegration extends PropertyHolder {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the flow does for the business.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getEndToEndIntegration_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.EndToEndIntegration#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Sender</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * System where the flow starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sender</em>' reference.
	 * @see #setSender(LandscapeSystem)
	 * @see io.cartograph.model.landscape.LandscapePackage#getEndToEndIntegration_Sender()
	 * @model
	 * @generated
	 */
	LandscapeSystem getSender();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.EndToEndIntegration#getSender <em>Sender</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sender</em>' reference.
	 * @see #getSender()
	 * @generated
	 */
	void setSender(LandscapeSystem value);

	/**
	 * Returns the value of the '<em><b>Receiver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * System where the flow ends.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Receiver</em>' reference.
	 * @see #setReceiver(LandscapeSystem)
	 * @see io.cartograph.model.landscape.LandscapePackage#getEndToEndIntegration_Receiver()
	 * @model
	 * @generated
	 */
	LandscapeSystem getReceiver();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.EndToEndIntegration#getReceiver <em>Receiver</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Receiver</em>' reference.
	 * @see #getReceiver()
	 * @generated
	 */
	void setReceiver(LandscapeSystem value);

	/**
	 * Returns the value of the '<em><b>Interfaces</b></em>' reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.Interface}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The interfaces of the flow, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interfaces</em>' reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getEndToEndIntegration_Interfaces()
	 * @model
	 * @generated
	 */
	EList<Interface> getInterfaces();

	/**
	 * Returns the value of the '<em><b>Proposal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True while it is a proposal Cartograph made and nobody confirmed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Proposal</em>' attribute.
	 * @see #setProposal(boolean)
	 * @see io.cartograph.model.landscape.LandscapePackage#getEndToEndIntegration_Proposal()
	 * @model
	 * @generated
	 */
	boolean isProposal();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.EndToEndIntegration#isProposal <em>Proposal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proposal</em>' attribute.
	 * @see #isProposal()
	 * @generated
	 */
	void setProposal(boolean value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why Cartograph proposed it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getEndToEndIntegration_Evidence()
	 * @model
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.EndToEndIntegration#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

} // EndToEndIntegration
