/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ip Allowlist</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * IP ranges allowed to call, e.g. for an AccessControl policy or a WAF.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.IpAllowlist#getEntries <em>Entries</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.IpAllowlist#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getIpAllowlist()
 * @model
 * @generated
 */
public interface IpAllowlist extends Named {
	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.IpAllowlistEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Entries.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getIpAllowlist_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<IpAllowlistEntry> getEntries();

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.cartograph.model.landscape.AllowlistKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the list is for: the ranges of a proxy's AccessControl policy or a web application firewall's IP set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.cartograph.model.landscape.AllowlistKind
	 * @see #setKind(AllowlistKind)
	 * @see io.cartograph.model.landscape.LandscapePackage#getIpAllowlist_Kind()
	 * @model
	 * @generated
	 */
	AllowlistKind getKind();

	/**
	 * Sets the value of the '{@link io.cartograph.model.landscape.IpAllowlist#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.cartograph.model.landscape.AllowlistKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AllowlistKind value);

} // IpAllowlist
