/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Endpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A proxy or target endpoint with its flows.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.Endpoint#getPreFlow <em>Pre Flow</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Endpoint#getConditionalFlows <em>Conditional Flows</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Endpoint#getPostFlow <em>Post Flow</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Endpoint#getXml <em>Xml</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getEndpoint()
 * @model abstract="true"
 * @generated
 */
public interface Endpoint extends Named {
	/**
	 * Returns the value of the '<em><b>Pre Flow</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Runs first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pre Flow</em>' containment reference.
	 * @see #setPreFlow(Flow)
	 * @see io.cartograph.model.landscape.LandscapePackage#getEndpoint_PreFlow()
	 * @model containment="true"
	 * @generated
	 */
	Flow getPreFlow();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Endpoint#getPreFlow <em>Pre Flow</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pre Flow</em>' containment reference.
	 * @see #getPreFlow()
	 * @generated
	 */
	void setPreFlow(Flow value);

	/**
	 * Returns the value of the '<em><b>Conditional Flows</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.Flow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Run when their condition holds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conditional Flows</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getEndpoint_ConditionalFlows()
	 * @model containment="true"
	 * @generated
	 */
	EList<Flow> getConditionalFlows();

	/**
	 * Returns the value of the '<em><b>Post Flow</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Runs last.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Post Flow</em>' containment reference.
	 * @see #setPostFlow(Flow)
	 * @see io.cartograph.model.landscape.LandscapePackage#getEndpoint_PostFlow()
	 * @model containment="true"
	 * @generated
	 */
	Flow getPostFlow();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Endpoint#getPostFlow <em>Post Flow</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Post Flow</em>' containment reference.
	 * @see #getPostFlow()
	 * @generated
	 */
	void setPostFlow(Flow value);

	/**
	 * Returns the value of the '<em><b>Xml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The endpoint XML as imported; export writes the model's flows into it and keeps the rest (route rules, fault rules, connections, unknown elements) verbatim.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Xml</em>' attribute.
	 * @see #setXml(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getEndpoint_Xml()
	 * @model
	 * @generated
	 */
	String getXml();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Endpoint#getXml <em>Xml</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Xml</em>' attribute.
	 * @see #getXml()
	 * @generated
	 */
	void setXml(String value);

} // Endpoint
