/**
 */
package io.cartograph.model.landscape;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Anomaly Bound</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Expected traffic of an interface in a period.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.AnomalyBound#getInterface <em>Interface</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.AnomalyBound#getPeriod <em>Period</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.AnomalyBound#getLower <em>Lower</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.AnomalyBound#getUpper <em>Upper</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getAnomalyBound()
 * @model
 * @generated
 */
public interface AnomalyBound extends Identified {
	/**
	 * Returns the value of the '<em><b>Interface</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The interface.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interface</em>' reference.
	 * @see #setInterface(Interface)
	 * @see io.cartograph.model.landscape.LandscapePackage#getAnomalyBound_Interface()
	 * @model
	 * @generated
	 */
	Interface getInterface();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.AnomalyBound#getInterface <em>Interface</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interface</em>' reference.
	 * @see #getInterface()
	 * @generated
	 */
	void setInterface(Interface value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cartograph.model.landscape.Period}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DAILY, WEEKLY or MONTHLY.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see io.cartograph.model.landscape.Period
	 * @see #setPeriod(Period)
	 * @see io.cartograph.model.landscape.LandscapePackage#getAnomalyBound_Period()
	 * @model
	 * @generated
	 */
	Period getPeriod();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.AnomalyBound#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see io.cartograph.model.landscape.Period
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(Period value);

	/**
	 * Returns the value of the '<em><b>Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fewest messages expected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lower</em>' attribute.
	 * @see #setLower(double)
	 * @see io.cartograph.model.landscape.LandscapePackage#getAnomalyBound_Lower()
	 * @model
	 * @generated
	 */
	double getLower();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.AnomalyBound#getLower <em>Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lower</em>' attribute.
	 * @see #getLower()
	 * @generated
	 */
	void setLower(double value);

	/**
	 * Returns the value of the '<em><b>Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Most messages expected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Upper</em>' attribute.
	 * @see #setUpper(double)
	 * @see io.cartograph.model.landscape.LandscapePackage#getAnomalyBound_Upper()
	 * @model
	 * @generated
	 */
	double getUpper();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.AnomalyBound#getUpper <em>Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Upper</em>' attribute.
	 * @see #getUpper()
	 * @generated
	 */
	void setUpper(double value);

} // AnomalyBound
