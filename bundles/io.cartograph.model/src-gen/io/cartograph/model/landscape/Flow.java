/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Steps run on the request and on the response.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.Flow#getKind <em>Kind</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Flow#getCondition <em>Condition</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Flow#getRequestSteps <em>Request Steps</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Flow#getResponseSteps <em>Response Steps</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getFlow()
 * @model
 * @generated
 */
public interface Flow extends Named {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cartograph.model.landscape.FlowKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PRE_FLOW, POST_FLOW or CONDITIONAL.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.cartograph.model.landscape.FlowKind
	 * @see #setKind(FlowKind)
	 * @see io.cartograph.model.landscape.LandscapePackage#getFlow_Kind()
	 * @model
	 * @generated
	 */
	FlowKind getKind();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Flow#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.cartograph.model.landscape.FlowKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FlowKind value);

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Condition of a conditional flow.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getFlow_Condition()
	 * @model
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Flow#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

	/**
	 * Returns the value of the '<em><b>Request Steps</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Steps on the request, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Request Steps</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getFlow_RequestSteps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getRequestSteps();

	/**
	 * Returns the value of the '<em><b>Response Steps</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Steps on the response, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Response Steps</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getFlow_ResponseSteps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getResponseSteps();

} // Flow
