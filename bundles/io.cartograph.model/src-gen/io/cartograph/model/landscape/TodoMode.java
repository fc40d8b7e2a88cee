/**
 */
package io.cartograph.model.landscape;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Todo Mode</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What the To-do list covers (the guide's Mode).
 * <!-- end-model-doc -->
 * @see io.cartograph.model.landscape.LandscapePackage#getTodoMode()
 * @model
 * @generated
 */
public enum TodoMode implements Enumerator {
	/**
	 * The '<em><b>INTERFACES AND END TO END</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERFACES_AND_END_TO_END_VALUE
	 * @generated
	 * @ordered
	 */
	INTERFACES_AND_END_TO_END(0, "INTERFACES_AND_END_TO_END", "INTERFACES_AND_END_TO_END"),

	/**
	 * The '<em><b>INTERFACES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERFACES_VALUE
	 * @generated
	 * @ordered
	 */
	INTERFACES(1, "INTERFACES", "INTERFACES"),

	/**
	 * The '<em><b>END TO END</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #END_TO_END_VALUE
	 * @generated
	 * @ordered
	 */
	END_TO_END(2, "END_TO_END", "END_TO_END"),

	/**
	 * The '<em><b>INACTIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INACTIVE_VALUE
	 * @generated
	 * @ordered
	 */
	INACTIVE(3, "INACTIVE", "INACTIVE");

	/**
	 * The '<em><b>INTERFACES AND END TO END</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERFACES_AND_END_TO_END
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERFACES_AND_END_TO_END_VALUE = 0;

	/**
	 * The '<em><b>INTERFACES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERFACES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERFACES_VALUE = 1;

	/**
	 * The '<em><b>END TO END</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #END_TO_END
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int END_TO_END_VALUE = 2;

	/**
	 * The '<em><b>INACTIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INACTIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INACTIVE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Todo Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TodoMode[] VALUES_ARRAY =
		new TodoMode[] {
			INTERFACES_AND_END_TO_END,
			INTERFACES,
			END_TO_END,
			INACTIVE,
		};

	/**
	 * A public read-only list of all the '<em><b>Todo Mode</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TodoMode> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Todo Mode</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TodoMode get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TodoMode result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Todo Mode</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TodoMode getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TodoMode result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Todo Mode</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TodoMode get(int value) {
		switch (value) {
			case INTERFACES_AND_END_TO_END_VALUE: return INTERFACES_AND_END_TO_END;
			case INTERFACES_VALUE: return INTERFACES;
			case END_TO_END_VALUE: return END_TO_END;
			case INACTIVE_VALUE: return INACTIVE;
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
	private TodoMode(int value, String name, String literal) {
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
	
} //TodoMode
