/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Domain Allowlist</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Domains the landscape may call out to.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.DomainAllowlist#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getDomainAllowlist()
 * @model
 * @generated
 */
public interface DomainAllowlist extends Named {
	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.DomainAllowlistEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Entries.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getDomainAllowlist_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<DomainAllowlistEntry> getEntries();

} // DomainAllowlist
