/**
 */
package io.cartograph.model.landscape;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A task of a data source and its schedule.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.Task#getType <em>Type</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Task#getRecurrence <em>Recurrence</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.Task#isEnabled <em>Enabled</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getTask()
 * @model
 * @generated
 */
public interface Task extends Identified {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cartograph.model.landscape.TaskType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the task does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see io.cartograph.model.landscape.TaskType
	 * @see #setType(TaskType)
	 * @see io.cartograph.model.landscape.LandscapePackage#getTask_Type()
	 * @model
	 * @generated
	 */
	TaskType getType();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Task#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see io.cartograph.model.landscape.TaskType
	 * @see #getType()
	 * @generated
	 */
	void setType(TaskType value);

	/**
	 * Returns the value of the '<em><b>Recurrence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often it runs, e.g. 'every 6h' or 'daily 02:00'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recurrence</em>' attribute.
	 * @see #setRecurrence(String)
	 * @see io.cartograph.model.landscape.LandscapePackage#getTask_Recurrence()
	 * @model
	 * @generated
	 */
	String getRecurrence();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Task#getRecurrence <em>Recurrence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recurrence</em>' attribute.
	 * @see #getRecurrence()
	 * @generated
	 */
	void setRecurrence(String value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the schedule is active.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see io.cartograph.model.landscape.LandscapePackage#getTask_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.Task#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

} // Task
