/**
 */
package io.cartograph.model.landscape;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Product</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A product of a data source's platform that Cartograph harvests.
 * <!-- end-model-doc -->
 * @see io.cartograph.model.landscape.LandscapePackage#getProduct()
 * @model
 * @generated
 */
public enum Product implements Enumerator {
	/**
	 * The '<em><b>CLOUDINTEGRATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOUDINTEGRATION_VALUE
	 * @generated
	 * @ordered
	 */
	CLOUDINTEGRATION(0, "CLOUDINTEGRATION", "CLOUDINTEGRATION"),

	/**
	 * The '<em><b>APIMANAGEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APIMANAGEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	APIMANAGEMENT(1, "APIMANAGEMENT", "APIMANAGEMENT"),

	/**
	 * The '<em><b>EVENTMESH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVENTMESH_VALUE
	 * @generated
	 * @ordered
	 */
	EVENTMESH(2, "EVENTMESH", "EVENTMESH"),

	/**
	 * The '<em><b>INTEGRATIONASSESSMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTEGRATIONASSESSMENT_VALUE
	 * @generated
	 * @ordered
	 */
	INTEGRATIONASSESSMENT(3, "INTEGRATIONASSESSMENT", "INTEGRATIONASSESSMENT"),

	/**
	 * The '<em><b>CLOUDCONNECTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOUDCONNECTOR_VALUE
	 * @generated
	 * @ordered
	 */
	CLOUDCONNECTOR(4, "CLOUDCONNECTOR", "CLOUDCONNECTOR");

	/**
	 * The '<em><b>CLOUDINTEGRATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOUDINTEGRATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLOUDINTEGRATION_VALUE = 0;

	/**
	 * The '<em><b>APIMANAGEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APIMANAGEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int APIMANAGEMENT_VALUE = 1;

	/**
	 * The '<em><b>EVENTMESH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVENTMESH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EVENTMESH_VALUE = 2;

	/**
	 * The '<em><b>INTEGRATIONASSESSMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTEGRATIONASSESSMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTEGRATIONASSESSMENT_VALUE = 3;

	/**
	 * The '<em><b>CLOUDCONNECTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLOUDCONNECTOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CLOUDCONNECTOR_VALUE = 4;

	/**
	 * An array of all the '<em><b>Product</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Product[] VALUES_ARRAY =
		new Product[] {
			CLOUDINTEGRATION,
			APIMANAGEMENT,
			EVENTMESH,
			INTEGRATIONASSESSMENT,
			CLOUDCONNECTOR,
		};

	/**
	 * A public read-only list of all the '<em><b>Product</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Product> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Product</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Product get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Product result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Product</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Product getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Product result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Product</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Product get(int value) {
		switch (value) {
			case CLOUDINTEGRATION_VALUE: return CLOUDINTEGRATION;
			case APIMANAGEMENT_VALUE: return APIMANAGEMENT;
			case EVENTMESH_VALUE: return EVENTMESH;
			case INTEGRATIONASSESSMENT_VALUE: return INTEGRATIONASSESSMENT;
			case CLOUDCONNECTOR_VALUE: return CLOUDCONNECTOR;
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
	private Product(int value, String name, String literal) {
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
	
} //Product
