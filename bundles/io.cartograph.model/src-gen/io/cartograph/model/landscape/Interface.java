/**
 */
package io.cartograph.model.landscape;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interface</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An interface (integration flow, API, service) as harvested from a platform and enriched by people.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.Interface#getExternalId <em>External Id</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Interface#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Interface#getEnvironment <em>Environment</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Interface#getType <em>Type</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Interface#getVersion <em>Version</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Interface#getStatus <em>Status</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Interface#getOriginalSender <em>Original Sender</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Interface#getOriginalReceiver <em>Original Receiver</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Interface#getSender <em>Sender</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Interface#getReceiver <em>Receiver</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Interface#isSenderSetByHand <em>Sender Set By Hand</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Interface#isReceiverSetByHand <em>Receiver Set By Hand</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Interface#getAdapters <em>Adapters</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Interface#getAuthenticationMethods <em>Authentication Methods</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Interface#getComplexity <em>Complexity</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Interface#getLastTraffic <em>Last Traffic</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Interface#isNotFoundInLastRun <em>Not Found In Last Run</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Interface#getBusinessObjects <em>Business Objects</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getInterface()
 * @model
 * @generated
 */
public interface Interface extends PropertyHolder {
	/**
	 * Returns the value of the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the artifact on its platform; re-harvesting matches on it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External Id</em>' attribute.
	 * @see #setExternalId(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getInterface_ExternalId()
	 * @model
	 * @generated
	 */
	String getExternalId();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Interface#getExternalId <em>External Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External Id</em>' attribute.
	 * @see #getExternalId()
	 * @generated
	 */
	void setExternalId(String value);

	/**
	 * Returns the value of the '<em><b>Data Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data source that harvested it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Source</em>' reference.
	 * @see #setDataSource(DataSource)
	 * @see io.cartograph.model.landscape.LandscapePackage#getInterface_DataSource()
	 * @model
	 * @generated
	 */
	DataSource getDataSource();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Interface#getDataSource <em>Data Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Source</em>' reference.
	 * @see #getDataSource()
	 * @generated
	 */
	void setDataSource(DataSource value);

