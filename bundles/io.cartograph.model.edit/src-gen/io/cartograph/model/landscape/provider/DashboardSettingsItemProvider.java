/**
 */
package io.cartograph.model.landscape.provider;


import io.cartograph.model.landscape.DashboardSettings;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.LandscapePackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.cartograph.model.landscape.DashboardSettings} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class DashboardSettingsItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DashboardSettingsItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addActivatedElementsPropertyDescriptor(object);
			addRobustnessWarningPropertyDescriptor(object);
			addRobustnessCriticalPropertyDescriptor(object);
			addDecommissioningThresholdPropertyDescriptor(object);
			addDecommissioningDaysPropertyDescriptor(object);
			addDecommissioningGreenBelowPropertyDescriptor(object);
			addDecommissioningRedAbovePropertyDescriptor(object);
			addInventoryTagDisplaysPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Activated Elements feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addActivatedElementsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DashboardSettings_activatedElements_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DashboardSettings_activatedElements_feature", "_UI_DashboardSettings_type"),
				 LandscapePackage.Literals.DASHBOARD_SETTINGS__ACTIVATED_ELEMENTS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Robustness Warning feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRobustnessWarningPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DashboardSettings_robustnessWarning_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DashboardSettings_robustnessWarning_feature", "_UI_DashboardSettings_type"),
				 LandscapePackage.Literals.DASHBOARD_SETTINGS__ROBUSTNESS_WARNING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Robustness Critical feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRobustnessCriticalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DashboardSettings_robustnessCritical_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DashboardSettings_robustnessCritical_feature", "_UI_DashboardSettings_type"),
				 LandscapePackage.Literals.DASHBOARD_SETTINGS__ROBUSTNESS_CRITICAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Decommissioning Threshold feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDecommissioningThresholdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DashboardSettings_decommissioningThreshold_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DashboardSettings_decommissioningThreshold_feature", "_UI_DashboardSettings_type"),
				 LandscapePackage.Literals.DASHBOARD_SETTINGS__DECOMMISSIONING_THRESHOLD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Decommissioning Days feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDecommissioningDaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DashboardSettings_decommissioningDays_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DashboardSettings_decommissioningDays_feature", "_UI_DashboardSettings_type"),
				 LandscapePackage.Literals.DASHBOARD_SETTINGS__DECOMMISSIONING_DAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Decommissioning Green Below feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDecommissioningGreenBelowPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DashboardSettings_decommissioningGreenBelow_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DashboardSettings_decommissioningGreenBelow_feature", "_UI_DashboardSettings_type"),
				 LandscapePackage.Literals.DASHBOARD_SETTINGS__DECOMMISSIONING_GREEN_BELOW,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Decommissioning Red Above feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDecommissioningRedAbovePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DashboardSettings_decommissioningRedAbove_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DashboardSettings_decommissioningRedAbove_feature", "_UI_DashboardSettings_type"),
				 LandscapePackage.Literals.DASHBOARD_SETTINGS__DECOMMISSIONING_RED_ABOVE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Inventory Tag Displays feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInventoryTagDisplaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_DashboardSettings_inventoryTagDisplays_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_DashboardSettings_inventoryTagDisplays_feature", "_UI_DashboardSettings_type"),
				 LandscapePackage.Literals.DASHBOARD_SETTINGS__INVENTORY_TAG_DISPLAYS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(LandscapePackage.Literals.DASHBOARD_SETTINGS__ERROR_WINDOWS);
			childrenFeatures.add(LandscapePackage.Literals.DASHBOARD_SETTINGS__ANOMALY_BOUNDS);
			childrenFeatures.add(LandscapePackage.Literals.DASHBOARD_SETTINGS__QUICK_LINKS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns DashboardSettings.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/DashboardSettings"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((DashboardSettings)object).getUuid();
		return label == null || label.length() == 0 ?
			getString("_UI_DashboardSettings_type") :
			getString("_UI_DashboardSettings_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(DashboardSettings.class)) {
			case LandscapePackage.DASHBOARD_SETTINGS__ACTIVATED_ELEMENTS:
			case LandscapePackage.DASHBOARD_SETTINGS__ROBUSTNESS_WARNING:
			case LandscapePackage.DASHBOARD_SETTINGS__ROBUSTNESS_CRITICAL:
			case LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_THRESHOLD:
			case LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_DAYS:
			case LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_GREEN_BELOW:
			case LandscapePackage.DASHBOARD_SETTINGS__DECOMMISSIONING_RED_ABOVE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case LandscapePackage.DASHBOARD_SETTINGS__ERROR_WINDOWS:
			case LandscapePackage.DASHBOARD_SETTINGS__ANOMALY_BOUNDS:
			case LandscapePackage.DASHBOARD_SETTINGS__QUICK_LINKS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(LandscapePackage.Literals.DASHBOARD_SETTINGS__ERROR_WINDOWS,
				 LandscapeFactory.eINSTANCE.createErrorWindow()));

		newChildDescriptors.add
			(createChildParameter
				(LandscapePackage.Literals.DASHBOARD_SETTINGS__ANOMALY_BOUNDS,
				 LandscapeFactory.eINSTANCE.createAnomalyBound()));

		newChildDescriptors.add
			(createChildParameter
				(LandscapePackage.Literals.DASHBOARD_SETTINGS__QUICK_LINKS,
				 LandscapeFactory.eINSTANCE.createQuickLink()));
	}

}
