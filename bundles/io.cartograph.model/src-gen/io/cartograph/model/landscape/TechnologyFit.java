/**
 */
package io.cartograph.model.landscape;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Technology Fit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A fit level and the technologies that have it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.TechnologyFit#getFit <em>Fit</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.TechnologyFit#getTechnologies <em>Technologies</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getTechnologyFit()
 * @model
 * @generated
 */
public interface TechnologyFit extends Identified {
	/**
	 * Returns the value of the '<em><b>Fit</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cartograph.model.landscape.Fit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GOOD, PARTIAL or NO.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fit</em>' attribute.
	 * @see io.cartograph.model.landscape.Fit
	 * @see #setFit(Fit)
	 * @see io.cartograph.model.landscape.LandscapePackage#getTechnologyFit_Fit()
	 * @model
	 * @generated
	 */
	Fit getFit();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.TechnologyFit#getFit <em>Fit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fit</em>' attribute.
	 * @see io.cartograph.model.landscape.Fit
	 * @see #getFit()
	 * @generated
	 */
	void setFit(Fit value);

	/**
	 * Returns the value of the '<em><b>Technologies</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pipe-separated technologies, e.g. 'HTTPS|SOAP|IDOC'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Technologies</em>' attribute.
	 * @see #setTechnologies(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getTechnologyFit_Technologies()
	 * @model
	 * @generated
	 */
	String getTechnologies();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.TechnologyFit#getTechnologies <em>Technologies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Technologies</em>' attribute.
	 * @see #getTechnologies()
	 * @generated
	 */
	void setTechnologies(String value);

} // TechnologyFit
