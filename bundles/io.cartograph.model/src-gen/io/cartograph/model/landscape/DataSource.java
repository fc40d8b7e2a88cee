/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A platform account Cartograph harvests from, with its connection and tasks.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.DataSource#getType <em>Type</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DataSource#getEnvironment <em>Environment</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DataSource#getProducts <em>Products</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DataSource#getFeatures <em>Features</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DataSource#getHostname <em>Hostname</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DataSource#getRegion <em>Region</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DataSource#getUrl <em>Url</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DataSource#getTenant <em>Tenant</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DataSource#getWorkspace <em>Workspace</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DataSource#getProjectId <em>Project Id</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DataSource#getRootUrl <em>Root Url</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DataSource#getSystemId <em>System Id</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DataSource#getClient <em>Client</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DataSource#getRfcDestination <em>Rfc Destination</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DataSource#getUpdateMode <em>Update Mode</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DataSource#getTargetField <em>Target Field</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DataSource#getProxy <em>Proxy</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DataSource#getAuthentication <em>Authentication</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DataSource#getTasks <em>Tasks</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getDataSource()
 * @model
 * @generated
 */
public interface DataSource extends Named {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cartograph.model.landscape.DataSourceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The platform.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see io.cartograph.model.landscape.DataSourceType
	 * @see #setType(DataSourceType)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDataSource_Type()
	 * @model
	 * @generated
	 */
	DataSourceType getType();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DataSource#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see io.cartograph.model.landscape.DataSourceType
	 * @see #getType()
	 * @generated
	 */
	void setType(DataSourceType value);

	/**
	 * Returns the value of the '<em><b>Environment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Environment whose artifacts it harvests.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Environment</em>' reference.
	 * @see #setEnvironment(Environment)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDataSource_Environment()
	 * @model
	 * @generated
	 */
	Environment getEnvironment();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DataSource#getEnvironment <em>Environment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Environment</em>' reference.
	 * @see #getEnvironment()
	 * @generated
	 */
	void setEnvironment(Environment value);

	/**
	 * Returns the value of the '<em><b>Products</b></em>' attribute list.
	 * The list contents are of type {@link io.cartograph.model.landscape.Product}.
	 * The literals are from the enumeration {@link io.cartograph.model.landscape.Product}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Products of the platform it reads.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Products</em>' attribute list.
	 * @see io.cartograph.model.landscape.Product
	 * @see io.cartograph.model.landscape.LandscapePackage#getDataSource_Products()
	 * @model
	 * @generated
	 */
	EList<Product> getProducts();

