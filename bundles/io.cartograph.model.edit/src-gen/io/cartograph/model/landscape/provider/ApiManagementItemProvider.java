/**
 */
package io.cartograph.model.landscape.provider;


import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.LandscapePackage;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.cartograph.model.landscape.ApiManagement} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ApiManagementItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ApiManagementItemProvider(AdapterFactory adapterFactory) {
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

		}
		return itemPropertyDescriptors;
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
			childrenFeatures.add(LandscapePackage.Literals.API_MANAGEMENT__PROVIDERS);
			childrenFeatures.add(LandscapePackage.Literals.API_MANAGEMENT__PROXIES);
			childrenFeatures.add(LandscapePackage.Literals.API_MANAGEMENT__KEY_VALUE_MAPS);
			childrenFeatures.add(LandscapePackage.Literals.API_MANAGEMENT__PRODUCTS);
			childrenFeatures.add(LandscapePackage.Literals.API_MANAGEMENT__APPLICATIONS);
			childrenFeatures.add(LandscapePackage.Literals.API_MANAGEMENT__LINT_SETTINGS);
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
	 * This returns ApiManagement.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ApiManagement"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((ApiManagement)object).getUuid();
		return label == null || label.length() == 0 ?
			getString("_UI_ApiManagement_type") :
			getString("_UI_ApiManagement_type") + " " + label;
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

		switch (notification.getFeatureID(ApiManagement.class)) {
			case LandscapePackage.API_MANAGEMENT__PROVIDERS:
			case LandscapePackage.API_MANAGEMENT__PROXIES:
			case LandscapePackage.API_MANAGEMENT__KEY_VALUE_MAPS:
			case LandscapePackage.API_MANAGEMENT__PRODUCTS:
			case LandscapePackage.API_MANAGEMENT__APPLICATIONS:
			case LandscapePackage.API_MANAGEMENT__LINT_SETTINGS:
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
				(LandscapePackage.Literals.API_MANAGEMENT__PROVIDERS,
				 LandscapeFactory.eINSTANCE.createApiProvider()));

		newChildDescriptors.add
			(createChildParameter
				(LandscapePackage.Literals.API_MANAGEMENT__PROXIES,
				 LandscapeFactory.eINSTANCE.createApiProxy()));

		newChildDescriptors.add
			(createChildParameter
				(LandscapePackage.Literals.API_MANAGEMENT__KEY_VALUE_MAPS,
				 LandscapeFactory.eINSTANCE.createKeyValueMap()));

		newChildDescriptors.add
			(createChildParameter
				(LandscapePackage.Literals.API_MANAGEMENT__PRODUCTS,
				 LandscapeFactory.eINSTANCE.createApiProduct()));

		newChildDescriptors.add
			(createChildParameter
				(LandscapePackage.Literals.API_MANAGEMENT__APPLICATIONS,
				 LandscapeFactory.eINSTANCE.createDeveloperApplication()));

		newChildDescriptors.add
			(createChildParameter
				(LandscapePackage.Literals.API_MANAGEMENT__LINT_SETTINGS,
				 LandscapeFactory.eINSTANCE.createPolicyLintSettings()));
	}

}
