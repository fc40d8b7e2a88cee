/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.ComplexityClass;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.Environment;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interface</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.impl.InterfaceImpl#getExternalId <em>External Id</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.InterfaceImpl#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.InterfaceImpl#getEnvironment <em>Environment</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.InterfaceImpl#getType <em>Type</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.InterfaceImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.InterfaceImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.InterfaceImpl#getOriginalSender <em>Original Sender</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.InterfaceImpl#getOriginalReceiver <em>Original Receiver</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.InterfaceImpl#getSender <em>Sender</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.InterfaceImpl#getReceiver <em>Receiver</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.InterfaceImpl#isSenderSetByHand <em>Sender Set By Hand</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.InterfaceImpl#isReceiverSetByHand <em>Receiver Set By Hand</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.InterfaceImpl#getAdapters <em>Adapters</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.InterfaceImpl#getAuthenticationMethods <em>Authentication Methods</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.InterfaceImpl#getComplexity <em>Complexity</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.InterfaceImpl#getLastTraffic <em>Last Traffic</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.InterfaceImpl#isNotFoundInLastRun <em>Not Found In Last Run</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.InterfaceImpl#getBusinessObjects <em>Business Objects</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterfaceImpl extends PropertyHolderImpl implements Interface {
	/**
	 * The default value of the '{@link #getExternalId() <em>External Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalId()
	 * @generated
	 * @ordered
	 */
	protected static final String EXTERNAL_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExternalId() <em>External Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalId()
	 * @generated
	 * @ordered
	 */
	protected String externalId = EXTERNAL_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDataSource() <em>Data Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSource()
	 * @generated
	 * @ordered
	 */
	protected DataSource dataSource;

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
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected String type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final String STATUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected String status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getOriginalSender() <em>Original Sender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalSender()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGINAL_SENDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOriginalSender() <em>Original Sender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalSender()
	 * @generated
	 * @ordered
	 */
	protected String originalSender = ORIGINAL_SENDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getOriginalReceiver() <em>Original Receiver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalReceiver()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGINAL_RECEIVER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOriginalReceiver() <em>Original Receiver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalReceiver()
	 * @generated
	 * @ordered
	 */
	protected String originalReceiver = ORIGINAL_RECEIVER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSender() <em>Sender</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSender()
	 * @generated
	 * @ordered
	 */
	protected LandscapeSystem sender;

	/**
	 * The cached value of the '{@link #getReceiver() <em>Receiver</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceiver()
	 * @generated
	 * @ordered
	 */
	protected LandscapeSystem receiver;

	/**
	 * The default value of the '{@link #isSenderSetByHand() <em>Sender Set By Hand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSenderSetByHand()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SENDER_SET_BY_HAND_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSenderSetByHand() <em>Sender Set By Hand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSenderSetByHand()
	 * @generated
	 * @ordered
	 */
	protected boolean senderSetByHand = SENDER_SET_BY_HAND_EDEFAULT;

	/**
	 * The default value of the '{@link #isReceiverSetByHand() <em>Receiver Set By Hand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReceiverSetByHand()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RECEIVER_SET_BY_HAND_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isReceiverSetByHand() <em>Receiver Set By Hand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReceiverSetByHand()
	 * @generated
	 * @ordered
	 */
	protected boolean receiverSetByHand = RECEIVER_SET_BY_HAND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAdapters() <em>Adapters</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdapters()
	 * @generated
	 * @ordered
	 */
	protected EList<String> adapters;

	/**
	 * The cached value of the '{@link #getAuthenticationMethods() <em>Authentication Methods</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthenticationMethods()
	 * @generated
	 * @ordered
	 */
	protected EList<String> authenticationMethods;

	/**
	 * The default value of the '{@link #getComplexity() <em>Complexity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplexity()
	 * @generated
	 * @ordered
	 */
	protected static final ComplexityClass COMPLEXITY_EDEFAULT = ComplexityClass.UNKNOWN;

	/**
	 * The cached value of the '{@link #getComplexity() <em>Complexity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplexity()
	 * @generated
	 * @ordered
	 */
	protected ComplexityClass complexity = COMPLEXITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastTraffic() <em>Last Traffic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastTraffic()
	 * @generated
	 * @ordered
	 */
	protected static final Date LAST_TRAFFIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastTraffic() <em>Last Traffic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastTraffic()
	 * @generated
	 * @ordered
	 */
	protected Date lastTraffic = LAST_TRAFFIC_EDEFAULT;

	/**
	 * The default value of the '{@link #isNotFoundInLastRun() <em>Not Found In Last Run</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotFoundInLastRun()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NOT_FOUND_IN_LAST_RUN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNotFoundInLastRun() <em>Not Found In Last Run</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotFoundInLastRun()
	 * @generated
	 * @ordered
	 */
	protected boolean notFoundInLastRun = NOT_FOUND_IN_LAST_RUN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBusinessObjects() <em>Business Objects</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessObjects()
	 * @generated
	 * @ordered
	 */
	protected EList<BusinessObject> businessObjects;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InterfaceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.INTERFACE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExternalId() {
		return externalId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExternalId(String newExternalId) {
		String oldExternalId = externalId;
		externalId = newExternalId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.INTERFACE__EXTERNAL_ID, oldExternalId, externalId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSource getDataSource() {
		if (dataSource != null && dataSource.eIsProxy()) {
			InternalEObject oldDataSource = (InternalEObject)dataSource;
			dataSource = (DataSource)eResolveProxy(oldDataSource);
			if (dataSource != oldDataSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LandscapePackage.INTERFACE__DATA_SOURCE, oldDataSource, dataSource));
			}
		}
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataSource basicGetDataSource() {
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataSource(DataSource newDataSource) {
		DataSource oldDataSource = dataSource;
		dataSource = newDataSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.INTERFACE__DATA_SOURCE, oldDataSource, dataSource));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LandscapePackage.INTERFACE__ENVIRONMENT, oldEnvironment, environment));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.INTERFACE__ENVIRONMENT, oldEnvironment, environment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(String newType) {
		String oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.INTERFACE__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.INTERFACE__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(String newStatus) {
		String oldStatus = status;
		status = newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.INTERFACE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOriginalSender() {
		return originalSender;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginalSender(String newOriginalSender) {
		String oldOriginalSender = originalSender;
		originalSender = newOriginalSender;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.INTERFACE__ORIGINAL_SENDER, oldOriginalSender, originalSender));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOriginalReceiver() {
		return originalReceiver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginalReceiver(String newOriginalReceiver) {
		String oldOriginalReceiver = originalReceiver;
		originalReceiver = newOriginalReceiver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.INTERFACE__ORIGINAL_RECEIVER, oldOriginalReceiver, originalReceiver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LandscapeSystem getSender() {
		if (sender != null && sender.eIsProxy()) {
			InternalEObject oldSender = (InternalEObject)sender;
			sender = (LandscapeSystem)eResolveProxy(oldSender);
			if (sender != oldSender) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LandscapePackage.INTERFACE__SENDER, oldSender, sender));
			}
		}
		return sender;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LandscapeSystem basicGetSender() {
		return sender;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSender(LandscapeSystem newSender) {
		LandscapeSystem oldSender = sender;
		sender = newSender;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.INTERFACE__SENDER, oldSender, sender));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LandscapeSystem getReceiver() {
		if (receiver != null && receiver.eIsProxy()) {
			InternalEObject oldReceiver = (InternalEObject)receiver;
			receiver = (LandscapeSystem)eResolveProxy(oldReceiver);
			if (receiver != oldReceiver) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LandscapePackage.INTERFACE__RECEIVER, oldReceiver, receiver));
			}
		}
		return receiver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LandscapeSystem basicGetReceiver() {
		return receiver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceiver(LandscapeSystem newReceiver) {
		LandscapeSystem oldReceiver = receiver;
		receiver = newReceiver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.INTERFACE__RECEIVER, oldReceiver, receiver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSenderSetByHand() {
		return senderSetByHand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSenderSetByHand(boolean newSenderSetByHand) {
		boolean oldSenderSetByHand = senderSetByHand;
		senderSetByHand = newSenderSetByHand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.INTERFACE__SENDER_SET_BY_HAND, oldSenderSetByHand, senderSetByHand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReceiverSetByHand() {
		return receiverSetByHand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceiverSetByHand(boolean newReceiverSetByHand) {
		boolean oldReceiverSetByHand = receiverSetByHand;
		receiverSetByHand = newReceiverSetByHand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.INTERFACE__RECEIVER_SET_BY_HAND, oldReceiverSetByHand, receiverSetByHand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAdapters() {
		if (adapters == null) {
			adapters = new EDataTypeEList<String>(String.class, this, LandscapePackage.INTERFACE__ADAPTERS);
		}
		return adapters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAuthenticationMethods() {
		if (authenticationMethods == null) {
			authenticationMethods = new EDataTypeEList<String>(String.class, this, LandscapePackage.INTERFACE__AUTHENTICATION_METHODS);
		}
		return authenticationMethods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComplexityClass getComplexity() {
		return complexity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComplexity(ComplexityClass newComplexity) {
		ComplexityClass oldComplexity = complexity;
		complexity = newComplexity == null ? COMPLEXITY_EDEFAULT : newComplexity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.INTERFACE__COMPLEXITY, oldComplexity, complexity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastTraffic() {
		return lastTraffic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastTraffic(Date newLastTraffic) {
		Date oldLastTraffic = lastTraffic;
		lastTraffic = newLastTraffic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.INTERFACE__LAST_TRAFFIC, oldLastTraffic, lastTraffic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNotFoundInLastRun() {
		return notFoundInLastRun;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotFoundInLastRun(boolean newNotFoundInLastRun) {
		boolean oldNotFoundInLastRun = notFoundInLastRun;
		notFoundInLastRun = newNotFoundInLastRun;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.INTERFACE__NOT_FOUND_IN_LAST_RUN, oldNotFoundInLastRun, notFoundInLastRun));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BusinessObject> getBusinessObjects() {
		if (businessObjects == null) {
			businessObjects = new EObjectResolvingEList<BusinessObject>(BusinessObject.class, this, LandscapePackage.INTERFACE__BUSINESS_OBJECTS);
		}
		return businessObjects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LandscapePackage.INTERFACE__EXTERNAL_ID:
				return getExternalId();
			case LandscapePackage.INTERFACE__DATA_SOURCE:
				if (resolve) return getDataSource();
				return basicGetDataSource();
			case LandscapePackage.INTERFACE__ENVIRONMENT:
				if (resolve) return getEnvironment();
				return basicGetEnvironment();
			case LandscapePackage.INTERFACE__TYPE:
				return getType();
			case LandscapePackage.INTERFACE__VERSION:
				return getVersion();
			case LandscapePackage.INTERFACE__STATUS:
				return getStatus();
			case LandscapePackage.INTERFACE__ORIGINAL_SENDER:
				return getOriginalSender();
			case LandscapePackage.INTERFACE__ORIGINAL_RECEIVER:
				return getOriginalReceiver();
			case LandscapePackage.INTERFACE__SENDER:
				if (resolve) return getSender();
				return basicGetSender();
			case LandscapePackage.INTERFACE__RECEIVER:
				if (resolve) return getReceiver();
				return basicGetReceiver();
			case LandscapePackage.INTERFACE__SENDER_SET_BY_HAND:
				return isSenderSetByHand();
			case LandscapePackage.INTERFACE__RECEIVER_SET_BY_HAND:
				return isReceiverSetByHand();
			case LandscapePackage.INTERFACE__ADAPTERS:
				return getAdapters();
			case LandscapePackage.INTERFACE__AUTHENTICATION_METHODS:
				return getAuthenticationMethods();
			case LandscapePackage.INTERFACE__COMPLEXITY:
				return getComplexity();
			case LandscapePackage.INTERFACE__LAST_TRAFFIC:
				return getLastTraffic();
			case LandscapePackage.INTERFACE__NOT_FOUND_IN_LAST_RUN:
				return isNotFoundInLastRun();
			case LandscapePackage.INTERFACE__BUSINESS_OBJECTS:
				return getBusinessObjects();
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
			case LandscapePackage.INTERFACE__EXTERNAL_ID:
				setExternalId((String)newValue);
				return;
			case LandscapePackage.INTERFACE__DATA_SOURCE:
				setDataSource((DataSource)newValue);
				return;
			case LandscapePackage.INTERFACE__ENVIRONMENT:
				setEnvironment((Environment)newValue);
				return;
			case LandscapePackage.INTERFACE__TYPE:
				setType((String)newValue);
				return;
			case LandscapePackage.INTERFACE__VERSION:
				setVersion((String)newValue);
				return;
			case LandscapePackage.INTERFACE__STATUS:
				setStatus((String)newValue);
				return;
			case LandscapePackage.INTERFACE__ORIGINAL_SENDER:
				setOriginalSender((String)newValue);
				return;
			case LandscapePackage.INTERFACE__ORIGINAL_RECEIVER:
				setOriginalReceiver((String)newValue);
				return;
			case LandscapePackage.INTERFACE__SENDER:
				setSender((LandscapeSystem)newValue);
				return;
			case LandscapePackage.INTERFACE__RECEIVER:
				setReceiver((LandscapeSystem)newValue);
				return;
			case LandscapePackage.INTERFACE__SENDER_SET_BY_HAND:
				setSenderSetByHand((Boolean)newValue);
				return;
			case LandscapePackage.INTERFACE__RECEIVER_SET_BY_HAND:
				setReceiverSetByHand((Boolean)newValue);
				return;
			case LandscapePackage.INTERFACE__ADAPTERS:
				getAdapters().clear();
				getAdapters().addAll((Collection<? extends String>)newValue);
				return;
			case LandscapePackage.INTERFACE__AUTHENTICATION_METHODS:
				getAuthenticationMethods().clear();
				getAuthenticationMethods().addAll((Collection<? extends String>)newValue);
				return;
			case LandscapePackage.INTERFACE__COMPLEXITY:
				setComplexity((ComplexityClass)newValue);
				return;
			case LandscapePackage.INTERFACE__LAST_TRAFFIC:
				setLastTraffic((Date)newValue);
				return;
			case LandscapePackage.INTERFACE__NOT_FOUND_IN_LAST_RUN:
				setNotFoundInLastRun((Boolean)newValue);
				return;
			case LandscapePackage.INTERFACE__BUSINESS_OBJECTS:
				getBusinessObjects().clear();
				getBusinessObjects().addAll((Collection<? extends BusinessObject>)newValue);
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
			case LandscapePackage.INTERFACE__EXTERNAL_ID:
				setExternalId(EXTERNAL_ID_EDEFAULT);
				return;
			case LandscapePackage.INTERFACE__DATA_SOURCE:
				setDataSource((DataSource)null);
				return;
			case LandscapePackage.INTERFACE__ENVIRONMENT:
				setEnvironment((Environment)null);
				return;
			case LandscapePackage.INTERFACE__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case LandscapePackage.INTERFACE__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case LandscapePackage.INTERFACE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case LandscapePackage.INTERFACE__ORIGINAL_SENDER:
				setOriginalSender(ORIGINAL_SENDER_EDEFAULT);
				return;
			case LandscapePackage.INTERFACE__ORIGINAL_RECEIVER:
				setOriginalReceiver(ORIGINAL_RECEIVER_EDEFAULT);
				return;
			case LandscapePackage.INTERFACE__SENDER:
				setSender((LandscapeSystem)null);
				return;
			case LandscapePackage.INTERFACE__RECEIVER:
				setReceiver((LandscapeSystem)null);
				return;
			case LandscapePackage.INTERFACE__SENDER_SET_BY_HAND:
				setSenderSetByHand(SENDER_SET_BY_HAND_EDEFAULT);
				return;
			case LandscapePackage.INTERFACE__RECEIVER_SET_BY_HAND:
				setReceiverSetByHand(RECEIVER_SET_BY_HAND_EDEFAULT);
				return;
			case LandscapePackage.INTERFACE__ADAPTERS:
				getAdapters().clear();
				return;
			case LandscapePackage.INTERFACE__AUTHENTICATION_METHODS:
				getAuthenticationMethods().clear();
				return;
			case LandscapePackage.INTERFACE__COMPLEXITY:
				setComplexity(COMPLEXITY_EDEFAULT);
				return;
			case LandscapePackage.INTERFACE__LAST_TRAFFIC:
				setLastTraffic(LAST_TRAFFIC_EDEFAULT);
				return;
			case LandscapePackage.INTERFACE__NOT_FOUND_IN_LAST_RUN:
				setNotFoundInLastRun(NOT_FOUND_IN_LAST_RUN_EDEFAULT);
				return;
			case LandscapePackage.INTERFACE__BUSINESS_OBJECTS:
				getBusinessObjects().clear();
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
			case LandscapePackage.INTERFACE__EXTERNAL_ID:
				return EXTERNAL_ID_EDEFAULT == null ? externalId != null : !EXTERNAL_ID_EDEFAULT.equals(externalId);
			case LandscapePackage.INTERFACE__DATA_SOURCE:
				return dataSource != null;
			case LandscapePackage.INTERFACE__ENVIRONMENT:
				return environment != null;
			case LandscapePackage.INTERFACE__TYPE:
				return TYPE_EDEFAULT == null ? type != null : !TYPE_EDEFAULT.equals(type);
			case LandscapePackage.INTERFACE__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case LandscapePackage.INTERFACE__STATUS:
				return STATUS_EDEFAULT == null ? status != null : !STATUS_EDEFAULT.equals(status);
			case LandscapePackage.INTERFACE__ORIGINAL_SENDER:
				return ORIGINAL_SENDER_EDEFAULT == null ? originalSender != null : !ORIGINAL_SENDER_EDEFAULT.equals(originalSender);
			case LandscapePackage.INTERFACE__ORIGINAL_RECEIVER:
				return ORIGINAL_RECEIVER_EDEFAULT == null ? originalReceiver != null : !ORIGINAL_RECEIVER_EDEFAULT.equals(originalReceiver);
			case LandscapePackage.INTERFACE__SENDER:
				return sender != null;
			case LandscapePackage.INTERFACE__RECEIVER:
				return receiver != null;
			case LandscapePackage.INTERFACE__SENDER_SET_BY_HAND:
				return senderSetByHand != SENDER_SET_BY_HAND_EDEFAULT;
			case LandscapePackage.INTERFACE__RECEIVER_SET_BY_HAND:
				return receiverSetByHand != RECEIVER_SET_BY_HAND_EDEFAULT;
			case LandscapePackage.INTERFACE__ADAPTERS:
				return adapters != null && !adapters.isEmpty();
			case LandscapePackage.INTERFACE__AUTHENTICATION_METHODS:
				return authenticationMethods != null && !authenticationMethods.isEmpty();
			case LandscapePackage.INTERFACE__COMPLEXITY:
				return complexity != COMPLEXITY_EDEFAULT;
			case LandscapePackage.INTERFACE__LAST_TRAFFIC:
				return LAST_TRAFFIC_EDEFAULT == null ? lastTraffic != null : !LAST_TRAFFIC_EDEFAULT.equals(lastTraffic);
			case LandscapePackage.INTERFACE__NOT_FOUND_IN_LAST_RUN:
				return notFoundInLastRun != NOT_FOUND_IN_LAST_RUN_EDEFAULT;
			case LandscapePackage.INTERFACE__BUSINESS_OBJECTS:
				return businessObjects != null && !businessObjects.isEmpty();
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
		result.append(" (externalId: ");
		result.append(externalId);
		result.append(", type: ");
		result.append(type);
		result.append(", version: ");
		result.append(version);
		result.append(", status: ");
		result.append(status);
		result.append(", originalSender: ");
		result.append(originalSender);
		result.append(", originalReceiver: ");
		result.append(originalReceiver);
		result.append(", senderSetByHand: ");
		result.append(senderSetByHand);
		result.append(", receiverSetByHand: ");
		result.append(receiverSetByHand);
		result.append(", adapters: ");
		result.append(adapters);
		result.append(", authenticationMethods: ");
		result.append(authenticationMethods);
		result.append(", complexity: ");
		result.append(complexity);
		result.append(", lastTraffic: ");
		result.append(lastTraffic);
		result.append(", notFoundInLastRun: ");
		result.append(notFoundInLastRun);
		result.append(')');
		return result.toString();
	}

} //InterfaceImpl
