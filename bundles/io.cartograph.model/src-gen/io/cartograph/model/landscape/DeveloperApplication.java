/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Developer Application</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An application that subscribes to products.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.DeveloperApplication#getDeveloperEmail <em>Developer Email</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DeveloperApplication#getProducts <em>Products</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DeveloperApplication#getCallbackUrl <em>Callback Url</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DeveloperApplication#getApiKey <em>Api Key</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getDeveloperApplication()
 * @model
 * @generated
 */
public interface DeveloperApplication extends Named {
	/**
	 * Returns the value of the '<em><b>Developer Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Developer's e-mail.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Developer Email</em>' attribute.
	 * @see #setDeveloperEmail(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDeveloperApplication_DeveloperEmail()
	 * @model
	 * @generated
	 */
	String getDeveloperEmail();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DeveloperApplication#getDeveloperEmail <em>Developer Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Developer Email</em>' attribute.
	 * @see #getDeveloperEmail()
	 * @generated
	 */
	void setDeveloperEmail(String value);

	/**
	 * Returns the value of the '<em><b>Products</b></em>' reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.ApiProduct}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Products it subscribes to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Products</em>' reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getDeveloperApplication_Products()
	 * @model
	 * @generated
	 */
	EList<ApiProduct> getProducts();

	/**
	 * Returns the value of the '<em><b>Callback Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * OAuth callback URL.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Callback Url</em>' attribute.
	 * @see #setCallbackUrl(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDeveloperApplication_CallbackUrl()
	 * @model
	 * @generated
	 */
	String getCallbackUrl();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DeveloperApplication#getCallbackUrl <em>Callback Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Callback Url</em>' attribute.
	 * @see #getCallbackUrl()
	 * @generated
	 */
	void setCallbackUrl(String value);

	/**
	 * Returns the value of the '<em><b>Api Key</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reference to the application's key.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Api Key</em>' containment reference.
	 * @see #setApiKey(SecretReference)
	 * @see io.cartograph.model.landscape.LandscapePackage#getDeveloperApplication_ApiKey()
	 * @model containment="true"
	 * @generated
	 */
	SecretReference getApiKey();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.DeveloperApplication#getApiKey <em>Api Key</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Api Key</em>' containment reference.
	 * @see #getApiKey()
	 * @generated
	 */
	void setApiKey(SecretReference value);

} // DeveloperApplication
