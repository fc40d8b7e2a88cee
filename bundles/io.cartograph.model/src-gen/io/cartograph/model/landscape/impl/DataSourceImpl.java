/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.Authentication;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.Environment;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.Product;
import io.cartograph.model.landscape.Proxy;
import io.cartograph.model.landscape.Task;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.impl.DataSourceImpl#getType <em>Type</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DataSourceImpl#getEnvironment <em>Environment</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DataSourceImpl#getProducts <em>Products</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DataSourceImpl#getFeatures <em>Features</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DataSourceImpl#getHostname <em>Hostname</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DataSourceImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DataSourceImpl#getUrl <em>Url</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DataSourceImpl#getTenant <em>Tenant</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DataSourceImpl#getWorkspace <em>Workspace</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DataSourceImpl#getProjectId <em>Project Id</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DataSourceImpl#getRootUrl <em>Root Url</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DataSourceImpl#getSystemId <em>System Id</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DataSourceImpl#getClient <em>Client</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DataSourceImpl#getRfcDestination <em>Rfc Destination</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DataSourceImpl#getUpdateMode <em>Update Mode</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DataSourceImpl#getTargetField <em>Target Field</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DataSourceImpl#getProxy <em>Proxy</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DataSourceImpl#getAuthentication <em>Authentication</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DataSourceImpl#getTasks <em>Tasks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataSourceImpl extends NamedImpl implements DataSource {
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final DataSourceType TYPE_EDEFAULT = DataSourceType.SAP_BTP;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected DataSourceType type = TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEnvironment() <em>Environment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvironment()
	 * @generated
	 * @ordered
	 */
	protected Environment environment;

	/**
	 * The cached value of the '{@link #getProducts() <em>Products</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProducts()
	 * @generated
	 * @ordered
	 */
	protected EList<Product> products;

	/**
	 * The cached value of the '{@link #getFeatures() <em>Features</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatures()
	 * @generated
	 * @ordered
	 */
	protected EList<String> features;

	/**
	 * The default value of the '{@link #getHostname() <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostname()
	 * @generated
	 * @ordered
	 */
	protected static final String HOSTNAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHostname() <em>Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHostname()
	 * @generated
	 * @ordered
	 */
	protected String hostname = HOSTNAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected String region = REGION_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getTenant() <em>Tenant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTenant()
	 * @generated
	 * @ordered
	 */
	protected static final String TENANT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTenant() <em>Tenant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTenant()
	 * @generated
	 * @ordered
	 */
	protected String tenant = TENANT_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorkspace() <em>Workspace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkspace()
	 * @generated
	 * @ordered
	 */
	protected static final String WORKSPACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWorkspace() <em>Workspace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkspace()
	 * @generated
	 * @ordered
	 */
	protected String workspace = WORKSPACE_EDEFAULT;

	/**
	 * The default value of the '{@link #getProjectId() <em>Project Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjectId()
	 * @generated
	 * @ordered
	 */
	protected static final String PROJECT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProjectId() <em>Project Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjectId()
	 * @generated
	 * @ordered
	 */
	protected String projectId = PROJECT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getRootUrl() <em>Root Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String ROOT_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRootUrl() <em>Root Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootUrl()
	 * @generated
	 * @ordered
	 */
	protected String rootUrl = ROOT_URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSystemId() <em>System Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemId()
	 * @generated
	 * @ordered
	 */
	protected static final String SYSTEM_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSystemId() <em>System Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemId()
	 * @generated
	 * @ordered
	 */
	protected String systemId = SYSTEM_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getClient() <em>Client</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClient()
	 * @generated
	 * @ordered
	 */
	protected static final String CLIENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClient() <em>Client</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClient()
	 * @generated
	 * @ordered
	 */
	protected String client = CLIENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRfcDestination() <em>Rfc Destination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRfcDestination()
	 * @generated
	 * @ordered
	 */
	protected static final String RFC_DESTINATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRfcDestination() <em>Rfc Destination</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRfcDestination()
	 * @generated
	 * @ordered
	 */
	protected String rfcDestination = RFC_DESTINATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpdateMode() <em>Update Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdateMode()
	 * @generated
	 * @ordered
	 */
	protected static final String UPDATE_MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUpdateMode() <em>Update Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpdateMode()
	 * @generated
	 * @ordered
	 */
	protected String updateMode = UPDATE_MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetField() <em>Target Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetField()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_FIELD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetField() <em>Target Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetField()
	 * @generated
	 * @ordered
	 */
	protected String targetField = TARGET_FIELD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProxy() <em>Proxy</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProxy()
	 * @generated
	 * @ordered
	 */
	protected Proxy proxy;

	/**
	 * The cached value of the '{@link #getAuthentication() <em>Authentication</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthentication()
	 * @generated
	 * @ordered
	 */
	protected Authentication authentication;

	/**
	 * The cached value of the '{@link #getTasks() <em>Tasks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTasks()
	 * @generated
	 * @ordered
	 */
	protected EList<Task> tasks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.DATA_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSourceType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(DataSourceType newType) {
		DataSourceType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DATA_SOURCE__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Environment getEnvironment() {
		if (environment != null && environment.eIsProxy()) {
			InternalEObject oldEnvironment = (InternalEObject)environment;
			environment = (Environment)eResolveProxy(oldEnvironment);
			if (environment != oldEnvironment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LandscapePackage.DATA_SOURCE__ENVIRONMENT, oldEnvironment, environment));
			}
		}
		return environment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Environment basicGetEnvironment() {
		return environment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnvironment(Environment newEnvironment) {
		Environment oldEnvironment = environment;
		environment = newEnvironment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DATA_SOURCE__ENVIRONMENT, oldEnvironment, environment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Product> getProducts() {
		if (products == null) {
			products = new EDataTypeUniqueEList<Product>(Product.class, this, LandscapePackage.DATA_SOURCE__PRODUCTS);
		}
		return products;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFeatures() {
		if (features == null) {
			features = new EDataTypeEList<String>(String.class, this, LandscapePackage.DATA_SOURCE__FEATURES);
		}
		return features;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHostname() {
		return hostname;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHostname(String newHostname) {
		String oldHostname = hostname;
		hostname = newHostname;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DATA_SOURCE__HOSTNAME, oldHostname, hostname));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(String newRegion) {
		String oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DATA_SOURCE__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl() {
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl) {
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DATA_SOURCE__URL, oldUrl, url));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTenant() {
		return tenant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTenant(String newTenant) {
		String oldTenant = tenant;
		tenant = newTenant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DATA_SOURCE__TENANT, oldTenant, tenant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWorkspace() {
		return workspace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkspace(String newWorkspace) {
		String oldWorkspace = workspace;
		workspace = newWorkspace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DATA_SOURCE__WORKSPACE, oldWorkspace, workspace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProjectId() {
		return projectId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProjectId(String newProjectId) {
		String oldProjectId = projectId;
		projectId = newProjectId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DATA_SOURCE__PROJECT_ID, oldProjectId, projectId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRootUrl() {
		return rootUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRootUrl(String newRootUrl) {
		String oldRootUrl = rootUrl;
		rootUrl = newRootUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DATA_SOURCE__ROOT_URL, oldRootUrl, rootUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSystemId() {
		return systemId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSystemId(String newSystemId) {
		String oldSystemId = systemId;
		systemId = newSystemId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DATA_SOURCE__SYSTEM_ID, oldSystemId, systemId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClient() {
		return client;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClient(String newClient) {
		String oldClient = client;
		client = newClient;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DATA_SOURCE__CLIENT, oldClient, client));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRfcDestination() {
		return rfcDestination;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRfcDestination(String newRfcDestination) {
		String oldRfcDestination = rfcDestination;
		rfcDestination = newRfcDestination;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DATA_SOURCE__RFC_DESTINATION, oldRfcDestination, rfcDestination));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUpdateMode() {
		return updateMode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdateMode(String newUpdateMode) {
		String oldUpdateMode = updateMode;
		updateMode = newUpdateMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DATA_SOURCE__UPDATE_MODE, oldUpdateMode, updateMode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetField() {
		return targetField;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetField(String newTargetField) {
		String oldTargetField = targetField;
		targetField = newTargetField;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DATA_SOURCE__TARGET_FIELD, oldTargetField, targetField));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Proxy getProxy() {
		if (proxy != null && proxy.eIsProxy()) {
			InternalEObject oldProxy = (InternalEObject)proxy;
			proxy = (Proxy)eResolveProxy(oldProxy);
			if (proxy != oldProxy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LandscapePackage.DATA_SOURCE__PROXY, oldProxy, proxy));
			}
		}
		return proxy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Proxy basicGetProxy() {
		return proxy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProxy(Proxy newProxy) {
		Proxy oldProxy = proxy;
		proxy = newProxy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DATA_SOURCE__PROXY, oldProxy, proxy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Authentication getAuthentication() {
		return authentication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAuthentication(Authentication newAuthentication, NotificationChain msgs) {
		Authentication oldAuthentication = authentication;
		authentication = newAuthentication;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LandscapePackage.DATA_SOURCE__AUTHENTICATION, oldAuthentication, newAuthentication);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthentication(Authentication newAuthentication) {
		if (newAuthentication != authentication) {
			NotificationChain msgs = null;
			if (authentication != null)
				msgs = ((InternalEObject)authentication).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.DATA_SOURCE__AUTHENTICATION, null, msgs);
			if (newAuthentication != null)
				msgs = ((InternalEObject)newAuthentication).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LandscapePackage.DATA_SOURCE__AUTHENTICATION, null, msgs);
			msgs = basicSetAuthentication(newAuthentication, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DATA_SOURCE__AUTHENTICATION, newAuthentication, newAuthentication));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Task> getTasks() {
		if (tasks == null) {
			tasks = new EObjectContainmentEList<Task>(Task.class, this, LandscapePackage.DATA_SOURCE__TASKS);
		}
		return tasks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LandscapePackage.DATA_SOURCE__AUTHENTICATION:
				return basicSetAuthentication(null, msgs);
			case LandscapePackage.DATA_SOURCE__TASKS:
				return ((InternalEList<?>)getTasks()).basicRemove(otherEnd, msgs);
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
			case LandscapePackage.DATA_SOURCE__TYPE:
				return getType();
			case LandscapePackage.DATA_SOURCE__ENVIRONMENT:
				if (resolve) return getEnvironment();
				return basicGetEnvironment();
			case LandscapePackage.DATA_SOURCE__PRODUCTS:
				return getProducts();
			case LandscapePackage.DATA_SOURCE__FEATURES:
				return getFeatures();
			case LandscapePackage.DATA_SOURCE__HOSTNAME:
				return getHostname();
			case LandscapePackage.DATA_SOURCE__REGION:
				return getRegion();
			case LandscapePackage.DATA_SOURCE__URL:
				return getUrl();
			case LandscapePackage.DATA_SOURCE__TENANT:
				return getTenant();
			case LandscapePackage.DATA_SOURCE__WORKSPACE:
				return getWorkspace();
			case LandscapePackage.DATA_SOURCE__PROJECT_ID:
				return getProjectId();
			case LandscapePackage.DATA_SOURCE__ROOT_URL:
				return getRootUrl();
			case LandscapePackage.DATA_SOURCE__SYSTEM_ID:
				return getSystemId();
			case LandscapePackage.DATA_SOURCE__CLIENT:
				return getClient();
			case LandscapePackage.DATA_SOURCE__RFC_DESTINATION:
				return getRfcDestination();
			case LandscapePackage.DATA_SOURCE__UPDATE_MODE:
				return getUpdateMode();
			case LandscapePackage.DATA_SOURCE__TARGET_FIELD:
				return getTargetField();
			case LandscapePackage.DATA_SOURCE__PROXY:
				if (resolve) return getProxy();
				return basicGetProxy();
			case LandscapePackage.DATA_SOURCE__AUTHENTICATION:
				return getAuthentication();
			case LandscapePackage.DATA_SOURCE__TASKS:
				return getTasks();
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
			case LandscapePackage.DATA_SOURCE__TYPE:
				setType((DataSourceType)newValue);
				return;
			case LandscapePackage.DATA_SOURCE__ENVIRONMENT:
				setEnvironment((Environment)newValue);
				return;
			case LandscapePackage.DATA_SOURCE__PRODUCTS:
				getProducts().clear();
				getProducts().addAll((Collection<? extends Product>)newValue);
				return;
			case LandscapePackage.DATA_SOURCE__FEATURES:
				getFeatures().clear();
				getFeatures().addAll((Collection<? extends String>)newValue);
				return;
			case LandscapePackage.DATA_SOURCE__HOSTNAME:
				setHostname((String)newValue);
				return;
			case LandscapePackage.DATA_SOURCE__REGION:
				setRegion((String)newValue);
				return;
			case LandscapePackage.DATA_SOURCE__URL:
				setUrl((String)newValue);
				return;
			case LandscapePackage.DATA_SOURCE__TENANT:
				setTenant((String)newValue);
				return;
			case LandscapePackage.DATA_SOURCE__WORKSPACE:
				setWorkspace((String)newValue);
				return;
			case LandscapePackage.DATA_SOURCE__PROJECT_ID:
				setProjectId((String)newValue);
				return;
			case LandscapePackage.DATA_SOURCE__ROOT_URL:
				setRootUrl((String)newValue);
				return;
			case LandscapePackage.DATA_SOURCE__SYSTEM_ID:
				setSystemId((String)newValue);
				return;
			case LandscapePackage.DATA_SOURCE__CLIENT:
				setClient((String)newValue);
				return;
			case LandscapePackage.DATA_SOURCE__RFC_DESTINATION:
				setRfcDestination((String)newValue);
				return;
			case LandscapePackage.DATA_SOURCE__UPDATE_MODE:
				setUpdateMode((String)newValue);
				return;
			case LandscapePackage.DATA_SOURCE__TARGET_FIELD:
				setTargetField((String)newValue);
				return;
			case LandscapePackage.DATA_SOURCE__PROXY:
				setProxy((Proxy)newValue);
				return;
			case LandscapePackage.DATA_SOURCE__AUTHENTICATION:
				setAuthentication((Authentication)newValue);
				return;
			case LandscapePackage.DATA_SOURCE__TASKS:
				getTasks().clear();
				getTasks().addAll((Collection<? extends Task>)newValue);
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
			case LandscapePackage.DATA_SOURCE__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case LandscapePackage.DATA_SOURCE__ENVIRONMENT:
				setEnvironment((Environment)null);
				return;
			case LandscapePackage.DATA_SOURCE__PRODUCTS:
				getProducts().clear();
				return;
			case LandscapePackage.DATA_SOURCE__FEATURES:
				getFeatures().clear();
				return;
			case LandscapePackage.DATA_SOURCE__HOSTNAME:
				setHostname(HOSTNAME_EDEFAULT);
				return;
			case LandscapePackage.DATA_SOURCE__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case LandscapePackage.DATA_SOURCE__URL:
				setUrl(URL_EDEFAULT);
				return;
			case LandscapePackage.DATA_SOURCE__TENANT:
				setTenant(TENANT_EDEFAULT);
				return;
			case LandscapePackage.DATA_SOURCE__WORKSPACE:
				setWorkspace(WORKSPACE_EDEFAULT);
				return;
			case LandscapePackage.DATA_SOURCE__PROJECT_ID:
				setProjectId(PROJECT_ID_EDEFAULT);
				return;
			case LandscapePackage.DATA_SOURCE__ROOT_URL:
				setRootUrl(ROOT_URL_EDEFAULT);
				return;
			case LandscapePackage.DATA_SOURCE__SYSTEM_ID:
				setSystemId(SYSTEM_ID_EDEFAULT);
				return;
			case LandscapePackage.DATA_SOURCE__CLIENT:
				setClient(CLIENT_EDEFAULT);
				return;
			case LandscapePackage.DATA_SOURCE__RFC_DESTINATION:
				setRfcDestination(RFC_DESTINATION_EDEFAULT);
				return;
			case LandscapePackage.DATA_SOURCE__UPDATE_MODE:
				setUpdateMode(UPDATE_MODE_EDEFAULT);
				return;
			case LandscapePackage.DATA_SOURCE__TARGET_FIELD:
				setTargetField(TARGET_FIELD_EDEFAULT);
				return;
			case LandscapePackage.DATA_SOURCE__PROXY:
				setProxy((Proxy)null);
				return;
			case LandscapePackage.DATA_SOURCE__AUTHENTICATION:
				setAuthentication((Authentication)null);
				return;
			case LandscapePackage.DATA_SOURCE__TASKS:
				getTasks().clear();
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
			case LandscapePackage.DATA_SOURCE__TYPE:
				return type != TYPE_EDEFAULT;
			case LandscapePackage.DATA_SOURCE__ENVIRONMENT:
				return environment != null;
			case LandscapePackage.DATA_SOURCE__PRODUCTS:
				return products != null && !products.isEmpty();
			case LandscapePackage.DATA_SOURCE__FEATURES:
				return features != null && !features.isEmpty();
			case LandscapePackage.DATA_SOURCE__HOSTNAME:
				return HOSTNAME_EDEFAULT == null ? hostname != null : !HOSTNAME_EDEFAULT.equals(hostname);
			case LandscapePackage.DATA_SOURCE__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case LandscapePackage.DATA_SOURCE__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
			case LandscapePackage.DATA_SOURCE__TENANT:
				return TENANT_EDEFAULT == null ? tenant != null : !TENANT_EDEFAULT.equals(tenant);
			case LandscapePackage.DATA_SOURCE__WORKSPACE:
				return WORKSPACE_EDEFAULT == null ? workspace != null : !WORKSPACE_EDEFAULT.equals(workspace);
			case LandscapePackage.DATA_SOURCE__PROJECT_ID:
				return PROJECT_ID_EDEFAULT == null ? projectId != null : !PROJECT_ID_EDEFAULT.equals(projectId);
			case LandscapePackage.DATA_SOURCE__ROOT_URL:
				return ROOT_URL_EDEFAULT == null ? rootUrl != null : !ROOT_URL_EDEFAULT.equals(rootUrl);
			case LandscapePackage.DATA_SOURCE__SYSTEM_ID:
				return SYSTEM_ID_EDEFAULT == null ? systemId != null : !SYSTEM_ID_EDEFAULT.equals(systemId);
			case LandscapePackage.DATA_SOURCE__CLIENT:
				return CLIENT_EDEFAULT == null ? client != null : !CLIENT_EDEFAULT.equals(client);
			case LandscapePackage.DATA_SOURCE__RFC_DESTINATION:
				return RFC_DESTINATION_EDEFAULT == null ? rfcDestination != null : !RFC_DESTINATION_EDEFAULT.equals(rfcDestination);
			case LandscapePackage.DATA_SOURCE__UPDATE_MODE:
				return UPDATE_MODE_EDEFAULT == null ? updateMode != null : !UPDATE_MODE_EDEFAULT.equals(updateMode);
			case LandscapePackage.DATA_SOURCE__TARGET_FIELD:
				return TARGET_FIELD_EDEFAULT == null ? targetField != null : !TARGET_FIELD_EDEFAULT.equals(targetField);
			case LandscapePackage.DATA_SOURCE__PROXY:
				return proxy != null;
			case LandscapePackage.DATA_SOURCE__AUTHENTICATION:
				return authentication != null;
			case LandscapePackage.DATA_SOURCE__TASKS:
				return tasks != null && !tasks.isEmpty();
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
		result.append(" (type: ");
		result.append(type);
		result.append(", products: ");
		result.append(products);
		result.append(", features: ");
		result.append(features);
		result.append(", hostname: ");
		result.append(hostname);
		result.append(", region: ");
		result.append(region);
		result.append(", url: ");
		result.append(url);
		result.append(", tenant: ");
		result.append(tenant);
		result.append(", workspace: ");
		result.append(workspace);
		result.append(", projectId: ");
		result.append(projectId);
		result.append(", rootUrl: ");
		result.append(rootUrl);
		result.append(", systemId: ");
		result.append(systemId);
		result.append(", client: ");
		result.append(client);
		result.append(", rfcDestination: ");
		result.append(rfcDestination);
		result.append(", updateMode: ");
		result.append(updateMode);
		result.append(", targetField: ");
		result.append(targetField);
		result.append(')');
		return result.toString();
	}

} //DataSourceImpl