	/**
	 * Returns the value of the '<em><b>Environment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Environment it runs in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Environment</em>' reference.
	 * @see #setEnvironment(Environment)
	 * @see io.cartograph.model.landscape.LandscapePackage#getInterface_Environment()
	 * @model
	 * @generated
	 */
	Environment getEnvironment();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Interface#getEnvironment <em>Environment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Environment</em>' reference.
	 * @see #getEnvironment()
	 * @generated
	 */
	void setEnvironment(Environment value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of artifact, e.g. Integration Flow or API Proxy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see #setType(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getInterface_Type()
	 * @model
	 * @generated
	 */
	String getType();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Interface#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see #getType()
	 * @generated
	 */
	void setType(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version on the platform.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getInterface_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Interface#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Runtime status on the platform, e.g. STARTED.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see #setStatus(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getInterface_Status()
	 * @model
	 * @generated
	 */
	String getStatus();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Interface#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(String value);

	/**
	 * Returns the value of the '<em><b>Original Sender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sender as the platform reported it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Original Sender</em>' attribute.
	 * @see #setOriginalSender(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getInterface_OriginalSender()
	 * @model
	 * @generated
	 */
	String getOriginalSender();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Interface#getOriginalSender <em>Original Sender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original Sender</em>' attribute.
	 * @see #getOriginalSender()
	 * @generated
	 */
	void setOriginalSender(String value);

	/**
	 * Returns the value of the '<em><b>Original Receiver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Receiver as the platform reported it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Original Receiver</em>' attribute.
	 * @see #setOriginalReceiver(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getInterface_OriginalReceiver()
	 * @model
	 * @generated
	 */
	String getOriginalReceiver();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Interface#getOriginalReceiver <em>Original Receiver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original Receiver</em>' attribute.
	 * @see #getOriginalReceiver()
	 * @generated
	 */
	void setOriginalReceiver(String value);

	/**
	 * Returns the value of the '<em><b>Sender</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Harmonized sender system.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sender</em>' reference.
	 * @see #setSender(LandscapeSystem)
	 * @see io.cartograph.model.landscape.LandscapePackage#getInterface_Sender()
	 * @model
	 * @generated
	 */
	LandscapeSystem getSender();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Interface#getSender <em>Sender</em>}' reference.
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
	 * Harmonized receiver system.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Receiver</em>' reference.
	 * @see #setReceiver(LandscapeSystem)
	 * @see io.cartograph.model.landscape.LandscapePackage#getInterface_Receiver()
	 * @model
	 * @generated
	 */
	LandscapeSystem getReceiver();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Interface#getReceiver <em>Receiver</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Receiver</em>' reference.
	 * @see #getReceiver()
	 * @generated
	 */
	void setReceiver(LandscapeSystem value);

	/**
	 * Returns the value of the '<em><b>Sender Set By Hand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when a person chose the sender; rules then leave it alone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sender Set By Hand</em>' attribute.
	 * @see #setSenderSetByHand(boolean)
	 * @see io.cartograph.model.landscape.LandscapePackage#getInterface_SenderSetByHand()
	 * @model
	 * @generated
	 */
	boolean isSenderSetByHand();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Interface#isSenderSetByHand <em>Sender Set By Hand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sender Set By Hand</em>' attribute.
	 * @see #isSenderSetByHand()
	 * @generated
	 */
	void setSenderSetByHand(boolean value);

	/**
	 * Returns the value of the '<em><b>Receiver Set By Hand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when a person chose the receiver; rules then leave it alone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Receiver Set By Hand</em>' attribute.
	 * @see #setReceiverSetByHand(boolean)
	 * @see io.cartograph.model.landscape.LandscapePackage#getInterface_ReceiverSetByHand()
	 * @model
	 * @generated
	 */
	boolean isReceiverSetByHand();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Interface#isReceiverSetByHand <em>Receiver Set By Hand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Receiver Set By Hand</em>' attribute.
	 * @see #isReceiverSetByHand()
	 * @generated
	 */
	void setReceiverSetByHand(boolean value);

	/**
	 * Returns the value of the '<em><b>Adapters</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Adapters used, e.g. HTTPS, IDOC, SOAP.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adapters</em>' attribute list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getInterface_Adapters()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getAdapters();

	/**
	 * Returns the value of the '<em><b>Authentication Methods</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Authentication methods used, e.g. OAuth2, Basic.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Authentication Methods</em>' attribute list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getInterface_AuthenticationMethods()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getAuthenticationMethods();

	/**
	 * Returns the value of the '<em><b>Complexity</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cartograph.model.landscape.ComplexityClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Complexity class from the implementation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Complexity</em>' attribute.
	 * @see io.cartograph.model.landscape.ComplexityClass
	 * @see #setComplexity(ComplexityClass)
	 * @see io.cartograph.model.landscape.LandscapePackage#getInterface_Complexity()
	 * @model
	 * @generated
	 */
	ComplexityClass getComplexity();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Interface#getComplexity <em>Complexity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Complexity</em>' attribute.
	 * @see io.cartograph.model.landscape.ComplexityClass
	 * @see #getComplexity()
	 * @generated
	 */
	void setComplexity(ComplexityClass value);

	/**
	 * Returns the value of the '<em><b>Last Traffic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the interface last processed a message.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Traffic</em>' attribute.
	 * @see #setLastTraffic(Date)
	 * @see io.cartograph.model.landscape.LandscapePackage#getInterface_LastTraffic()
	 * @model
	 * @generated
	 */
	Date getLastTraffic();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Interface#getLastTraffic <em>Last Traffic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Traffic</em>' attribute.
	 * @see #getLastTraffic()
	 * @generated
	 */
	void setLastTraffic(Date value);

	/**
	 * Returns the value of the '<em><b>Not Found In Last Run</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the last harvest no longer found it on the platform.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Not Found In Last Run</em>' attribute.
	 * @see #setNotFoundInLastRun(boolean)
	 * @see io.cartograph.model.landscape.LandscapePackage#getInterface_NotFoundInLastRun()
	 * @model
	 * @generated
	 */
	boolean isNotFoundInLastRun();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Interface#isNotFoundInLastRun <em>Not Found In Last Run</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Found In Last Run</em>' attribute.
	 * @see #isNotFoundInLastRun()
	 * @generated
	 */
	void setNotFoundInLastRun(boolean value);

	/**
	 * Returns the value of the '<em><b>Business Objects</b></em>' reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.BusinessObject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Business objects it carries.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Business Objects</em>' reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getInterface_BusinessObjects()
	 * @model
	 * @generated
	 */
	EList<BusinessObject> getBusinessObjects();

} // Interface