	/**
	 * Returns the value of the '<em><b>Features</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional features switched on for it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Features</em>' attribute list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getDataSource_Features()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getFeatures();

	/**
	 * Returns the value of the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Host name of the platform's API.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hostname</em>' attribute.
	 * @see #setHostname(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDataSource_Hostname()
	 * @model
	 * @generated
	 */
	String getHostname();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DataSource#getHostname <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hostname</em>' attribute.
	 * @see #getHostname()
	 * @generated
	 */
	void setHostname(String value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Region, for cloud platforms.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDataSource_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DataSource#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Base URL of the API.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDataSource_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DataSource#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Tenant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tenant or subaccount.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tenant</em>' attribute.
	 * @see #setTenant(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDataSource_Tenant()
	 * @model
	 * @generated
	 */
	String getTenant();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DataSource#getTenant <em>Tenant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tenant</em>' attribute.
	 * @see #getTenant()
	 * @generated
	 */
	void setTenant(String value);

	/**
	 * Returns the value of the '<em><b>Workspace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Workspace (e.g. for LeanIX).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Workspace</em>' attribute.
	 * @see #setWorkspace(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDataSource_Workspace()
	 * @model
	 * @generated
	 */
	String getWorkspace();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DataSource#getWorkspace <em>Workspace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Workspace</em>' attribute.
	 * @see #getWorkspace()
	 * @generated
	 */
	void setWorkspace(String value);

	/**
	 * Returns the value of the '<em><b>Project Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Project id (e.g. for Jira).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Project Id</em>' attribute.
	 * @see #setProjectId(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDataSource_ProjectId()
	 * @model
	 * @generated
	 */
	String getProjectId();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DataSource#getProjectId <em>Project Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Project Id</em>' attribute.
	 * @see #getProjectId()
	 * @generated
	 */
	void setProjectId(String value);

	/**
	 * Returns the value of the '<em><b>Root Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Root URL (e.g. for Confluence).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Root Url</em>' attribute.
	 * @see #setRootUrl(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDataSource_RootUrl()
	 * @model
	 * @generated
	 */
	String getRootUrl();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DataSource#getRootUrl <em>Root Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root Url</em>' attribute.
	 * @see #getRootUrl()
	 * @generated
	 */
	void setRootUrl(String value);

	/**
	 * Returns the value of the '<em><b>System Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SAP system id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>System Id</em>' attribute.
	 * @see #setSystemId(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDataSource_SystemId()
	 * @model
	 * @generated
	 */
	String getSystemId();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DataSource#getSystemId <em>System Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System Id</em>' attribute.
	 * @see #getSystemId()
	 * @generated
	 */
	void setSystemId(String value);

	/**
	 * Returns the value of the '<em><b>Client</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SAP client.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Client</em>' attribute.
	 * @see #setClient(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDataSource_Client()
	 * @model
	 * @generated
	 */
	String getClient();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DataSource#getClient <em>Client</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client</em>' attribute.
	 * @see #getClient()
	 * @generated
	 */
	void setClient(String value);

	/**
	 * Returns the value of the '<em><b>Rfc Destination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RFC destination.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rfc Destination</em>' attribute.
	 * @see #setRfcDestination(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDataSource_RfcDestination()
	 * @model
	 * @generated
	 */
	String getRfcDestination();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DataSource#getRfcDestination <em>Rfc Destination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rfc Destination</em>' attribute.
	 * @see #getRfcDestination()
	 * @generated
	 */
	void setRfcDestination(String value);

	/**
	 * Returns the value of the '<em><b>Update Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How UPDATE tasks write back.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Update Mode</em>' attribute.
	 * @see #setUpdateMode(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDataSource_UpdateMode()
	 * @model
	 * @generated
	 */
	String getUpdateMode();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DataSource#getUpdateMode <em>Update Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Update Mode</em>' attribute.
	 * @see #getUpdateMode()
	 * @generated
	 */
	void setUpdateMode(String value);

	/**
	 * Returns the value of the '<em><b>Target Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Field that UPDATE tasks write to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Field</em>' attribute.
	 * @see #setTargetField(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDataSource_TargetField()
	 * @model
	 * @generated
	 */
	String getTargetField();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DataSource#getTargetField <em>Target Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Field</em>' attribute.
	 * @see #getTargetField()
	 * @generated
	 */
	void setTargetField(String value);

	/**
	 * Returns the value of the '<em><b>Proxy</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Proxy to connect through, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Proxy</em>' reference.
	 * @see #setProxy(Proxy)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDataSource_Proxy()
	 * @model
	 * @generated
	 */
	Proxy getProxy();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DataSource#getProxy <em>Proxy</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proxy</em>' reference.
	 * @see #getProxy()
	 * @generated
	 */
	void setProxy(Proxy value);

	/**
	 * Returns the value of the '<em><b>Authentication</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How to authenticate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Authentication</em>' containment reference.
	 * @see #setAuthentication(Authentication)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDataSource_Authentication()
	 * @model containment="true"
	 * @generated
	 */
	Authentication getAuthentication();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DataSource#getAuthentication <em>Authentication</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Authentication</em>' containment reference.
	 * @see #getAuthentication()
	 * @generated
	 */
	void setAuthentication(Authentication value);

	/**
	 * Returns the value of the '<em><b>Tasks</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.Task}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tasks that run against it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tasks</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getDataSource_Tasks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Task> getTasks();

} // DataSource
