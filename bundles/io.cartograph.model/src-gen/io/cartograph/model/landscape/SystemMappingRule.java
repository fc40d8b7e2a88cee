/**
 */
package io.cartograph.model.landscape;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>System Mapping Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Maps an interface's original sender or receiver to a harmonized system.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.SystemMappingRule#getInterfacePattern <em>Interface Pattern</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.SystemMappingRule#getOriginalSystem <em>Original System</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.SystemMappingRule#getHarmonizedSystem <em>Harmonized System</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.SystemMappingRule#getDataSourceFilter <em>Data Source Filter</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.SystemMappingRule#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.SystemMappingRule#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getSystemMappingRule()
 * @model
 * @generated
 */
public interface SystemMappingRule extends Identified {
	/**
	 * Returns the value of the '<em><b>Interface Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Java regex matched against the whole interface name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interface Pattern</em>' attribute.
	 * @see #setInterfacePattern(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getSystemMappingRule_InterfacePattern()
	 * @model
	 * @generated
	 */
	String getInterfacePattern();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.SystemMappingRule#getInterfacePattern <em>Interface Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interface Pattern</em>' attribute.
	 * @see #getInterfacePattern()
	 * @generated
	 */
	void setInterfacePattern(String value);

	/**
	 * Returns the value of the '<em><b>Original System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Java regex matched against the whole original system; 'Sender' or 'Receiver' match an empty slot.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Original System</em>' attribute.
	 * @see #setOriginalSystem(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getSystemMappingRule_OriginalSystem()
	 * @model
	 * @generated
	 */
	String getOriginalSystem();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.SystemMappingRule#getOriginalSystem <em>Original System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original System</em>' attribute.
	 * @see #getOriginalSystem()
	 * @generated
	 */
	void setOriginalSystem(String value);

	/**
	 * Returns the value of the '<em><b>Harmonized System</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * System the slot is set to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Harmonized System</em>' reference.
	 * @see #setHarmonizedSystem(LandscapeSystem)
	 * @see io.cartograph.model.landscape.LandscapePackage#getSystemMappingRule_HarmonizedSystem()
	 * @model
	 * @generated
	 */
	LandscapeSystem getHarmonizedSystem();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.SystemMappingRule#getHarmonizedSystem <em>Harmonized System</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Harmonized System</em>' reference.
	 * @see #getHarmonizedSystem()
	 * @generated
	 */
	void setHarmonizedSystem(LandscapeSystem value);

	/**
	 * Returns the value of the '<em><b>Data Source Filter</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When set, the rule applies only to this data source's interfaces.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Source Filter</em>' reference.
	 * @see #setDataSourceFilter(DataSource)
	 * @see io.cartograph.model.landscape.LandscapePackage#getSystemMappingRule_DataSourceFilter()
	 * @model
	 * @generated
	 */
	DataSource getDataSourceFilter();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.SystemMappingRule#getDataSourceFilter <em>Data Source Filter</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Source Filter</em>' reference.
	 * @see #getDataSourceFilter()
	 * @generated
	 */
	void setDataSourceFilter(DataSource value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the rule applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see io.cartograph.model.landscape.LandscapePackage#getSystemMappingRule_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.SystemMappingRule#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the rule exists.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getSystemMappingRule_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.SystemMappingRule#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // SystemMappingRule
