/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dashboard Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the dashboard shows and when it warns.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.DashboardSettings#getActivatedElements <em>Activated Elements</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DashboardSettings#getRobustnessWarning <em>Robustness Warning</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DashboardSettings#getRobustnessCritical <em>Robustness Critical</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DashboardSettings#getDecommissioningThreshold <em>Decommissioning Threshold</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DashboardSettings#getDecommissioningDays <em>Decommissioning Days</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DashboardSettings#getDecommissioningGreenBelow <em>Decommissioning Green Below</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DashboardSettings#getDecommissioningRedAbove <em>Decommissioning Red Above</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DashboardSettings#getInventoryTagDisplays <em>Inventory Tag Displays</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DashboardSettings#getErrorWindows <em>Error Windows</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DashboardSettings#getAnomalyBounds <em>Anomaly Bounds</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DashboardSettings#getQuickLinks <em>Quick Links</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getDashboardSettings()
 * @model
 * @generated
 */
public interface DashboardSettings extends Identified {
	/**
	 * Returns the value of the '<em><b>Activated Elements</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dashboard elements that are shown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activated Elements</em>' attribute list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getDashboardSettings_ActivatedElements()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getActivatedElements();

	/**
	 * Returns the value of the '<em><b>Robustness Warning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Error rate (percent) above which an interface is shown as at risk.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Robustness Warning</em>' attribute.
	 * @see #setRobustnessWarning(double)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDashboardSettings_RobustnessWarning()
	 * @model
	 * @generated
	 */
	double getRobustnessWarning();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DashboardSettings#getRobustnessWarning <em>Robustness Warning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Robustness Warning</em>' attribute.
	 * @see #getRobustnessWarning()
	 * @generated
	 */
	void setRobustnessWarning(double value);

	/**
	 * Returns the value of the '<em><b>Robustness Critical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Error rate (percent) above which an interface is shown as critical.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Robustness Critical</em>' attribute.
	 * @see #setRobustnessCritical(double)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDashboardSettings_RobustnessCritical()
	 * @model
	 * @generated
	 */
	double getRobustnessCritical();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DashboardSettings#getRobustnessCritical <em>Robustness Critical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Robustness Critical</em>' attribute.
	 * @see #getRobustnessCritical()
	 * @generated
	 */
	void setRobustnessCritical(double value);

	/**
	 * Returns the value of the '<em><b>Decommissioning Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Messages in the period below which an interface is a decommissioning candidate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decommissioning Threshold</em>' attribute.
	 * @see #setDecommissioningThreshold(int)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDashboardSettings_DecommissioningThreshold()
	 * @model
	 * @generated
	 */
	int getDecommissioningThreshold();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DashboardSettings#getDecommissioningThreshold <em>Decommissioning Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decommissioning Threshold</em>' attribute.
	 * @see #getDecommissioningThreshold()
	 * @generated
	 */
	void setDecommissioningThreshold(int value);

	/**
	 * Returns the value of the '<em><b>Decommissioning Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length of that period in days.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decommissioning Days</em>' attribute.
	 * @see #setDecommissioningDays(int)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDashboardSettings_DecommissioningDays()
	 * @model
	 * @generated
	 */
	int getDecommissioningDays();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DashboardSettings#getDecommissioningDays <em>Decommissioning Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decommissioning Days</em>' attribute.
	 * @see #getDecommissioningDays()
	 * @generated
	 */
	void setDecommissioningDays(int value);

	/**
	 * Returns the value of the '<em><b>Decommissioning Green Below</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fewer decommissioning candidates than this show the tile green (0: the guide's 20).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decommissioning Green Below</em>' attribute.
	 * @see #setDecommissioningGreenBelow(int)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDashboardSettings_DecommissioningGreenBelow()
	 * @model
	 * @generated
	 */
	int getDecommissioningGreenBelow();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DashboardSettings#getDecommissioningGreenBelow <em>Decommissioning Green Below</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decommissioning Green Below</em>' attribute.
	 * @see #getDecommissioningGreenBelow()
	 * @generated
	 */
	void setDecommissioningGreenBelow(int value);

	/**
	 * Returns the value of the '<em><b>Decommissioning Red Above</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * More decommissioning candidates than this show the tile red, yellow in between (0: the guide's 100).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decommissioning Red Above</em>' attribute.
	 * @see #setDecommissioningRedAbove(int)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDashboardSettings_DecommissioningRedAbove()
	 * @model
	 * @generated
	 */
	int getDecommissioningRedAbove();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DashboardSettings#getDecommissioningRedAbove <em>Decommissioning Red Above</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decommissioning Red Above</em>' attribute.
	 * @see #getDecommissioningRedAbove()
	 * @generated
	 */
	void setDecommissioningRedAbove(int value);

	/**
	 * Returns the value of the '<em><b>Inventory Tag Displays</b></em>' reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.TagCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tag categories shown in the inventory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inventory Tag Displays</em>' reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getDashboardSettings_InventoryTagDisplays()
	 * @model
	 * @generated
	 */
	EList<TagCategory> getInventoryTagDisplays();

	/**
	 * Returns the value of the '<em><b>Error Windows</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.ErrorWindow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far back errors count, per data source and interface type.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Error Windows</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getDashboardSettings_ErrorWindows()
	 * @model containment="true"
	 * @generated
	 */
	EList<ErrorWindow> getErrorWindows();

	/**
	 * Returns the value of the '<em><b>Anomaly Bounds</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.AnomalyBound}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Traffic bounds per interface and period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Anomaly Bounds</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getDashboardSettings_AnomalyBounds()
	 * @model containment="true"
	 * @generated
	 */
	EList<AnomalyBound> getAnomalyBounds();

	/**
	 * Returns the value of the '<em><b>Quick Links</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.QuickLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Links shown on the dashboard.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quick Links</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getDashboardSettings_QuickLinks()
	 * @model containment="true"
	 * @generated
	 */
	EList<QuickLink> getQuickLinks();

} // DashboardSettings
