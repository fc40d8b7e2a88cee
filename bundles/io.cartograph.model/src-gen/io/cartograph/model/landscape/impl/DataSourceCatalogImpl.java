/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceCatalog;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.Proxy;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data Source Catalog</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.impl.DataSourceCatalogImpl#getDataSources <em>Data Sources</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.DataSourceCatalogImpl#getProxies <em>Proxies</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DataSourceCatalogImpl extends IdentifiedImpl implements DataSourceCatalog {
	/**
	 * The cached value of the '{@link #getDataSources() <em>Data Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSources()
	 * @generated
	 * @ordered
	 */
	protected EList<DataSource> dataSources;

	/**
	 * The cached value of the '{@link #getProxies() <em>Proxies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProxies()
	 * @generated
	 * @ordered
	 */
	protected EList<Proxy> proxies;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DataSourceCatalogImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.DATA_SOURCE_CATALOG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataSource> getDataSources() {
		if (dataSources == null) {
			dataSources = new EObjectContainmentEList<DataSource>(DataSource.class, this, LandscapePackage.DATA_SOURCE_CATALOG__DATA_SOURCES);
		}
		return dataSources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Proxy> getProxies() {
		if (proxies == null) {
			proxies = new EObjectContainmentEList<Proxy>(Proxy.class, this, LandscapePackage.DATA_SOURCE_CATALOG__PROXIES);
		}
		return proxies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LandscapePackage.DATA_SOURCE_CATALOG__DATA_SOURCES:
				return ((InternalEList<?>)getDataSources()).basicRemove(otherEnd, msgs);
			case LandscapePackage.DATA_SOURCE_CATALOG__PROXIES:
				return ((InternalEList<?>)getProxies()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LandscapePackage.DATA_SOURCE_CATALOG__DATA_SOURCES:
				return getDataSources();
			case LandscapePackage.DATA_SOURCE_CATALOG__PROXIES:
				return getProxies();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LandscapePackage.DATA_SOURCE_CATALOG__DATA_SOURCES:
				getDataSources().clear();
				getDataSources().addAll((Collection<? extends DataSource>)newValue);
				return;
			case LandscapePackage.DATA_SOURCE_CATALOG__PROXIES:
				getProxies().clear();
				getProxies().addAll((Collection<? extends Proxy>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LandscapePackage.DATA_SOURCE_CATALOG__DATA_SOURCES:
				getDataSources().clear();
				return;
			case LandscapePackage.DATA_SOURCE_CATALOG__PROXIES:
				getProxies().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LandscapePackage.DATA_SOURCE_CATALOG__DATA_SOURCES:
				return dataSources != null && !dataSources.isEmpty();
			case LandscapePackage.DATA_SOURCE_CATALOG__PROXIES:
				return proxies != null && !proxies.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //DataSourceCatalogImpl
