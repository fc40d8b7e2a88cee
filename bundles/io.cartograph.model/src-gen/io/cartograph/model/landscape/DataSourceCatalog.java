/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data Source Catalog</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of datasources.xmi: data sources and the proxies they connect through.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.DataSourceCatalog#getDataSources <em>Data Sources</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.DataSourceCatalog#getProxies <em>Proxies</em>}</li>
 * </ul>
 *
 * @see io.cartograph.model.landscape.LandscapePackage#getDataSourceCatalog()
 * @model
 * @generated
 */
public interface DataSourceCatalog extends Identified {
	/**
	 * Returns the value of the '<em><b>Data Sources</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.DataSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Data sources.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Sources</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getDataSourceCatalog_DataSources()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataSource> getDataSources();

	/**
	 * Returns the value of the '<em><b>Proxies</b></em>' containment reference list.
	 * The list contents are of type {@link io.cartograph.model.landscape.Proxy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Proxies (Cloud Connector style).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Proxies</em>' containment reference list.
	 * @see io.cartograph.model.landscape.LandscapePackage#getDataSourceCatalog_Proxies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Proxy> getProxies();

} // DataSourceCatalog
