/**
 */
package io.cartograph.model.landscape.provider;


import io.cartograph.model.landscape.Landscape;
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
 * This is the item provider adapter for a {@link io.cartograph.model.landscape.Landscape} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class LandscapeItemProvider extends NamedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LandscapeItemProvider(AdapterFactory adapterFactory) {
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

			addDescriptionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Landscape_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Landscape_description_feature", "_UI_Landscape_type"),
				 LandscapePackage.Literals.LANDSCAPE__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
			childrenFeatures.add(LandscapePackage.Literals.LANDSCAPE__ENVIRONMENTS);
			childrenFeatures.add(LandscapePackage.Literals.LANDSCAPE__SYSTEMS);
			childrenFeatures.add(LandscapePackage.Literals.LANDSCAPE__BUSINESS_OBJECTS);
			childrenFeatures.add(LandscapePackage.Literals.LANDSCAPE__PROPERTY_DEFINITIONS);
			childrenFeatures.add(LandscapePackage.Literals.LANDSCAPE__TAG_CATEGORIES);
			childrenFeatures.add(LandscapePackage.Literals.LANDSCAPE__USERS);
			childrenFeatures.add(LandscapePackage.Literals.LANDSCAPE__DASHBOARD_SETTINGS);
			childrenFeatures.add(LandscapePackage.Literals.LANDSCAPE__TODO_SETTINGS);
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
	 * This returns Landscape.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Landscape"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Landscape)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Landscape_type") :
			getString("_UI_Landscape_type") + " " + label;
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

		switch (notification.getFeatureID(Landscape.class)) {
			case LandscapePackage.LANDSCAPE__DESCRIPTION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case LandscapePackage.LANDSCAPE__ENVIRONMENTS:
			case LandscapePackage.LANDSCAPE__SYSTEMS:
			case LandscapePackage.LANDSCAPE__BUSINESS_OBJECTS:
			case LandscapePackage.LANDSCAPE__PROPERTY_DEFINITIONS:
			case LandscapePackage.LANDSCAPE__TAG_CATEGORIES:
			case LandscapePackage.LANDSCAPE__USERS:
			case LandscapePackage.LANDSCAPE__DASHBOARD_SETTINGS:
			case LandscapePackage.LANDSCAPE__TODO_SETTINGS:
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
				(LandscapePackage.Literals.LANDSCAPE__ENVIRONMENTS,
				 LandscapeFactory.eINSTANCE.createEnvironment()));

		newChildDescriptors.add
			(createChildParameter
				(LandscapePackage.Literals.LANDSCAPE__SYSTEMS,
				 LandscapeFactory.eINSTANCE.createLandscapeSystem()));

		newChildDescriptors.add
			(createChildParameter
				(LandscapePackage.Literals.LANDSCAPE__BUSINESS_OBJECTS,
				 LandscapeFactory.eINSTANCE.createBusinessObject()));

		newChildDescriptors.add
			(createChildParameter
				(LandscapePackage.Literals.LANDSCAPE__PROPERTY_DEFINITIONS,
				 LandscapeFactory.eINSTANCE.createPropertyDefinition()));

		newChildDescriptors.add
			(createChildParameter
				(LandscapePackage.Literals.LANDSCAPE__TAG_CATEGORIES,
				 LandscapeFactory.eINSTANCE.createTagCategory()));

		newChildDescriptors.add
			(createChildParameter
				(LandscapePackage.Literals.LANDSCAPE__USERS,
				 LandscapeFactory.eINSTANCE.createUser()));

		newChildDescriptors.add
			(createChildParameter
				(LandscapePackage.Literals.LANDSCAPE__DASHBOARD_SETTINGS,
				 LandscapeFactory.eINSTANCE.createDashboardSettings()));

		newChildDescriptors.add
			(createChildParameter
				(LandscapePackage.Literals.LANDSCAPE__TODO_SETTINGS,
				 LandscapeFactory.eINSTANCE.createTodoSettings()));
	}

}
