/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Api Product</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A bundle of proxies offered to developers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.ApiProduct#getTitle <em>Title</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ApiProduct#getDescription <em>Description</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ApiProduct#getProxies <em>Proxies</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.ApiProduct#getScopes <em>Scopes</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getApiProduct()
 * @model
 * @generated
 */
public interface ApiProduct extends Named {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiProduct_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ApiProduct#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Description.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiProduct_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.ApiProduct#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Proxies</b></em>' reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.ApiProxy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Proxies in the product.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Proxies</em>' reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiProduct_Proxies()
	 * @model
	 * @generated
	 */
	EList<ApiProxy> getProxies();

	/**
	 * Returns the value of the '<em><b>Scopes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * OAuth scopes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scopes</em>' attribute list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getApiProduct_Scopes()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getScopes();

} // ApiProduct
