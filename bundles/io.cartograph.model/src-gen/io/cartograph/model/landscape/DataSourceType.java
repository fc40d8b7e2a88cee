/**
 */
package io.cartograph.model.landscape;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Data Source Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The platform a data source reads from.
 * <!-- end-model-doc -->
 * @see io.cartograph.model.landscape.LandscapePackage#getDataSourceType()
 * @model
 * @generated
 */
public enum DataSourceType implements Enumerator {
	/**
	 * The '<em><b>SAP BTP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAP_BTP_VALUE
	 * @generated
	 * @ordered
	 */
	SAP_BTP(0, "SAP_BTP", "SAP_BTP"),

	/**
	 * The '<em><b>SAP PO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAP_PO_VALUE
	 * @generated
	 * @ordered
	 */
	SAP_PO(1, "SAP_PO", "SAP_PO"),

	/**
	 * The '<em><b>SAP ABAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAP_ABAP_VALUE
	 * @generated
	 * @ordered
	 */
	SAP_ABAP(2, "SAP_ABAP", "SAP_ABAP"),

	/**
	 * The '<em><b>MICROSOFT AZURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MICROSOFT_AZURE_VALUE
	 * @generated
	 * @ordered
	 */
	MICROSOFT_AZURE(3, "MICROSOFT_AZURE", "MICROSOFT_AZURE"),

	/**
	 * The '<em><b>MULESOFT ANYPOINT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MULESOFT_ANYPOINT_VALUE
	 * @generated
	 * @ordered
	 */
	MULESOFT_ANYPOINT(4, "MULESOFT_ANYPOINT", "MULESOFT_ANYPOINT"),

	/**
	 * The '<em><b>JIRA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JIRA_VALUE
	 * @generated
	 * @ordered
	 */
	JIRA(5, "JIRA", "JIRA"),

	/**
	 * The '<em><b>CONFLUENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFLUENCE_VALUE
	 * @generated
	 * @ordered
	 */
	CONFLUENCE(6, "CONFLUENCE", "CONFLUENCE"),

	/**
	 * The '<em><b>LEANIX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEANIX_VALUE
	 * @generated
	 * @ordered
	 */
	LEANIX(7, "LEANIX", "LEANIX"),

	/**
	 * The '<em><b>BEE360</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEE360_VALUE
	 * @generated
	 * @ordered
	 */
	BEE360(8, "BEE360", "BEE360"),

	/**
	 * The '<em><b>LUY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LUY_VALUE
	 * @generated
	 * @ordered
	 */
	LUY(9, "LUY", "LUY"),

	/**
	 * The '<em><b>HOPEX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOPEX_VALUE
	 * @generated
	 * @ordered
	 */
	HOPEX(10, "HOPEX", "HOPEX"),

	/**
	 * The '<em><b>LOGS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOGS_VALUE
	 * @generated
	 * @ordered
	 */
	LOGS(11, "LOGS", "LOGS");

	/**
	 * The '<em><b>SAP BTP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAP_BTP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SAP_BTP_VALUE = 0;

	/**
	 * The '<em><b>SAP PO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAP_PO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SAP_PO_VALUE = 1;

	/**
	 * The '<em><b>SAP ABAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SAP_ABAP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SAP_ABAP_VALUE = 2;

	/**
	 * The '<em><b>MICROSOFT AZURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MICROSOFT_AZURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MICROSOFT_AZURE_VALUE = 3;

	/**
	 * The '<em><b>MULESOFT ANYPOINT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MULESOFT_ANYPOINT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MULESOFT_ANYPOINT_VALUE = 4;

	/**
	 * The '<em><b>JIRA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JIRA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JIRA_VALUE = 5;

	/**
	 * The '<em><b>CONFLUENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFLUENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONFLUENCE_VALUE = 6;

	/**
	 * The '<em><b>LEANIX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEANIX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEANIX_VALUE = 7;

	/**
	 * The '<em><b>BEE360</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEE360
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BEE360_VALUE = 8;

	/**
	 * The '<em><b>LUY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LUY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LUY_VALUE = 9;

	/**
	 * The '<em><b>HOPEX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOPEX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOPEX_VALUE = 10;

	/**
	 * The '<em><b>LOGS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOGS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOGS_VALUE = 11;

	/**
	 * An array of all the '<em><b>Data Source Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DataSourceType[] VALUES_ARRAY =
		new DataSourceType[] {
			SAP_BTP,
			SAP_PO,
			SAP_ABAP,
			MICROSOFT_AZURE,
			MULESOFT_ANYPOINT,
			JIRA,
			CONFLUENCE,
			LEANIX,
			BEE360,
			LUY,
			HOPEX,
			LOGS,
		};

	/**
	 * A public read-only list of all the '<em><b>Data Source Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DataSourceType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Data Source Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataSourceType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataSourceType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Source Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataSourceType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DataSourceType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Data Source Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DataSourceType get(int value) {
		switch (value) {
			case SAP_BTP_VALUE: return SAP_BTP;
			case SAP_PO_VALUE: return SAP_PO;
			case SAP_ABAP_VALUE: return SAP_ABAP;
			case MICROSOFT_AZURE_VALUE: return MICROSOFT_AZURE;
			case MULESOFT_ANYPOINT_VALUE: return MULESOFT_ANYPOINT;
			case JIRA_VALUE: return JIRA;
			case CONFLUENCE_VALUE: return CONFLUENCE;
			case LEANIX_VALUE: return LEANIX;
			case BEE360_VALUE: return BEE360;
			case LUY_VALUE: return LUY;
			case HOPEX_VALUE: return HOPEX;
			case LOGS_VALUE: return LOGS;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private DataSourceType(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //DataSourceType
