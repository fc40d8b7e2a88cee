/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Landscape</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of landscape.xmi: environments, systems, business objects, properties, tags, users and settings.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.Landscape#getDescription <em>Description</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Landscape#getEnvironments <em>Environments</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Landscape#getSystems <em>Systems</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Landscape#getBusinessObjects <em>Business Objects</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Landscape#getPropertyDefinitions <em>Property Definitions</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Landscape#getTagCategories <em>Tag Categories</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Landscape#getUsers <em>Users</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Landscape#getDashboardSettings <em>Dashboard Settings</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Landscape#getTodoSettings <em>Todo Settings</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getLandscape()
 * @model
 * @generated
 */
public interface Landscape extends Named {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What this landscape covers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getLandscape_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Landscape#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Environments</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.Environment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Environments such as Development, Quality, Test and Production.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Environments</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getLandscape_Environments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Environment> getEnvironments();

	/**
	 * Returns the value of the '<em><b>Systems</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.LandscapeSystem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Harmonized systems that interfaces connect.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Systems</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getLandscape_Systems()
	 * @model containment="true"
	 * @generated
	 */
	EList<LandscapeSystem> getSystems();

	/**
	 * Returns the value of the '<em><b>Business Objects</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.BusinessObject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Business objects that interfaces carry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Business Objects</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getLandscape_BusinessObjects()
	 * @model containment="true"
	 * @generated
	 */
	EList<BusinessObject> getBusinessObjects();

	/**
	 * Returns the value of the '<em><b>Property Definitions</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.PropertyDefinition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Custom properties of interfaces, objects and systems.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Property Definitions</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getLandscape_PropertyDefinitions()
	 * @model containment="true"
	 * @generated
	 */
	EList<PropertyDefinition> getPropertyDefinitions();

	/**
	 * Returns the value of the '<em><b>Tag Categories</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.TagCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tag categories and their values.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tag Categories</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getLandscape_TagCategories()
	 * @model containment="true"
	 * @generated
	 */
	EList<TagCategory> getTagCategories();

	/**
	 * Returns the value of the '<em><b>Users</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.User}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * People who work on this workspace and their roles.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Users</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getLandscape_Users()
	 * @model containment="true"
	 * @generated
	 */
	EList<User> getUsers();

	/**
	 * Returns the value of the '<em><b>Dashboard Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the dashboard shows and its thresholds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dashboard Settings</em>' containment reference.
	 * @see #setDashboardSettings(DashboardSettings)
	 * @see io.cartograph.model.landscape.LandscapePackage#getLandscape_DashboardSettings()
	 * @model containment="true"
	 * @generated
	 */
	DashboardSettings getDashboardSettings();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Landscape#getDashboardSettings <em>Dashboard Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dashboard Settings</em>' containment reference.
	 * @see #getDashboardSettings()
	 * @generated
	 */
	void setDashboardSettings(DashboardSettings value);

	/**
	 * Returns the value of the '<em><b>Todo Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When an interface counts as enriched.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Todo Settings</em>' containment reference.
	 * @see #setTodoSettings(TodoSettings)
	 * @see io.cartograph.model.landscape.LandscapePackage#getLandscape_TodoSettings()
	 * @model containment="true"
	 * @generated
	 */
	TodoSettings getTodoSettings();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Landscape#getTodoSettings <em>Todo Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Todo Settings</em>' containment reference.
	 * @see #getTodoSettings()
	 * @generated
	 */
	void setTodoSettings(TodoSettings value);

} // Landscape
