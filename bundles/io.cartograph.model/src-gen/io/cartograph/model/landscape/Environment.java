/**
 */
package io.cartograph.model.landscape;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Environment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stage of the landscape (Development, Quality, Test, Production, Sandbox, Pre-Production).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.Environment#isStandard <em>Standard</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Environment#getRank <em>Rank</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getEnvironment()
 * @model
 * @generated
 */
public interface Environment extends Named {
	/**
	 * Returns the value of the '<em><b>Standard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for the four default environments.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Standard</em>' attribute.
	 * @see #setStandard(boolean)
	 * @see io.cartograph.model.landscape.LandscapePackage#getEnvironment_Standard()
	 * @model
	 * @generated
	 */
	boolean isStandard();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Environment#isStandard <em>Standard</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Standard</em>' attribute.
	 * @see #isStandard()
	 * @generated
	 */
	void setStandard(boolean value);

	/**
	 * Returns the value of the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Order in lists, from development to production.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rank</em>' attribute.
	 * @see #setRank(int)
	 * @see io.cartograph.model.landscape.LandscapePackage#getEnvironment_Rank()
	 * @model
	 * @generated
	 */
	int getRank();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Environment#getRank <em>Rank</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rank</em>' attribute.
	 * @see #getRank()
	 * @generated
	 */
	void setRank(int value);

} // Environment
