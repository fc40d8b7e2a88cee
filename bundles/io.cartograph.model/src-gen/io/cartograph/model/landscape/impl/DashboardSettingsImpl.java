/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.AnomalyBound;
import io.cartograph.model.landscape.DashboardSettings;
import io.cartograph.model.landscape.ErrorWindow;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.QuickLink;
import io.cartograph.model.landscape.TagCategory;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dashboard Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.impl.DashboardSettingsImpl#getActivatedElements <em>Activated Elements</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DashboardSettingsImpl#getRobustnessWarning <em>Robustness Warning</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DashboardSettingsImpl#getRobustnessCritical <em>Robustness Critical</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DashboardSettingsImpl#getDecommissioningThreshold <em>Decommissioning Threshold</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DashboardSettingsImpl#getDecommissioningDays <em>Decommissioning Days</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DashboardSettingsImpl#getDecommissioningGreenBelow <em>Decommissioning Green Below</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DashboardSettingsImpl#getDecommissioningRedAbove <em>Decommissioning Red Above</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DashboardSettingsImpl#getInventoryTagDisplays <em>Inventory Tag Displays</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DashboardSettingsImpl#getErrorWindows <em>Error Windows</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DashboardSettingsImpl#getAnomalyBounds <em>Anomaly Bounds</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DashboardSettingsImpl#getQuickLinks <em>Quick Links</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DashboardSettingsImpl extends IdentifiedImpl implements DashboardSettings {
	/**
	 * The cached value of the '{@link #getActivatedElements() <em>Activated Elements</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivatedElements()
	 * @generated
	 * @ordered
	 */
	protected EList<String> activatedElements;

	/**
	 * The default value of the '{@link #getRobustnessWarning() <em>Robustness Warning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRobustnessWarning()
	 * @generated
	 * @ordered
	 */
	protected static final double ROBUSTNESS_WARNING_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRobustnessWarning() <em>Robustness Warning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRobustnessWarning()
	 * @generated
	 * @ordered
	 */
	protected double robustnessWarning = ROBUSTNESS_WARNING_EDEFAULT;

	/**
	 * The default value of the '{@link #getRobustnessCritical() <em>Robustness Critical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRobustnessCritical()
	 * @generated
	 * @ordered
	 */
	protected static final double ROBUSTNESS_CRITICAL_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRobustnessCritical() <em>Robustness Critical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRobustnessCritical()
	 * @generated
	 * @ordered
	 */
	protected double robustnessCritical = ROBUSTNESS_CRITICAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecommissioningThreshold() <em>Decommissioning Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecommissioningThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final int DECOMMISSIONING_THRESHOLD_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDecommissioningThreshold() <em>Decommissioning Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecommissioningThreshold()
	 * @generated
	 * @ordered
	 */
	protected int decommissioningThreshold = DECOMMISSIONING_THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecommissioningDays() <em>Decommissioning Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecommissioningDays()
	 * @generated
	 * @ordered
	 */
	protected static final int DECOMMISSIONING_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDecommissioningDays() <em>Decommissioning Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecommissioningDays()
	 * @generated
	 * @ordered
	 */
	protected int decommissioningDays = DECOMMISSIONING_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecommissioningGreenBelow() <em>Decommissioning Green Below</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecommissioningGreenBelow()
	 * @generated
	 * @ordered
	 */
	protected static final int DECOMMISSIONING_GREEN_BELOW_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDecommissioningGreenBelow() <em>Decommissioning Green Below</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecommissioningGreenBelow()
	 * @generated
	 * @ordered
	 */
	protected int decommissioningGreenBelow = DECOMMISSIONING_GREEN_BELOW_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecommissioningRedAbove() <em>Decommissioning Red Above</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecommissioningRedAbove()
	 * @generated
	 * @ordered
	 */
	protected static final int DECOMMISSIONING_RED_ABOVE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDecommissioningRedAbove() <em>Decommissioning Red Above</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecommissioningRedAbove()
	 * @generated
	 * @ordered
	 */
	protected int decommissioningRedAbove = DECOMMISSIONING_RED_ABOVE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInventoryTagDisplays() <em>Inventory Tag Displays</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInventoryTagDisplays()
	 * @generated
	 * @ordered
	 */
	protected EList<TagCategory> inventoryTagDisplays;

	/**
	 * The cached value of the '{@link #getErrorWindows() <em>Error Windows</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorWindows()
	 * @generated
	 * @ordered
	 */
	protected EList<ErrorWindow> errorWindows;

	/**
	 * The cached value of the '{@link #getAnomalyBounds() <em>Anomaly Bounds</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnomalyBounds()
	 * @generated
	 * @ordered
	 */
	protected EList<AnomalyBound> anomalyBounds;

	/**
	 * The cached value of the '{@link #getQuickLinks() <em>Quick Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuickLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<QuickLink> quickLinks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DashboardSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.DASHBOARD_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getActivatedElements() {
		if (activatedElements == null) {
			activatedElements = new EDataTypeEList<String>(String.class, this, LandscapePackage.DASHBOARD_SETTINGS__ACTIVATED_ELEMENTS);
		}
		return activatedElements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRobustnessWarning() {
		return robustnessWarning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRobustnessWarning(double newRobustnessWarning) {
		double oldRobustnessWarning = robustnessWarning;
		robustnessWarning = newRobustnessWarning;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DASHBOARD_SETTINGS__ROBUSTNESS_WARNING, oldRobustnessWarning, robustnessWarning));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRobustnessCritical() {
		return robustnessCritical;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRobustnessCritical(double newRobustnessCritical) {
		double oldRobustnessCritical = robustnessCritical;
		robustnessCritical = newRobustnessCritical;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DASHBOARD_SETTINGS__ROBUSTNESS_CRITICAL, oldRobustnessCritical, robustnessCritical));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDecommissioningThreshold() {
		return decommissioningThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecommissioningThreshold(int newDecommissioningThreshold) {
		int oldDecommissioningThreshold = decommissioningThreshold;
		decommissioningThreshold = newDecommissioningThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_THRESHOLD, oldDecommissioningThreshold, decommissioningThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDecommissioningDays() {
		return decommissioningDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecommissioningDays(int newDecommissioningDays) {
		int oldDecommissioningDays = decommissioningDays;
		decommissioningDays = newDecommissioningDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_DAYS, oldDecommissioningDays, decommissioningDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDecommissioningGreenBelow() {
		return decommissioningGreenBelow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecommissioningGreenBelow(int newDecommissioningGreenBelow) {
		int oldDecommissioningGreenBelow = decommissioningGreenBelow;
		decommissioningGreenBelow = newDecommissioningGreenBelow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_GREEN_BELOW, oldDecommissioningGreenBelow, decommissioningGreenBelow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDecommissioningRedAbove() {
		return decommissioningRedAbove;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecommissioningRedAbove(int newDecommissioningRedAbove) {
		int oldDecommissioningRedAbove = decommissioningRedAbove;
		decommissioningRedAbove = newDecommissioningRedAbove;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_RED_ABOVE, oldDecommissioningRedAbove, decommissioningRedAbove));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TagCategory> getInventoryTagDisplays() {
		if (inventoryTagDisplays == null) {
			inventoryTagDisplays = new EObjectResolvingEList<TagCategory>(TagCategory.class, this, LandscapePackage.DASHBOARD_SETTINGS__INVENTORY_TAG_DISPLAYS);
		}
		return inventoryTagDisplays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ErrorWindow> getErrorWindows() {
		if (errorWindows == null) {
			errorWindows = new EObjectContainmentEList<ErrorWindow>(ErrorWindow.class, this, LandscapePackage.DASHBOARD_SETTINGS__ERROR_WINDOWS);
		}
		return errorWindows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnomalyBound> getAnomalyBounds() {
		if (anomalyBounds == null) {
			anomalyBounds = new EObjectContainmentEList<AnomalyBound>(AnomalyBound.class, this, LandscapePackage.DASHBOARD_SETTINGS__ANOMALY_BOUNDS);
		}
		return anomalyBounds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QuickLink> getQuickLinks() {
		if (quickLinks == null) {
			quickLinks = new EObjectContainmentEList<QuickLink>(QuickLink.class, this, LandscapePackage.DASHBOARD_SETTINGS__QUICK_LINKS);
		}
		return quickLinks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LandscapePackage.DASHBOARD_SETTINGS__ERROR_WINDOWS:
				return ((InternalEList<?>)getErrorWindows()).basicRemove(otherEnd, msgs);
			case LandscapePackage.DASHBOARD_SETTINGS__ANOMALY_BOUNDS:
				return ((InternalEList<?>)getAnomalyBounds()).basicRemove(otherEnd, msgs);
			case LandscapePackage.DASHBOARD_SETTINGS__QUICK_LINKS:
				return ((InternalEList<?>)getQuickLinks()).basicRemove(otherEnd, msgs);
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
			case LandscapePackage.DASHBOARD_SETTINGS__ACTIVATED_ELEMENTS:
				return getActivatedElements();
			case LandscapePackage.DASHBOARD_SETTINGS__ROBUSTNESS_WARNING:
				return getRobustnessWarning();
			case LandscapePackage.DASHBOARD_SETTINGS__ROBUSTNESS_CRITICAL:
				return getRobustnessCritical();
			case LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_THRESHOLD:
				return getDecommissioningThreshold();
			case LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_DAYS:
				return getDecommissioningDays();
			case LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_GREEN_BELOW:
				return getDecommissioningGreenBelow();
			case LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_RED_ABOVE:
				return getDecommissioningRedAbove();
			case LandscapePackage.DASHBOARD_SETTINGS__INVENTORY_TAG_DISPLAYS:
				return getInventoryTagDisplays();
			case LandscapePackage.DASHBOARD_SETTINGS__ERROR_WINDOWS:
				return getErrorWindows();
			case LandscapePackage.DASHBOARD_SETTINGS__ANOMALY_BOUNDS:
				return getAnomalyBounds();
			case LandscapePackage.DASHBOARD_SETTINGS__QUICK_LINKS:
				return getQuickLinks();
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
			case LandscapePackage.DASHBOARD_SETTINGS__ACTIVATED_ELEMENTS:
				getActivatedElements().clear();
				getActivatedElements().addAll((Collection<? extends String>)newValue);
				return;
			case LandscapePackage.DASHBOARD_SETTINGS__ROBUSTNESS_WARNING:
				setRobustnessWarning((Double)newValue);
				return;
			case LandscapePackage.DASHBOARD_SETTINGS__ROBUSTNESS_CRITICAL:
				setRobustnessCritical((Double)newValue);
				return;
			case LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_THRESHOLD:
				setDecommissioningThreshold((Integer)newValue);
				return;
			case LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_DAYS:
				setDecommissioningDays((Integer)newValue);
				return;
			case LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_GREEN_BELOW:
				setDecommissioningGreenBelow((Integer)newValue);
				return;
			case LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_RED_ABOVE:
				setDecommissioningRedAbove((Integer)newValue);
				return;
			case LandscapePackage.DASHBOARD_SETTINGS__INVENTORY_TAG_DISPLAYS:
				getInventoryTagDisplays().clear();
				getInventoryTagDisplays().addAll((Collection<? extends TagCategory>)newValue);
				return;
			case LandscapePackage.DASHBOARD_SETTINGS__ERROR_WINDOWS:
				getErrorWindows().clear();
				getErrorWindows().addAll((Collection<? extends ErrorWindow>)newValue);
				return;
			case LandscapePackage.DASHBOARD_SETTINGS__ANOMALY_BOUNDS:
				getAnomalyBounds().clear();
				getAnomalyBounds().addAll((Collection<? extends AnomalyBound>)newValue);
				return;
			case LandscapePackage.DASHBOARD_SETTINGS__QUICK_LINKS:
				getQuickLinks().clear();
				getQuickLinks().addAll((Collection<? extends QuickLink>)newValue);
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
			case LandscapePackage.DASHBOARD_SETTINGS__ACTIVATED_ELEMENTS:
				getActivatedElements().clear();
				return;
			case LandscapePackage.DASHBOARD_SETTINGS__ROBUSTNESS_WARNING:
				setRobustnessWarning(ROBUSTNESS_WARNING_EDEFAULT);
				return;
			case LandscapePackage.DASHBOARD_SETTINGS__ROBUSTNESS_CRITICAL:
				setRobustnessCritical(ROBUSTNESS_CRITICAL_EDEFAULT);
				return;
			case LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_THRESHOLD:
				setDecommissioningThreshold(DECOMMISSIONING_THRESHOLD_EDEFAULT);
				return;
			case LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_DAYS:
				setDecommissioningDays(DECOMMISSIONING_DAYS_EDEFAULT);
				return;
			case LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_GREEN_BELOW:
				setDecommissioningGreenBelow(DECOMMISSIONING_GREEN_BELOW_EDEFAULT);
				return;
			case LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_RED_ABOVE:
				setDecommissioningRedAbove(DECOMMISSIONING_RED_ABOVE_EDEFAULT);
				return;
			case LandscapePackage.DASHBOARD_SETTINGS__INVENTORY_TAG_DISPLAYS:
				getInventoryTagDisplays().clear();
				return;
			case LandscapePackage.DASHBOARD_SETTINGS__ERROR_WINDOWS:
				getErrorWindows().clear();
				return;
			case LandscapePackage.DASHBOARD_SETTINGS__ANOMALY_BOUNDS:
				getAnomalyBounds().clear();
				return;
			case LandscapePackage.DASHBOARD_SETTINGS__QUICK_LINKS:
				getQuickLinks().clear();
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
			case LandscapePackage.DASHBOARD_SETTINGS__ACTIVATED_ELEMENTS:
				return activatedElements != null && !activatedElements.isEmpty();
			case LandscapePackage.DASHBOARD_SETTINGS__ROBUSTNESS_WARNING:
				return robustnessWarning != ROBUSTNESS_WARNING_EDEFAULT;
			case LandscapePackage.DASHBOARD_SETTINGS__ROBUSTNESS_CRITICAL:
				return robustnessCritical != ROBUSTNESS_CRITICAL_EDEFAULT;
			case LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_THRESHOLD:
				return decommissioningThreshold != DECOMMISSIONING_THRESHOLD_EDEFAULT;
			case LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_DAYS:
				return decommissioningDays != DECOMMISSIONING_DAYS_EDEFAULT;
			case LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_GREEN_BELOW:
				return decommissioningGreenBelow != DECOMMISSIONING_GREEN_BELOW_EDEFAULT;
			case LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_RED_ABOVE:
				return decommissioningRedAbove != DECOMMISSIONING_RED_ABOVE_EDEFAULT;
			case LandscapePackage.DASHBOARD_SETTINGS__INVENTORY_TAG_DISPLAYS:
				return inventoryTagDisplays != null && !inventoryTagDisplays.isEmpty();
			case LandscapePackage.DASHBOARD_SETTINGS__ERROR_WINDOWS:
				return errorWindows != null && !errorWindows.isEmpty();
			case LandscapePackage.DASHBOARD_SETTINGS__ANOMALY_BOUNDS:
				return anomalyBounds != null && !anomalyBounds.isEmpty();
			case LandscapePackage.DASHBOARD_SETTINGS__QUICK_LINKS:
				return quickLinks != null && !quickLinks.isEmpty();
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
		result.append(" (activatedElements: ");
		result.append(activatedElements);
		result.append(", robustnessWarning: ");
		result.append(robustnessWarning);
		result.append(", robustnessCritical: ");
		result.append(robustnessCritical);
		result.append(", decommissioningThreshold: ");
		result.append(decommissioningThreshold);
		result.append(", decommissioningDays: ");
		result.append(decommissioningDays);
		result.append(", decommissioningGreenBelow: ");
		result.append(decommissioningGreenBelow);
		result.append(", decommissioningRedAbove: ");
		result.append(decommissioningRedAbove);
		result.append(')');
		return result.toString();
	}

} //DashboardSettingsImpl
