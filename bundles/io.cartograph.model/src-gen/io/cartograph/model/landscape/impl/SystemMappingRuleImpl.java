/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.SystemMappingRule;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>System Mapping Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.impl.SystemMappingRuleImpl#getInterfacePattern <em>Interface Pattern</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.SystemMappingRuleImpl#getOriginalSystem <em>Original System</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.SystemMappingRuleImpl#getHarmonizedSystem <em>Harmonized System</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.SystemMappingRuleImpl#getDataSourceFilter <em>Data Source Filter</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.SystemMappingRuleImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.SystemMappingRuleImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SystemMappingRuleImpl extends IdentifiedImpl implements SystemMappingRule {
	/**
	 * The default value of the '{@link #getInterfacePattern() <em>Interface Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterfacePattern()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERFACE_PATTERN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInterfacePattern() <em>Interface Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterfacePattern()
	 * @generated
	 * @ordered
	 */
	protected String interfacePattern = INTERFACE_PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #getOriginalSystem() <em>Original System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalSystem()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGINAL_SYSTEM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOriginalSystem() <em>Original System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalSystem()
	 * @generated
	 * @ordered
	 */
	protected String originalSystem = ORIGINAL_SYSTEM_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHarmonizedSystem() <em>Harmonized System</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHarmonizedSystem()
	 * @generated
	 * @ordered
	 */
	protected LandscapeSystem harmonizedSystem;

	/**
	 * The cached value of the '{@link #getDataSourceFilter() <em>Data Source Filter</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSourceFilter()
	 * @generated
	 * @ordered
	 */
	protected DataSource dataSourceFilter;

	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SystemMappingRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.SYSTEM_MAPPING_RULE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInterfacePattern() {
		return interfacePattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterfacePattern(String newInterfacePattern) {
		String oldInterfacePattern = interfacePattern;
		interfacePattern = newInterfacePattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SYSTEM_MAPPING_RULE__INTERFACE_PATTERN, oldInterfacePattern, interfacePattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOriginalSystem() {
		return originalSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginalSystem(String newOriginalSystem) {
		String oldOriginalSystem = originalSystem;
		originalSystem = newOriginalSystem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SYSTEM_MAPPING_RULE__ORIGINAL_SYSTEM, oldOriginalSystem, originalSystem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LandscapeSystem getHarmonizedSystem() {
		if (harmonizedSystem != null && harmonizedSystem.eIsProxy()) {
			InternalEObject oldHarmonizedSystem = (InternalEObject)harmonizedSystem;
			harmonizedSystem = (LandscapeSystem)eResolveProxy(oldHarmonizedSystem);
			if (harmonizedSystem != oldHarmonizedSystem) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LandscapePackage.SYSTEM_MAPPING_RULE__HARMONIZED_SYSTEM, oldHarmonizedSystem, harmonizedSystem));
			}
		}
		return harmonizedSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LandscapeSystem basicGetHarmonizedSystem() {
		return harmonizedSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHarmonizedSystem(LandscapeSystem newHarmonizedSystem) {
		LandscapeSystem oldHarmonizedSystem = harmonizedSystem;
		harmonizedSystem = newHarmonizedSystem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SYSTEM_MAPPING_RULE__HARMONIZED_SYSTEM, oldHarmonizedSystem, harmonizedSystem));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSource getDataSourceFilter() {
		if (dataSourceFilter != null && dataSourceFilter.eIsProxy()) {
			InternalEObject oldDataSourceFilter = (InternalEObject)dataSourceFilter;
			dataSourceFilter = (DataSource)eResolveProxy(oldDataSourceFilter);
			if (dataSourceFilter != oldDataSourceFilter) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LandscapePackage.SYSTEM_MAPPING_RULE__DATA_SOURCE_FILTER, oldDataSourceFilter, dataSourceFilter));
			}
		}
		return dataSourceFilter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataSource basicGetDataSourceFilter() {
		return dataSourceFilter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataSourceFilter(DataSource newDataSourceFilter) {
		DataSource oldDataSourceFilter = dataSourceFilter;
		dataSourceFilter = newDataSourceFilter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SYSTEM_MAPPING_RULE__DATA_SOURCE_FILTER, oldDataSourceFilter, dataSourceFilter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SYSTEM_MAPPING_RULE__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.SYSTEM_MAPPING_RULE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LandscapePackage.SYSTEM_MAPPING_RULE__INTERFACE_PATTERN:
				return getInterfacePattern();
			case LandscapePackage.SYSTEM_MAPPING_RULE__ORIGINAL_SYSTEM:
				return getOriginalSystem();
			case LandscapePackage.SYSTEM_MAPPING_RULE__HARMONIZED_SYSTEM:
				if (resolve) return getHarmonizedSystem();
				return basicGetHarmonizedSystem();
			case LandscapePackage.SYSTEM_MAPPING_RULE__DATA_SOURCE_FILTER:
				if (resolve) return getDataSourceFilter();
				return basicGetDataSourceFilter();
			case LandscapePackage.SYSTEM_MAPPING_RULE__ENABLED:
				return isEnabled();
			case LandscapePackage.SYSTEM_MAPPING_RULE__DESCRIPTION:
				return getDescription();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LandscapePackage.SYSTEM_MAPPING_RULE__INTERFACE_PATTERN:
				setInterfacePattern((String)newValue);
				return;
			case LandscapePackage.SYSTEM_MAPPING_RULE__ORIGINAL_SYSTEM:
				setOriginalSystem((String)newValue);
				return;
			case LandscapePackage.SYSTEM_MAPPING_RULE__HARMONIZED_SYSTEM:
				setHarmonizedSystem((LandscapeSystem)newValue);
				return;
			case LandscapePackage.SYSTEM_MAPPING_RULE__DATA_SOURCE_FILTER:
				setDataSourceFilter((DataSource)newValue);
				return;
			case LandscapePackage.SYSTEM_MAPPING_RULE__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case LandscapePackage.SYSTEM_MAPPING_RULE__DESCRIPTION:
				setDescription((String)newValue);
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
			case LandscapePackage.SYSTEM_MAPPING_RULE__INTERFACE_PATTERN:
				setInterfacePattern(INTERFACE_PATTERN_EDEFAULT);
				return;
			case LandscapePackage.SYSTEM_MAPPING_RULE__ORIGINAL_SYSTEM:
				setOriginalSystem(ORIGINAL_SYSTEM_EDEFAULT);
				return;
			case LandscapePackage.SYSTEM_MAPPING_RULE__HARMONIZED_SYSTEM:
				setHarmonizedSystem((LandscapeSystem)null);
				return;
			case LandscapePackage.SYSTEM_MAPPING_RULE__DATA_SOURCE_FILTER:
				setDataSourceFilter((DataSource)null);
				return;
			case LandscapePackage.SYSTEM_MAPPING_RULE__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case LandscapePackage.SYSTEM_MAPPING_RULE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
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
			case LandscapePackage.SYSTEM_MAPPING_RULE__INTERFACE_PATTERN:
				return INTERFACE_PATTERN_EDEFAULT == null ? interfacePattern != null : !INTERFACE_PATTERN_EDEFAULT.equals(interfacePattern);
			case LandscapePackage.SYSTEM_MAPPING_RULE__ORIGINAL_SYSTEM:
				return ORIGINAL_SYSTEM_EDEFAULT == null ? originalSystem != null : !ORIGINAL_SYSTEM_EDEFAULT.equals(originalSystem);
			case LandscapePackage.SYSTEM_MAPPING_RULE__HARMONIZED_SYSTEM:
				return harmonizedSystem != null;
			case LandscapePackage.SYSTEM_MAPPING_RULE__DATA_SOURCE_FILTER:
				return dataSourceFilter != null;
			case LandscapePackage.SYSTEM_MAPPING_RULE__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case LandscapePackage.SYSTEM_MAPPING_RULE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
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
		result.append(" (interfacePattern: ");
		result.append(interfacePattern);
		result.append(", originalSystem: ");
		result.append(originalSystem);
		result.append(", enabled: ");
		result.append(enabled);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //SystemMappingRuleImpl
