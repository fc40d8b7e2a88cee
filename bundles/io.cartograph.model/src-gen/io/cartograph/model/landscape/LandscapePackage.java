/**
 */
package io.cartograph.model.landscape;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Cartograph's landscape model: what an SAP-centred integration landscape consists of, as integration architects edit it offline. Each root class is the content of one file of a workspace.
 * <!-- end-model-doc -->
 * @see io.cartograph.model.landscape.LandscapeFactory
 * @model kind="package"
 * @generated
 */
public interface LandscapePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "landscape";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://cartograph.io/landscape/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "landscape";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	LandscapePackage eINSTANCE = io.cartograph.model.landscape.impl.LandscapePackageImpl.init();

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.IdentifiedImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__UUID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.NamedImpl <em>Named</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.NamedImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getNamed()
	 * @generated
	 */
	int NAMED = 1;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Named</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.LandscapeImpl <em>Landscape</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.LandscapeImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getLandscape()
	 * @generated
	 */
	int LANDSCAPE = 2;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANDSCAPE__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANDSCAPE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANDSCAPE__DESCRIPTION = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Environments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANDSCAPE__ENVIRONMENTS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Systems</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANDSCAPE__SYSTEMS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Business Objects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANDSCAPE__BUSINESS_OBJECTS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Property Definitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANDSCAPE__PROPERTY_DEFINITIONS = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Tag Categories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANDSCAPE__TAG_CATEGORIES = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Users</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANDSCAPE__USERS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Dashboard Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANDSCAPE__DASHBOARD_SETTINGS = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Todo Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANDSCAPE__TODO_SETTINGS = NAMED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Landscape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANDSCAPE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Landscape</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANDSCAPE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.EnvironmentImpl <em>Environment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.EnvironmentImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getEnvironment()
	 * @generated
	 */
	int ENVIRONMENT = 3;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Standard</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT__STANDARD = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT__RANK = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Environment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Environment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.PropertyHolderImpl <em>Property Holder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.PropertyHolderImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getPropertyHolder()
	 * @generated
	 */
	int PROPERTY_HOLDER = 4;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_HOLDER__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_HOLDER__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_HOLDER__PROPERTIES = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_HOLDER__TAGS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Property Holder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_HOLDER_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Property Holder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_HOLDER_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.LandscapeSystemImpl <em>System</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.LandscapeSystemImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getLandscapeSystem()
	 * @generated
	 */
	int LANDSCAPE_SYSTEM = 5;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANDSCAPE_SYSTEM__UUID = PROPERTY_HOLDER__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANDSCAPE_SYSTEM__NAME = PROPERTY_HOLDER__NAME;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANDSCAPE_SYSTEM__PROPERTIES = PROPERTY_HOLDER__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANDSCAPE_SYSTEM__TAGS = PROPERTY_HOLDER__TAGS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANDSCAPE_SYSTEM__DESCRIPTION = PROPERTY_HOLDER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANDSCAPE_SYSTEM__OWNER = PROPERTY_HOLDER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANDSCAPE_SYSTEM__ALIASES = PROPERTY_HOLDER_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANDSCAPE_SYSTEM_FEATURE_COUNT = PROPERTY_HOLDER_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LANDSCAPE_SYSTEM_OPERATION_COUNT = PROPERTY_HOLDER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.BusinessObjectImpl <em>Business Object</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.BusinessObjectImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getBusinessObject()
	 * @generated
	 */
	int BUSINESS_OBJECT = 6;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_OBJECT__UUID = PROPERTY_HOLDER__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_OBJECT__NAME = PROPERTY_HOLDER__NAME;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_OBJECT__PROPERTIES = PROPERTY_HOLDER__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_OBJECT__TAGS = PROPERTY_HOLDER__TAGS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_OBJECT__DESCRIPTION = PROPERTY_HOLDER_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Business Object</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_OBJECT_FEATURE_COUNT = PROPERTY_HOLDER_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Business Object</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_OBJECT_OPERATION_COUNT = PROPERTY_HOLDER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.PropertyDefinitionImpl <em>Property Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.PropertyDefinitionImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getPropertyDefinition()
	 * @generated
	 */
	int PROPERTY_DEFINITION = 7;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__CATEGORY = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__FORMAT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION__DESCRIPTION = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Property Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Property Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_DEFINITION_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.PropertyValueImpl <em>Property Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.PropertyValueImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getPropertyValue()
	 * @generated
	 */
	int PROPERTY_VALUE = 8;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_VALUE__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_VALUE__DEFINITION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_VALUE__VALUE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Property Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_VALUE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Property Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_VALUE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.TagCategoryImpl <em>Tag Category</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.TagCategoryImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getTagCategory()
	 * @generated
	 */
	int TAG_CATEGORY = 9;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_CATEGORY__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_CATEGORY__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_CATEGORY__DESCRIPTION = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_CATEGORY__VALUES = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Tag Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_CATEGORY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Tag Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_CATEGORY_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.TagValueImpl <em>Tag Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.TagValueImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getTagValue()
	 * @generated
	 */
	int TAG_VALUE = 10;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_VALUE__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_VALUE__NAME = NAMED__NAME;

	/**
	 * The number of structural features of the '<em>Tag Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_VALUE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Tag Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAG_VALUE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.InterfaceCatalogImpl <em>Interface Catalog</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.InterfaceCatalogImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getInterfaceCatalog()
	 * @generated
	 */
	int INTERFACE_CATALOG = 11;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_CATALOG__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Interfaces</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_CATALOG__INTERFACES = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Interface Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_CATALOG_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Interface Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_CATALOG_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.InterfaceImpl <em>Interface</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.InterfaceImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getInterface()
	 * @generated
	 */
	int INTERFACE = 12;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__UUID = PROPERTY_HOLDER__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__NAME = PROPERTY_HOLDER__NAME;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__PROPERTIES = PROPERTY_HOLDER__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__TAGS = PROPERTY_HOLDER__TAGS;

	/**
	 * The feature id for the '<em><b>External Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__EXTERNAL_ID = PROPERTY_HOLDER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Data Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__DATA_SOURCE = PROPERTY_HOLDER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Environment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__ENVIRONMENT = PROPERTY_HOLDER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__TYPE = PROPERTY_HOLDER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__VERSION = PROPERTY_HOLDER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__STATUS = PROPERTY_HOLDER_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Original Sender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__ORIGINAL_SENDER = PROPERTY_HOLDER_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Original Receiver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__ORIGINAL_RECEIVER = PROPERTY_HOLDER_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Sender</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__SENDER = PROPERTY_HOLDER_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Receiver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__RECEIVER = PROPERTY_HOLDER_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Sender Set By Hand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__SENDER_SET_BY_HAND = PROPERTY_HOLDER_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Receiver Set By Hand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__RECEIVER_SET_BY_HAND = PROPERTY_HOLDER_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Adapters</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__ADAPTERS = PROPERTY_HOLDER_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Authentication Methods</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__AUTHENTICATION_METHODS = PROPERTY_HOLDER_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Complexity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__COMPLEXITY = PROPERTY_HOLDER_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Last Traffic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__LAST_TRAFFIC = PROPERTY_HOLDER_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Not Found In Last Run</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__NOT_FOUND_IN_LAST_RUN = PROPERTY_HOLDER_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Business Objects</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__BUSINESS_OBJECTS = PROPERTY_HOLDER_FEATURE_COUNT + 17;

	/**
	 * The number of structural features of the '<em>Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_FEATURE_COUNT = PROPERTY_HOLDER_FEATURE_COUNT + 18;

	/**
	 * The number of operations of the '<em>Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_OPERATION_COUNT = PROPERTY_HOLDER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.IntegrationCatalogImpl <em>Integration Catalog</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.IntegrationCatalogImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getIntegrationCatalog()
	 * @generated
	 */
	int INTEGRATION_CATALOG = 13;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_CATALOG__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Integrations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_CATALOG__INTEGRATIONS = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Rejected Proposals</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_CATALOG__REJECTED_PROPOSALS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Integration Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_CATALOG_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Integration Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_CATALOG_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.EndToEndIntegrationImpl <em>End To End Integration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.EndToEndIntegrationImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getEndToEndIntegration()
	 * @generated
	 */
	int END_TO_END_INTEGRATION = 14;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END_TO_END_INTEGRATION__UUID = PROPERTY_HOLDER__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END_TO_END_INTEGRATION__NAME = PROPERTY_HOLDER__NAME;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END_TO_END_INTEGRATION__PROPERTIES = PROPERTY_HOLDER__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END_TO_END_INTEGRATION__TAGS = PROPERTY_HOLDER__TAGS;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END_TO_END_INTEGRATION__DESCRIPTION = PROPERTY_HOLDER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sender</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END_TO_END_INTEGRATION__SENDER = PROPERTY_HOLDER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Receiver</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END_TO_END_INTEGRATION__RECEIVER = PROPERTY_HOLDER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Interfaces</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END_TO_END_INTEGRATION__INTERFACES = PROPERTY_HOLDER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Proposal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END_TO_END_INTEGRATION__PROPOSAL = PROPERTY_HOLDER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END_TO_END_INTEGRATION__EVIDENCE = PROPERTY_HOLDER_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>End To End Integration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END_TO_END_INTEGRATION_FEATURE_COUNT = PROPERTY_HOLDER_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>End To End Integration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int END_TO_END_INTEGRATION_OPERATION_COUNT = PROPERTY_HOLDER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.DataSourceCatalogImpl <em>Data Source Catalog</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.DataSourceCatalogImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getDataSourceCatalog()
	 * @generated
	 */
	int DATA_SOURCE_CATALOG = 15;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_CATALOG__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Data Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_CATALOG__DATA_SOURCES = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Proxies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_CATALOG__PROXIES = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Data Source Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_CATALOG_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Data Source Catalog</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_CATALOG_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.DataSourceImpl <em>Data Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.DataSourceImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getDataSource()
	 * @generated
	 */
	int DATA_SOURCE = 16;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__TYPE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Environment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__ENVIRONMENT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Products</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__PRODUCTS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Features</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__FEATURES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__HOSTNAME = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__REGION = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__URL = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Tenant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__TENANT = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Workspace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__WORKSPACE = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Project Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__PROJECT_ID = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Root Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__ROOT_URL = NAMED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>System Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__SYSTEM_ID = NAMED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Client</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__CLIENT = NAMED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Rfc Destination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__RFC_DESTINATION = NAMED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Update Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__UPDATE_MODE = NAMED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Target Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__TARGET_FIELD = NAMED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Proxy</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__PROXY = NAMED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Authentication</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__AUTHENTICATION = NAMED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__TASKS = NAMED_FEATURE_COUNT + 18;

	/**
	 * The number of structural features of the '<em>Data Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_FEATURE_COUNT = NAMED_FEATURE_COUNT + 19;

	/**
	 * The number of operations of the '<em>Data Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.AuthenticationImpl <em>Authentication</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.AuthenticationImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getAuthentication()
	 * @generated
	 */
	int AUTHENTICATION = 17;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHENTICATION__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHENTICATION__TYPE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHENTICATION__USERNAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Client Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHENTICATION__CLIENT_ID = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Token Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHENTICATION__TOKEN_URL = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHENTICATION__SCOPE = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Api Key Header</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHENTICATION__API_KEY_HEADER = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Secret</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHENTICATION__SECRET = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Authentication</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHENTICATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Authentication</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTHENTICATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.SecretReferenceImpl <em>Secret Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.SecretReferenceImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getSecretReference()
	 * @generated
	 */
	int SECRET_REFERENCE = 18;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET_REFERENCE__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET_REFERENCE__PURPOSE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Secret Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET_REFERENCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Secret Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECRET_REFERENCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.TaskImpl <em>Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.TaskImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getTask()
	 * @generated
	 */
	int TASK = 19;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__TYPE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Recurrence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__RECURRENCE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__ENABLED = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.ProxyImpl <em>Proxy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.ProxyImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getProxy()
	 * @generated
	 */
	int PROXY = 20;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY__HOST = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY__PORT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Location Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY__LOCATION_ID = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY__USERNAME = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Password</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY__PASSWORD = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Proxy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Proxy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.RuleBookImpl <em>Rule Book</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.RuleBookImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getRuleBook()
	 * @generated
	 */
	int RULE_BOOK = 21;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_BOOK__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>System Mapping Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_BOOK__SYSTEM_MAPPING_RULES = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Object Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_BOOK__OBJECT_RULES = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Strategy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_BOOK__STRATEGY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Rule Book</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_BOOK_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Rule Book</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_BOOK_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.SystemMappingRuleImpl <em>System Mapping Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.SystemMappingRuleImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getSystemMappingRule()
	 * @generated
	 */
	int SYSTEM_MAPPING_RULE = 22;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MAPPING_RULE__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Interface Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MAPPING_RULE__INTERFACE_PATTERN = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Original System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MAPPING_RULE__ORIGINAL_SYSTEM = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Harmonized System</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MAPPING_RULE__HARMONIZED_SYSTEM = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Data Source Filter</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MAPPING_RULE__DATA_SOURCE_FILTER = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MAPPING_RULE__ENABLED = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MAPPING_RULE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>System Mapping Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MAPPING_RULE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>System Mapping Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEM_MAPPING_RULE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.ObjectRuleImpl <em>Object Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.ObjectRuleImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getObjectRule()
	 * @generated
	 */
	int OBJECT_RULE = 23;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_RULE__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Interface Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_RULE__INTERFACE_PATTERN = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Harmonized Object</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_RULE__HARMONIZED_OBJECT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_RULE__ENABLED = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_RULE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Object Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_RULE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Object Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECT_RULE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.IntegrationStrategyImpl <em>Integration Strategy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.IntegrationStrategyImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getIntegrationStrategy()
	 * @generated
	 */
	int INTEGRATION_STRATEGY = 24;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_STRATEGY__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Adapter Fits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_STRATEGY__ADAPTER_FITS = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Authentication Fits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_STRATEGY__AUTHENTICATION_FITS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Integration Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_STRATEGY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Integration Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTEGRATION_STRATEGY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.TechnologyFitImpl <em>Technology Fit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.TechnologyFitImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getTechnologyFit()
	 * @generated
	 */
	int TECHNOLOGY_FIT = 25;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY_FIT__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Fit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY_FIT__FIT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Technologies</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY_FIT__TECHNOLOGIES = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Technology Fit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY_FIT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Technology Fit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TECHNOLOGY_FIT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.DashboardSettingsImpl <em>Dashboard Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.DashboardSettingsImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getDashboardSettings()
	 * @generated
	 */
	int DASHBOARD_SETTINGS = 26;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD_SETTINGS__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Activated Elements</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD_SETTINGS__ACTIVATED_ELEMENTS = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Robustness Warning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD_SETTINGS__ROBUSTNESS_WARNING = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Robustness Critical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD_SETTINGS__ROBUSTNESS_CRITICAL = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Decommissioning Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD_SETTINGS__DECOMMISSIONING_THRESHOLD = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Decommissioning Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD_SETTINGS__DECOMMISSIONING_DAYS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Decommissioning Green Below</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD_SETTINGS__DECOMMISSIONING_GREEN_BELOW = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Decommissioning Red Above</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD_SETTINGS__DECOMMISSIONING_RED_ABOVE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Inventory Tag Displays</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD_SETTINGS__INVENTORY_TAG_DISPLAYS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Error Windows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD_SETTINGS__ERROR_WINDOWS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Anomaly Bounds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD_SETTINGS__ANOMALY_BOUNDS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Quick Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD_SETTINGS__QUICK_LINKS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Dashboard Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD_SETTINGS_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Dashboard Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD_SETTINGS_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.ErrorWindowImpl <em>Error Window</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.ErrorWindowImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getErrorWindow()
	 * @generated
	 */
	int ERROR_WINDOW = 27;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_WINDOW__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Data Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_WINDOW__DATA_SOURCE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Interface Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_WINDOW__INTERFACE_TYPE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_WINDOW__HOURS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Error Window</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_WINDOW_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Error Window</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ERROR_WINDOW_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.AnomalyBoundImpl <em>Anomaly Bound</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.AnomalyBoundImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getAnomalyBound()
	 * @generated
	 */
	int ANOMALY_BOUND = 28;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANOMALY_BOUND__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Interface</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANOMALY_BOUND__INTERFACE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANOMALY_BOUND__PERIOD = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANOMALY_BOUND__LOWER = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANOMALY_BOUND__UPPER = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Anomaly Bound</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANOMALY_BOUND_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Anomaly Bound</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANOMALY_BOUND_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.QuickLinkImpl <em>Quick Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.QuickLinkImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getQuickLink()
	 * @generated
	 */
	int QUICK_LINK = 29;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUICK_LINK__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUICK_LINK__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUICK_LINK__URL = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Quick Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUICK_LINK_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Quick Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUICK_LINK_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.TodoSettingsImpl <em>Todo Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.TodoSettingsImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getTodoSettings()
	 * @generated
	 */
	int TODO_SETTINGS = 30;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TODO_SETTINGS__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TODO_SETTINGS__MODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Objects Requirement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TODO_SETTINGS__OBJECTS_REQUIREMENT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Properties Requirement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TODO_SETTINGS__PROPERTIES_REQUIREMENT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Tags Requirement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TODO_SETTINGS__TAGS_REQUIREMENT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Selected Properties</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TODO_SETTINGS__SELECTED_PROPERTIES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Selected Tags</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TODO_SETTINGS__SELECTED_TAGS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Todo Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TODO_SETTINGS_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Todo Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TODO_SETTINGS_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.UserImpl <em>User</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.UserImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getUser()
	 * @generated
	 */
	int USER = 31;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__EMAIL = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ROLE = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Active</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__ACTIVE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.ApiManagementImpl <em>Api Management</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.ApiManagementImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getApiManagement()
	 * @generated
	 */
	int API_MANAGEMENT = 32;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_MANAGEMENT__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Providers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_MANAGEMENT__PROVIDERS = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Proxies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_MANAGEMENT__PROXIES = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Key Value Maps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_MANAGEMENT__KEY_VALUE_MAPS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Products</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_MANAGEMENT__PRODUCTS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Applications</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_MANAGEMENT__APPLICATIONS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Lint Settings</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_MANAGEMENT__LINT_SETTINGS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Api Management</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_MANAGEMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Api Management</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_MANAGEMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.ApiProviderImpl <em>Api Provider</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.ApiProviderImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getApiProvider()
	 * @generated
	 */
	int API_PROVIDER = 33;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROVIDER__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROVIDER__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROVIDER__DESCRIPTION = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Virtual Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROVIDER__VIRTUAL_HOST = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROVIDER__PORT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Location Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROVIDER__LOCATION_ID = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Catalog Path Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROVIDER__CATALOG_PATH_PREFIX = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Service Collection Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROVIDER__SERVICE_COLLECTION_URL = NAMED_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Api Provider</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROVIDER_FEATURE_COUNT = NAMED_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Api Provider</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROVIDER_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.ApiProxyImpl <em>Api Proxy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.ApiProxyImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getApiProxy()
	 * @generated
	 */
	int API_PROXY = 34;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROXY__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROXY__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROXY__TITLE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROXY__VERSION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Base Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROXY__BASE_PATH = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROXY__PROVIDER = NAMED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Service</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROXY__SERVICE = NAMED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Proxy Endpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROXY__PROXY_ENDPOINTS = NAMED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Target Endpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROXY__TARGET_ENDPOINTS = NAMED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Policies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROXY__POLICIES = NAMED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Bundle Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROXY__BUNDLE_FORMAT = NAMED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Descriptor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROXY__DESCRIPTOR = NAMED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROXY__RESOURCES = NAMED_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Api Proxy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROXY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Api Proxy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PROXY_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.EndpointImpl <em>Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.EndpointImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getEndpoint()
	 * @generated
	 */
	int ENDPOINT = 35;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Pre Flow</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__PRE_FLOW = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Conditional Flows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__CONDITIONAL_FLOWS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Post Flow</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__POST_FLOW = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Xml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__XML = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.ProxyEndpointImpl <em>Proxy Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.ProxyEndpointImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getProxyEndpoint()
	 * @generated
	 */
	int PROXY_ENDPOINT = 36;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY_ENDPOINT__UUID = ENDPOINT__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY_ENDPOINT__NAME = ENDPOINT__NAME;

	/**
	 * The feature id for the '<em><b>Pre Flow</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY_ENDPOINT__PRE_FLOW = ENDPOINT__PRE_FLOW;

	/**
	 * The feature id for the '<em><b>Conditional Flows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY_ENDPOINT__CONDITIONAL_FLOWS = ENDPOINT__CONDITIONAL_FLOWS;

	/**
	 * The feature id for the '<em><b>Post Flow</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY_ENDPOINT__POST_FLOW = ENDPOINT__POST_FLOW;

	/**
	 * The feature id for the '<em><b>Xml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY_ENDPOINT__XML = ENDPOINT__XML;

	/**
	 * The feature id for the '<em><b>Base Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY_ENDPOINT__BASE_PATH = ENDPOINT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Virtual Host</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY_ENDPOINT__VIRTUAL_HOST = ENDPOINT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Proxy Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY_ENDPOINT_FEATURE_COUNT = ENDPOINT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Proxy Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY_ENDPOINT_OPERATION_COUNT = ENDPOINT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.TargetEndpointImpl <em>Target Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.TargetEndpointImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getTargetEndpoint()
	 * @generated
	 */
	int TARGET_ENDPOINT = 37;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_ENDPOINT__UUID = ENDPOINT__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_ENDPOINT__NAME = ENDPOINT__NAME;

	/**
	 * The feature id for the '<em><b>Pre Flow</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_ENDPOINT__PRE_FLOW = ENDPOINT__PRE_FLOW;

	/**
	 * The feature id for the '<em><b>Conditional Flows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_ENDPOINT__CONDITIONAL_FLOWS = ENDPOINT__CONDITIONAL_FLOWS;

	/**
	 * The feature id for the '<em><b>Post Flow</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_ENDPOINT__POST_FLOW = ENDPOINT__POST_FLOW;

	/**
	 * The feature id for the '<em><b>Xml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_ENDPOINT__XML = ENDPOINT__XML;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_ENDPOINT__URL = ENDPOINT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_ENDPOINT__PROVIDER = ENDPOINT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Target Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_ENDPOINT_FEATURE_COUNT = ENDPOINT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Target Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_ENDPOINT_OPERATION_COUNT = ENDPOINT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.FlowImpl <em>Flow</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.FlowImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getFlow()
	 * @generated
	 */
	int FLOW = 38;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__KIND = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__CONDITION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Request Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__REQUEST_STEPS = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Response Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW__RESPONSE_STEPS = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FLOW_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.StepImpl <em>Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.StepImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getStep()
	 * @generated
	 */
	int STEP = 39;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Policy</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__POLICY = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__CONDITION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__SEQUENCE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.PolicyImpl <em>Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.PolicyImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getPolicy()
	 * @generated
	 */
	int POLICY = 40;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__TYPE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Xml</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY__XML = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.KeyValueMapImpl <em>Key Value Map</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.KeyValueMapImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getKeyValueMap()
	 * @generated
	 */
	int KEY_VALUE_MAP = 41;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_VALUE_MAP__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_VALUE_MAP__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_VALUE_MAP__SCOPE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Encrypted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_VALUE_MAP__ENCRYPTED = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_VALUE_MAP__ENTRIES = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Key Value Map</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_VALUE_MAP_FEATURE_COUNT = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Key Value Map</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_VALUE_MAP_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.KeyValueEntryImpl <em>Key Value Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.KeyValueEntryImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getKeyValueEntry()
	 * @generated
	 */
	int KEY_VALUE_ENTRY = 42;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_VALUE_ENTRY__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_VALUE_ENTRY__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Value</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_VALUE_ENTRY__VALUE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Key Value Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_VALUE_ENTRY_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Key Value Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_VALUE_ENTRY_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.ApiProductImpl <em>Api Product</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.ApiProductImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getApiProduct()
	 * @generated
	 */
	int API_PRODUCT = 43;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PRODUCT__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PRODUCT__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PRODUCT__TITLE = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PRODUCT__DESCRIPTION = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Proxies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PRODUCT__PROXIES = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Scopes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PRODUCT__SCOPES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Api Product</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PRODUCT_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Api Product</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int API_PRODUCT_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.DeveloperApplicationImpl <em>Developer Application</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.DeveloperApplicationImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getDeveloperApplication()
	 * @generated
	 */
	int DEVELOPER_APPLICATION = 44;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPER_APPLICATION__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPER_APPLICATION__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Developer Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPER_APPLICATION__DEVELOPER_EMAIL = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Products</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPER_APPLICATION__PRODUCTS = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Callback Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPER_APPLICATION__CALLBACK_URL = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Api Key</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPER_APPLICATION__API_KEY = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Developer Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPER_APPLICATION_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Developer Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVELOPER_APPLICATION_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.OnboardingImpl <em>Onboarding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.OnboardingImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getOnboarding()
	 * @generated
	 */
	int ONBOARDING = 45;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONBOARDING__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Checklists</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONBOARDING__CHECKLISTS = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ip Allowlists</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONBOARDING__IP_ALLOWLISTS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Domain Allowlists</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONBOARDING__DOMAIN_ALLOWLISTS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Onboarding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONBOARDING_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Onboarding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ONBOARDING_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.ChecklistImpl <em>Checklist</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.ChecklistImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getChecklist()
	 * @generated
	 */
	int CHECKLIST = 46;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__STEPS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Checklist</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Checklist</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.ChecklistStepImpl <em>Checklist Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.ChecklistStepImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getChecklistStep()
	 * @generated
	 */
	int CHECKLIST_STEP = 47;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_STEP__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_STEP__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_STEP__STATUS = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_STEP__OWNER = NAMED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_STEP__EVIDENCE = NAMED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_STEP__NOTES = NAMED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Checklist Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_STEP_FEATURE_COUNT = NAMED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Checklist Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_STEP_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.IpAllowlistImpl <em>Ip Allowlist</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.IpAllowlistImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getIpAllowlist()
	 * @generated
	 */
	int IP_ALLOWLIST = 48;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ALLOWLIST__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ALLOWLIST__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ALLOWLIST__ENTRIES = NAMED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ALLOWLIST__KIND = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Ip Allowlist</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ALLOWLIST_FEATURE_COUNT = NAMED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Ip Allowlist</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ALLOWLIST_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.IpAllowlistEntryImpl <em>Ip Allowlist Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.IpAllowlistEntryImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getIpAllowlistEntry()
	 * @generated
	 */
	int IP_ALLOWLIST_ENTRY = 49;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ALLOWLIST_ENTRY__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Cidr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ALLOWLIST_ENTRY__CIDR = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ALLOWLIST_ENTRY__OWNER = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Change Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ALLOWLIST_ENTRY__CHANGE_DATE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ALLOWLIST_ENTRY__JUSTIFICATION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Ip Allowlist Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ALLOWLIST_ENTRY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Ip Allowlist Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IP_ALLOWLIST_ENTRY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.DomainAllowlistImpl <em>Domain Allowlist</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.DomainAllowlistImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getDomainAllowlist()
	 * @generated
	 */
	int DOMAIN_ALLOWLIST = 50;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_ALLOWLIST__UUID = NAMED__UUID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_ALLOWLIST__NAME = NAMED__NAME;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_ALLOWLIST__ENTRIES = NAMED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Domain Allowlist</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_ALLOWLIST_FEATURE_COUNT = NAMED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Domain Allowlist</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_ALLOWLIST_OPERATION_COUNT = NAMED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.DomainAllowlistEntryImpl <em>Domain Allowlist Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.DomainAllowlistEntryImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getDomainAllowlistEntry()
	 * @generated
	 */
	int DOMAIN_ALLOWLIST_ENTRY = 51;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_ALLOWLIST_ENTRY__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_ALLOWLIST_ENTRY__DOMAIN = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_ALLOWLIST_ENTRY__PORT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_ALLOWLIST_ENTRY__PURPOSE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Domain Allowlist Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_ALLOWLIST_ENTRY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Domain Allowlist Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_ALLOWLIST_ENTRY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.ProxyResourceImpl <em>Proxy Resource</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.ProxyResourceImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getProxyResource()
	 * @generated
	 */
	int PROXY_RESOURCE = 52;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY_RESOURCE__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY_RESOURCE__PATH = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY_RESOURCE__CONTENT = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Binary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY_RESOURCE__BINARY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Proxy Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY_RESOURCE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Proxy Resource</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROXY_RESOURCE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.PolicyLintSettingsImpl <em>Policy Lint Settings</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.PolicyLintSettingsImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getPolicyLintSettings()
	 * @generated
	 */
	int POLICY_LINT_SETTINGS = 53;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_LINT_SETTINGS__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_LINT_SETTINGS__RULES = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Broadest Ipv4 Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_LINT_SETTINGS__BROADEST_IPV4_PREFIX = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Broadest Ipv6 Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_LINT_SETTINGS__BROADEST_IPV6_PREFIX = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Longest Callout Timeout Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_LINT_SETTINGS__LONGEST_CALLOUT_TIMEOUT_MILLIS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Policy Lint Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_LINT_SETTINGS_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Policy Lint Settings</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_LINT_SETTINGS_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.impl.LintRuleSettingImpl <em>Lint Rule Setting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.impl.LintRuleSettingImpl
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getLintRuleSetting()
	 * @generated
	 */
	int LINT_RULE_SETTING = 54;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINT_RULE_SETTING__UUID = IDENTIFIED__UUID;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINT_RULE_SETTING__RULE_ID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINT_RULE_SETTING__ENABLED = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINT_RULE_SETTING__SEVERITY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Lint Rule Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINT_RULE_SETTING_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Lint Rule Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINT_RULE_SETTING_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.PropertyCategory <em>Property Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.PropertyCategory
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getPropertyCategory()
	 * @generated
	 */
	int PROPERTY_CATEGORY = 55;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.PropertyFormat <em>Property Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.PropertyFormat
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getPropertyFormat()
	 * @generated
	 */
	int PROPERTY_FORMAT = 56;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.DataSourceType <em>Data Source Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.DataSourceType
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getDataSourceType()
	 * @generated
	 */
	int DATA_SOURCE_TYPE = 57;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.Product <em>Product</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.Product
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getProduct()
	 * @generated
	 */
	int PRODUCT = 58;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.AuthenticationType <em>Authentication Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.AuthenticationType
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getAuthenticationType()
	 * @generated
	 */
	int AUTHENTICATION_TYPE = 59;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.TaskType <em>Task Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.TaskType
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getTaskType()
	 * @generated
	 */
	int TASK_TYPE = 60;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.Fit <em>Fit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.Fit
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getFit()
	 * @generated
	 */
	int FIT = 61;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.Period <em>Period</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.Period
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getPeriod()
	 * @generated
	 */
	int PERIOD = 62;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.Role <em>Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.Role
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 63;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.TodoMode <em>Todo Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.TodoMode
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getTodoMode()
	 * @generated
	 */
	int TODO_MODE = 64;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.TodoRequirement <em>Todo Requirement</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.TodoRequirement
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getTodoRequirement()
	 * @generated
	 */
	int TODO_REQUIREMENT = 65;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.ComplexityClass <em>Complexity Class</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.ComplexityClass
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getComplexityClass()
	 * @generated
	 */
	int COMPLEXITY_CLASS = 66;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.FlowKind <em>Flow Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.FlowKind
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getFlowKind()
	 * @generated
	 */
	int FLOW_KIND = 67;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.StepStatus <em>Step Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.StepStatus
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getStepStatus()
	 * @generated
	 */
	int STEP_STATUS = 68;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.ProxyBundleFormat <em>Proxy Bundle Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.ProxyBundleFormat
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getProxyBundleFormat()
	 * @generated
	 */
	int PROXY_BUNDLE_FORMAT = 69;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.LintSeverity <em>Lint Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.LintSeverity
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getLintSeverity()
	 * @generated
	 */
	int LINT_SEVERITY = 70;

	/**
	 * The meta object id for the '{@link io.cartograph.model.landscape.AllowlistKind <em>Allowlist Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.cartograph.model.landscape.AllowlistKind
	 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getAllowlistKind()
	 * @generated
	 */
	int ALLOWLIST_KIND = 71;


	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see io.cartograph.model.landscape.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Identified#getUuid <em>Uuid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uuid</em>'.
	 * @see io.cartograph.model.landscape.Identified#getUuid()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Uuid();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.Named <em>Named</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named</em>'.
	 * @see io.cartograph.model.landscape.Named
	 * @generated
	 */
	EClass getNamed();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Named#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.cartograph.model.landscape.Named#getName()
	 * @see #getNamed()
	 * @generated
	 */
	EAttribute getNamed_Name();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.Landscape <em>Landscape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Landscape</em>'.
	 * @see io.cartograph.model.landscape.Landscape
	 * @generated
	 */
	EClass getLandscape();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Landscape#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.cartograph.model.landscape.Landscape#getDescription()
	 * @see #getLandscape()
	 * @generated
	 */
	EAttribute getLandscape_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.Landscape#getEnvironments <em>Environments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Environments</em>'.
	 * @see io.cartograph.model.landscape.Landscape#getEnvironments()
	 * @see #getLandscape()
	 * @generated
	 */
	EReference getLandscape_Environments();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.Landscape#getSystems <em>Systems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Systems</em>'.
	 * @see io.cartograph.model.landscape.Landscape#getSystems()
	 * @see #getLandscape()
	 * @generated
	 */
	EReference getLandscape_Systems();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.Landscape#getBusinessObjects <em>Business Objects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Business Objects</em>'.
	 * @see io.cartograph.model.landscape.Landscape#getBusinessObjects()
	 * @see #getLandscape()
	 * @generated
	 */
	EReference getLandscape_BusinessObjects();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.Landscape#getPropertyDefinitions <em>Property Definitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Property Definitions</em>'.
	 * @see io.cartograph.model.landscape.Landscape#getPropertyDefinitions()
	 * @see #getLandscape()
	 * @generated
	 */
	EReference getLandscape_PropertyDefinitions();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.Landscape#getTagCategories <em>Tag Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tag Categories</em>'.
	 * @see io.cartograph.model.landscape.Landscape#getTagCategories()
	 * @see #getLandscape()
	 * @generated
	 */
	EReference getLandscape_TagCategories();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.Landscape#getUsers <em>Users</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Users</em>'.
	 * @see io.cartograph.model.landscape.Landscape#getUsers()
	 * @see #getLandscape()
	 * @generated
	 */
	EReference getLandscape_Users();

	/**
	 * Returns the meta object for the containment reference '{@link io.cartograph.model.landscape.Landscape#getDashboardSettings <em>Dashboard Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dashboard Settings</em>'.
	 * @see io.cartograph.model.landscape.Landscape#getDashboardSettings()
	 * @see #getLandscape()
	 * @generated
	 */
	EReference getLandscape_DashboardSettings();

	/**
	 * Returns the meta object for the containment reference '{@link io.cartograph.model.landscape.Landscape#getTodoSettings <em>Todo Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Todo Settings</em>'.
	 * @see io.cartograph.model.landscape.Landscape#getTodoSettings()
	 * @see #getLandscape()
	 * @generated
	 */
	EReference getLandscape_TodoSettings();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.Environment <em>Environment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Environment</em>'.
	 * @see io.cartograph.model.landscape.Environment
	 * @generated
	 */
	EClass getEnvironment();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Environment#isStandard <em>Standard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Standard</em>'.
	 * @see io.cartograph.model.landscape.Environment#isStandard()
	 * @see #getEnvironment()
	 * @generated
	 */
	EAttribute getEnvironment_Standard();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Environment#getRank <em>Rank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rank</em>'.
	 * @see io.cartograph.model.landscape.Environment#getRank()
	 * @see #getEnvironment()
	 * @generated
	 */
	EAttribute getEnvironment_Rank();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.PropertyHolder <em>Property Holder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Property Holder</em>'.
	 * @see io.cartograph.model.landscape.PropertyHolder
	 * @generated
	 */
	EClass getPropertyHolder();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.PropertyHolder#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see io.cartograph.model.landscape.PropertyHolder#getProperties()
	 * @see #getPropertyHolder()
	 * @generated
	 */
	EReference getPropertyHolder_Properties();

	/**
	 * Returns the meta object for the reference list '{@link io.cartograph.model.landscape.PropertyHolder#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Tags</em>'.
	 * @see io.cartograph.model.landscape.PropertyHolder#getTags()
	 * @see #getPropertyHolder()
	 * @generated
	 */
	EReference getPropertyHolder_Tags();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.LandscapeSystem <em>System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>System</em>'.
	 * @see io.cartograph.model.landscape.LandscapeSystem
	 * @generated
	 */
	EClass getLandscapeSystem();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.LandscapeSystem#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.cartograph.model.landscape.LandscapeSystem#getDescription()
	 * @see #getLandscapeSystem()
	 * @generated
	 */
	EAttribute getLandscapeSystem_Description();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.LandscapeSystem#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see io.cartograph.model.landscape.LandscapeSystem#getOwner()
	 * @see #getLandscapeSystem()
	 * @generated
	 */
	EAttribute getLandscapeSystem_Owner();

	/**
	 * Returns the meta object for the attribute list '{@link io.cartograph.model.landscape.LandscapeSystem#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see io.cartograph.model.landscape.LandscapeSystem#getAliases()
	 * @see #getLandscapeSystem()
	 * @generated
	 */
	EAttribute getLandscapeSystem_Aliases();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.BusinessObject <em>Business Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Business Object</em>'.
	 * @see io.cartograph.model.landscape.BusinessObject
	 * @generated
	 */
	EClass getBusinessObject();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.BusinessObject#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.cartograph.model.landscape.BusinessObject#getDescription()
	 * @see #getBusinessObject()
	 * @generated
	 */
	EAttribute getBusinessObject_Description();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.PropertyDefinition <em>Property Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Property Definition</em>'.
	 * @see io.cartograph.model.landscape.PropertyDefinition
	 * @generated
	 */
	EClass getPropertyDefinition();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.PropertyDefinition#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see io.cartograph.model.landscape.PropertyDefinition#getCategory()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_Category();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.PropertyDefinition#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see io.cartograph.model.landscape.PropertyDefinition#getFormat()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_Format();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.PropertyDefinition#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.cartograph.model.landscape.PropertyDefinition#getDescription()
	 * @see #getPropertyDefinition()
	 * @generated
	 */
	EAttribute getPropertyDefinition_Description();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.PropertyValue <em>Property Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Property Value</em>'.
	 * @see io.cartograph.model.landscape.PropertyValue
	 * @generated
	 */
	EClass getPropertyValue();

	/**
	 * Returns the meta object for the reference '{@link io.cartograph.model.landscape.PropertyValue#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Definition</em>'.
	 * @see io.cartograph.model.landscape.PropertyValue#getDefinition()
	 * @see #getPropertyValue()
	 * @generated
	 */
	EReference getPropertyValue_Definition();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.PropertyValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.cartograph.model.landscape.PropertyValue#getValue()
	 * @see #getPropertyValue()
	 * @generated
	 */
	EAttribute getPropertyValue_Value();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.TagCategory <em>Tag Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tag Category</em>'.
	 * @see io.cartograph.model.landscape.TagCategory
	 * @generated
	 */
	EClass getTagCategory();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.TagCategory#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.cartograph.model.landscape.TagCategory#getDescription()
	 * @see #getTagCategory()
	 * @generated
	 */
	EAttribute getTagCategory_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.TagCategory#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see io.cartograph.model.landscape.TagCategory#getValues()
	 * @see #getTagCategory()
	 * @generated
	 */
	EReference getTagCategory_Values();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.TagValue <em>Tag Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tag Value</em>'.
	 * @see io.cartograph.model.landscape.TagValue
	 * @generated
	 */
	EClass getTagValue();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.InterfaceCatalog <em>Interface Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Catalog</em>'.
	 * @see io.cartograph.model.landscape.InterfaceCatalog
	 * @generated
	 */
	EClass getInterfaceCatalog();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.InterfaceCatalog#getInterfaces <em>Interfaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interfaces</em>'.
	 * @see io.cartograph.model.landscape.InterfaceCatalog#getInterfaces()
	 * @see #getInterfaceCatalog()
	 * @generated
	 */
	EReference getInterfaceCatalog_Interfaces();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.Interface <em>Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface</em>'.
	 * @see io.cartograph.model.landscape.Interface
	 * @generated
	 */
	EClass getInterface();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Interface#getExternalId <em>External Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>External Id</em>'.
	 * @see io.cartograph.model.landscape.Interface#getExternalId()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_ExternalId();

	/**
	 * Returns the meta object for the reference '{@link io.cartograph.model.landscape.Interface#getDataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Data Source</em>'.
	 * @see io.cartograph.model.landscape.Interface#getDataSource()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_DataSource();

	/**
	 * Returns the meta object for the reference '{@link io.cartograph.model.landscape.Interface#getEnvironment <em>Environment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Environment</em>'.
	 * @see io.cartograph.model.landscape.Interface#getEnvironment()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Environment();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Interface#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.cartograph.model.landscape.Interface#getType()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Type();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Interface#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see io.cartograph.model.landscape.Interface#getVersion()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Version();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Interface#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.cartograph.model.landscape.Interface#getStatus()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Interface#getOriginalSender <em>Original Sender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Original Sender</em>'.
	 * @see io.cartograph.model.landscape.Interface#getOriginalSender()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_OriginalSender();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Interface#getOriginalReceiver <em>Original Receiver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Original Receiver</em>'.
	 * @see io.cartograph.model.landscape.Interface#getOriginalReceiver()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_OriginalReceiver();

	/**
	 * Returns the meta object for the reference '{@link io.cartograph.model.landscape.Interface#getSender <em>Sender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Sender</em>'.
	 * @see io.cartograph.model.landscape.Interface#getSender()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Sender();

	/**
	 * Returns the meta object for the reference '{@link io.cartograph.model.landscape.Interface#getReceiver <em>Receiver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Receiver</em>'.
	 * @see io.cartograph.model.landscape.Interface#getReceiver()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Receiver();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Interface#isSenderSetByHand <em>Sender Set By Hand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sender Set By Hand</em>'.
	 * @see io.cartograph.model.landscape.Interface#isSenderSetByHand()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_SenderSetByHand();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Interface#isReceiverSetByHand <em>Receiver Set By Hand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Receiver Set By Hand</em>'.
	 * @see io.cartograph.model.landscape.Interface#isReceiverSetByHand()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_ReceiverSetByHand();

	/**
	 * Returns the meta object for the attribute list '{@link io.cartograph.model.landscape.Interface#getAdapters <em>Adapters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Adapters</em>'.
	 * @see io.cartograph.model.landscape.Interface#getAdapters()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Adapters();

	/**
	 * Returns the meta object for the attribute list '{@link io.cartograph.model.landscape.Interface#getAuthenticationMethods <em>Authentication Methods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Authentication Methods</em>'.
	 * @see io.cartograph.model.landscape.Interface#getAuthenticationMethods()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_AuthenticationMethods();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Interface#getComplexity <em>Complexity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Complexity</em>'.
	 * @see io.cartograph.model.landscape.Interface#getComplexity()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Complexity();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Interface#getLastTraffic <em>Last Traffic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Traffic</em>'.
	 * @see io.cartograph.model.landscape.Interface#getLastTraffic()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_LastTraffic();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Interface#isNotFoundInLastRun <em>Not Found In Last Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Found In Last Run</em>'.
	 * @see io.cartograph.model.landscape.Interface#isNotFoundInLastRun()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_NotFoundInLastRun();

	/**
	 * Returns the meta object for the reference list '{@link io.cartograph.model.landscape.Interface#getBusinessObjects <em>Business Objects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Business Objects</em>'.
	 * @see io.cartograph.model.landscape.Interface#getBusinessObjects()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_BusinessObjects();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.IntegrationCatalog <em>Integration Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Integration Catalog</em>'.
	 * @see io.cartograph.model.landscape.IntegrationCatalog
	 * @generated
	 */
	EClass getIntegrationCatalog();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.IntegrationCatalog#getIntegrations <em>Integrations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Integrations</em>'.
	 * @see io.cartograph.model.landscape.IntegrationCatalog#getIntegrations()
	 * @see #getIntegrationCatalog()
	 * @generated
	 */
	EReference getIntegrationCatalog_Integrations();

	/**
	 * Returns the meta object for the attribute list '{@link io.cartograph.model.landscape.IntegrationCatalog#getRejectedProposals <em>Rejected Proposals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Rejected Proposals</em>'.
	 * @see io.cartograph.model.landscape.IntegrationCatalog#getRejectedProposals()
	 * @see #getIntegrationCatalog()
	 * @generated
	 */
	EAttribute getIntegrationCatalog_RejectedProposals();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.EndToEndIntegration <em>End To End Integration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>End To End Integration</em>'.
	 * @see io.cartograph.model.landscape.EndToEndIntegration
	 * @generated
	 */
	EClass getEndToEndIntegration();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.EndToEndIntegration#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.cartograph.model.landscape.EndToEndIntegration#getDescription()
	 * @see #getEndToEndIntegration()
	 * @generated
	 */
	EAttribute getEndToEndIntegration_Description();

	/**
	 * Returns the meta object for the reference '{@link io.cartograph.model.landscape.EndToEndIntegration#getSender <em>Sender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Sender</em>'.
	 * @see io.cartograph.model.landscape.EndToEndIntegration#getSender()
	 * @see #getEndToEndIntegration()
	 * @generated
	 */
	EReference getEndToEndIntegration_Sender();

	/**
	 * Returns the meta object for the reference '{@link io.cartograph.model.landscape.EndToEndIntegration#getReceiver <em>Receiver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Receiver</em>'.
	 * @see io.cartograph.model.landscape.EndToEndIntegration#getReceiver()
	 * @see #getEndToEndIntegration()
	 * @generated
	 */
	EReference getEndToEndIntegration_Receiver();

	/**
	 * Returns the meta object for the reference list '{@link io.cartograph.model.landscape.EndToEndIntegration#getInterfaces <em>Interfaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Interfaces</em>'.
	 * @see io.cartograph.model.landscape.EndToEndIntegration#getInterfaces()
	 * @see #getEndToEndIntegration()
	 * @generated
	 */
	EReference getEndToEndIntegration_Interfaces();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.EndToEndIntegration#isProposal <em>Proposal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Proposal</em>'.
	 * @see io.cartograph.model.landscape.EndToEndIntegration#isProposal()
	 * @see #getEndToEndIntegration()
	 * @generated
	 */
	EAttribute getEndToEndIntegration_Proposal();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.EndToEndIntegration#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see io.cartograph.model.landscape.EndToEndIntegration#getEvidence()
	 * @see #getEndToEndIntegration()
	 * @generated
	 */
	EAttribute getEndToEndIntegration_Evidence();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.DataSourceCatalog <em>Data Source Catalog</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Source Catalog</em>'.
	 * @see io.cartograph.model.landscape.DataSourceCatalog
	 * @generated
	 */
	EClass getDataSourceCatalog();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.DataSourceCatalog#getDataSources <em>Data Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data Sources</em>'.
	 * @see io.cartograph.model.landscape.DataSourceCatalog#getDataSources()
	 * @see #getDataSourceCatalog()
	 * @generated
	 */
	EReference getDataSourceCatalog_DataSources();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.DataSourceCatalog#getProxies <em>Proxies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Proxies</em>'.
	 * @see io.cartograph.model.landscape.DataSourceCatalog#getProxies()
	 * @see #getDataSourceCatalog()
	 * @generated
	 */
	EReference getDataSourceCatalog_Proxies();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.DataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Source</em>'.
	 * @see io.cartograph.model.landscape.DataSource
	 * @generated
	 */
	EClass getDataSource();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DataSource#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.cartograph.model.landscape.DataSource#getType()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Type();

	/**
	 * Returns the meta object for the reference '{@link io.cartograph.model.landscape.DataSource#getEnvironment <em>Environment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Environment</em>'.
	 * @see io.cartograph.model.landscape.DataSource#getEnvironment()
	 * @see #getDataSource()
	 * @generated
	 */
	EReference getDataSource_Environment();

	/**
	 * Returns the meta object for the attribute list '{@link io.cartograph.model.landscape.DataSource#getProducts <em>Products</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Products</em>'.
	 * @see io.cartograph.model.landscape.DataSource#getProducts()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Products();

	/**
	 * Returns the meta object for the attribute list '{@link io.cartograph.model.landscape.DataSource#getFeatures <em>Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Features</em>'.
	 * @see io.cartograph.model.landscape.DataSource#getFeatures()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Features();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DataSource#getHostname <em>Hostname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hostname</em>'.
	 * @see io.cartograph.model.landscape.DataSource#getHostname()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Hostname();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DataSource#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see io.cartograph.model.landscape.DataSource#getRegion()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Region();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DataSource#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see io.cartograph.model.landscape.DataSource#getUrl()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Url();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DataSource#getTenant <em>Tenant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tenant</em>'.
	 * @see io.cartograph.model.landscape.DataSource#getTenant()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Tenant();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DataSource#getWorkspace <em>Workspace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Workspace</em>'.
	 * @see io.cartograph.model.landscape.DataSource#getWorkspace()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Workspace();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DataSource#getProjectId <em>Project Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Project Id</em>'.
	 * @see io.cartograph.model.landscape.DataSource#getProjectId()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_ProjectId();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DataSource#getRootUrl <em>Root Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Root Url</em>'.
	 * @see io.cartograph.model.landscape.DataSource#getRootUrl()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_RootUrl();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DataSource#getSystemId <em>System Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>System Id</em>'.
	 * @see io.cartograph.model.landscape.DataSource#getSystemId()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_SystemId();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DataSource#getClient <em>Client</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client</em>'.
	 * @see io.cartograph.model.landscape.DataSource#getClient()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Client();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DataSource#getRfcDestination <em>Rfc Destination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rfc Destination</em>'.
	 * @see io.cartograph.model.landscape.DataSource#getRfcDestination()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_RfcDestination();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DataSource#getUpdateMode <em>Update Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Update Mode</em>'.
	 * @see io.cartograph.model.landscape.DataSource#getUpdateMode()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_UpdateMode();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DataSource#getTargetField <em>Target Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Field</em>'.
	 * @see io.cartograph.model.landscape.DataSource#getTargetField()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_TargetField();

	/**
	 * Returns the meta object for the reference '{@link io.cartograph.model.landscape.DataSource#getProxy <em>Proxy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Proxy</em>'.
	 * @see io.cartograph.model.landscape.DataSource#getProxy()
	 * @see #getDataSource()
	 * @generated
	 */
	EReference getDataSource_Proxy();

	/**
	 * Returns the meta object for the containment reference '{@link io.cartograph.model.landscape.DataSource#getAuthentication <em>Authentication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Authentication</em>'.
	 * @see io.cartograph.model.landscape.DataSource#getAuthentication()
	 * @see #getDataSource()
	 * @generated
	 */
	EReference getDataSource_Authentication();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.DataSource#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tasks</em>'.
	 * @see io.cartograph.model.landscape.DataSource#getTasks()
	 * @see #getDataSource()
	 * @generated
	 */
	EReference getDataSource_Tasks();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.Authentication <em>Authentication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Authentication</em>'.
	 * @see io.cartograph.model.landscape.Authentication
	 * @generated
	 */
	EClass getAuthentication();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Authentication#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.cartograph.model.landscape.Authentication#getType()
	 * @see #getAuthentication()
	 * @generated
	 */
	EAttribute getAuthentication_Type();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Authentication#getUsername <em>Username</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Username</em>'.
	 * @see io.cartograph.model.landscape.Authentication#getUsername()
	 * @see #getAuthentication()
	 * @generated
	 */
	EAttribute getAuthentication_Username();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Authentication#getClientId <em>Client Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client Id</em>'.
	 * @see io.cartograph.model.landscape.Authentication#getClientId()
	 * @see #getAuthentication()
	 * @generated
	 */
	EAttribute getAuthentication_ClientId();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Authentication#getTokenUrl <em>Token Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Token Url</em>'.
	 * @see io.cartograph.model.landscape.Authentication#getTokenUrl()
	 * @see #getAuthentication()
	 * @generated
	 */
	EAttribute getAuthentication_TokenUrl();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Authentication#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see io.cartograph.model.landscape.Authentication#getScope()
	 * @see #getAuthentication()
	 * @generated
	 */
	EAttribute getAuthentication_Scope();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Authentication#getApiKeyHeader <em>Api Key Header</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Api Key Header</em>'.
	 * @see io.cartograph.model.landscape.Authentication#getApiKeyHeader()
	 * @see #getAuthentication()
	 * @generated
	 */
	EAttribute getAuthentication_ApiKeyHeader();

	/**
	 * Returns the meta object for the containment reference '{@link io.cartograph.model.landscape.Authentication#getSecret <em>Secret</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Secret</em>'.
	 * @see io.cartograph.model.landscape.Authentication#getSecret()
	 * @see #getAuthentication()
	 * @generated
	 */
	EReference getAuthentication_Secret();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.SecretReference <em>Secret Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Secret Reference</em>'.
	 * @see io.cartograph.model.landscape.SecretReference
	 * @generated
	 */
	EClass getSecretReference();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.SecretReference#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see io.cartograph.model.landscape.SecretReference#getPurpose()
	 * @see #getSecretReference()
	 * @generated
	 */
	EAttribute getSecretReference_Purpose();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.Task <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task</em>'.
	 * @see io.cartograph.model.landscape.Task
	 * @generated
	 */
	EClass getTask();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Task#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.cartograph.model.landscape.Task#getType()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Type();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Task#getRecurrence <em>Recurrence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recurrence</em>'.
	 * @see io.cartograph.model.landscape.Task#getRecurrence()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Recurrence();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Task#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see io.cartograph.model.landscape.Task#isEnabled()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Enabled();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.Proxy <em>Proxy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Proxy</em>'.
	 * @see io.cartograph.model.landscape.Proxy
	 * @generated
	 */
	EClass getProxy();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Proxy#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host</em>'.
	 * @see io.cartograph.model.landscape.Proxy#getHost()
	 * @see #getProxy()
	 * @generated
	 */
	EAttribute getProxy_Host();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Proxy#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.cartograph.model.landscape.Proxy#getPort()
	 * @see #getProxy()
	 * @generated
	 */
	EAttribute getProxy_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Proxy#getLocationId <em>Location Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location Id</em>'.
	 * @see io.cartograph.model.landscape.Proxy#getLocationId()
	 * @see #getProxy()
	 * @generated
	 */
	EAttribute getProxy_LocationId();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Proxy#getUsername <em>Username</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Username</em>'.
	 * @see io.cartograph.model.landscape.Proxy#getUsername()
	 * @see #getProxy()
	 * @generated
	 */
	EAttribute getProxy_Username();

	/**
	 * Returns the meta object for the containment reference '{@link io.cartograph.model.landscape.Proxy#getPassword <em>Password</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Password</em>'.
	 * @see io.cartograph.model.landscape.Proxy#getPassword()
	 * @see #getProxy()
	 * @generated
	 */
	EReference getProxy_Password();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.RuleBook <em>Rule Book</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule Book</em>'.
	 * @see io.cartograph.model.landscape.RuleBook
	 * @generated
	 */
	EClass getRuleBook();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.RuleBook#getSystemMappingRules <em>System Mapping Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>System Mapping Rules</em>'.
	 * @see io.cartograph.model.landscape.RuleBook#getSystemMappingRules()
	 * @see #getRuleBook()
	 * @generated
	 */
	EReference getRuleBook_SystemMappingRules();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.RuleBook#getObjectRules <em>Object Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Object Rules</em>'.
	 * @see io.cartograph.model.landscape.RuleBook#getObjectRules()
	 * @see #getRuleBook()
	 * @generated
	 */
	EReference getRuleBook_ObjectRules();

	/**
	 * Returns the meta object for the containment reference '{@link io.cartograph.model.landscape.RuleBook#getStrategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Strategy</em>'.
	 * @see io.cartograph.model.landscape.RuleBook#getStrategy()
	 * @see #getRuleBook()
	 * @generated
	 */
	EReference getRuleBook_Strategy();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.SystemMappingRule <em>System Mapping Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>System Mapping Rule</em>'.
	 * @see io.cartograph.model.landscape.SystemMappingRule
	 * @generated
	 */
	EClass getSystemMappingRule();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.SystemMappingRule#getInterfacePattern <em>Interface Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interface Pattern</em>'.
	 * @see io.cartograph.model.landscape.SystemMappingRule#getInterfacePattern()
	 * @see #getSystemMappingRule()
	 * @generated
	 */
	EAttribute getSystemMappingRule_InterfacePattern();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.SystemMappingRule#getOriginalSystem <em>Original System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Original System</em>'.
	 * @see io.cartograph.model.landscape.SystemMappingRule#getOriginalSystem()
	 * @see #getSystemMappingRule()
	 * @generated
	 */
	EAttribute getSystemMappingRule_OriginalSystem();

	/**
	 * Returns the meta object for the reference '{@link io.cartograph.model.landscape.SystemMappingRule#getHarmonizedSystem <em>Harmonized System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Harmonized System</em>'.
	 * @see io.cartograph.model.landscape.SystemMappingRule#getHarmonizedSystem()
	 * @see #getSystemMappingRule()
	 * @generated
	 */
	EReference getSystemMappingRule_HarmonizedSystem();

	/**
	 * Returns the meta object for the reference '{@link io.cartograph.model.landscape.SystemMappingRule#getDataSourceFilter <em>Data Source Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Data Source Filter</em>'.
	 * @see io.cartograph.model.landscape.SystemMappingRule#getDataSourceFilter()
	 * @see #getSystemMappingRule()
	 * @generated
	 */
	EReference getSystemMappingRule_DataSourceFilter();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.SystemMappingRule#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see io.cartograph.model.landscape.SystemMappingRule#isEnabled()
	 * @see #getSystemMappingRule()
	 * @generated
	 */
	EAttribute getSystemMappingRule_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.SystemMappingRule#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.cartograph.model.landscape.SystemMappingRule#getDescription()
	 * @see #getSystemMappingRule()
	 * @generated
	 */
	EAttribute getSystemMappingRule_Description();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.ObjectRule <em>Object Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Object Rule</em>'.
	 * @see io.cartograph.model.landscape.ObjectRule
	 * @generated
	 */
	EClass getObjectRule();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ObjectRule#getInterfacePattern <em>Interface Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interface Pattern</em>'.
	 * @see io.cartograph.model.landscape.ObjectRule#getInterfacePattern()
	 * @see #getObjectRule()
	 * @generated
	 */
	EAttribute getObjectRule_InterfacePattern();

	/**
	 * Returns the meta object for the reference '{@link io.cartograph.model.landscape.ObjectRule#getHarmonizedObject <em>Harmonized Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Harmonized Object</em>'.
	 * @see io.cartograph.model.landscape.ObjectRule#getHarmonizedObject()
	 * @see #getObjectRule()
	 * @generated
	 */
	EReference getObjectRule_HarmonizedObject();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ObjectRule#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see io.cartograph.model.landscape.ObjectRule#isEnabled()
	 * @see #getObjectRule()
	 * @generated
	 */
	EAttribute getObjectRule_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ObjectRule#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.cartograph.model.landscape.ObjectRule#getDescription()
	 * @see #getObjectRule()
	 * @generated
	 */
	EAttribute getObjectRule_Description();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.IntegrationStrategy <em>Integration Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Integration Strategy</em>'.
	 * @see io.cartograph.model.landscape.IntegrationStrategy
	 * @generated
	 */
	EClass getIntegrationStrategy();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.IntegrationStrategy#getAdapterFits <em>Adapter Fits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Adapter Fits</em>'.
	 * @see io.cartograph.model.landscape.IntegrationStrategy#getAdapterFits()
	 * @see #getIntegrationStrategy()
	 * @generated
	 */
	EReference getIntegrationStrategy_AdapterFits();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.IntegrationStrategy#getAuthenticationFits <em>Authentication Fits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Authentication Fits</em>'.
	 * @see io.cartograph.model.landscape.IntegrationStrategy#getAuthenticationFits()
	 * @see #getIntegrationStrategy()
	 * @generated
	 */
	EReference getIntegrationStrategy_AuthenticationFits();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.TechnologyFit <em>Technology Fit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Technology Fit</em>'.
	 * @see io.cartograph.model.landscape.TechnologyFit
	 * @generated
	 */
	EClass getTechnologyFit();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.TechnologyFit#getFit <em>Fit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fit</em>'.
	 * @see io.cartograph.model.landscape.TechnologyFit#getFit()
	 * @see #getTechnologyFit()
	 * @generated
	 */
	EAttribute getTechnologyFit_Fit();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.TechnologyFit#getTechnologies <em>Technologies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Technologies</em>'.
	 * @see io.cartograph.model.landscape.TechnologyFit#getTechnologies()
	 * @see #getTechnologyFit()
	 * @generated
	 */
	EAttribute getTechnologyFit_Technologies();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.DashboardSettings <em>Dashboard Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dashboard Settings</em>'.
	 * @see io.cartograph.model.landscape.DashboardSettings
	 * @generated
	 */
	EClass getDashboardSettings();

	/**
	 * Returns the meta object for the attribute list '{@link io.cartograph.model.landscape.DashboardSettings#getActivatedElements <em>Activated Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Activated Elements</em>'.
	 * @see io.cartograph.model.landscape.DashboardSettings#getActivatedElements()
	 * @see #getDashboardSettings()
	 * @generated
	 */
	EAttribute getDashboardSettings_ActivatedElements();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DashboardSettings#getRobustnessWarning <em>Robustness Warning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Robustness Warning</em>'.
	 * @see io.cartograph.model.landscape.DashboardSettings#getRobustnessWarning()
	 * @see #getDashboardSettings()
	 * @generated
	 */
	EAttribute getDashboardSettings_RobustnessWarning();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DashboardSettings#getRobustnessCritical <em>Robustness Critical</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Robustness Critical</em>'.
	 * @see io.cartograph.model.landscape.DashboardSettings#getRobustnessCritical()
	 * @see #getDashboardSettings()
	 * @generated
	 */
	EAttribute getDashboardSettings_RobustnessCritical();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DashboardSettings#getDecommissioningThreshold <em>Decommissioning Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decommissioning Threshold</em>'.
	 * @see io.cartograph.model.landscape.DashboardSettings#getDecommissioningThreshold()
	 * @see #getDashboardSettings()
	 * @generated
	 */
	EAttribute getDashboardSettings_DecommissioningThreshold();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DashboardSettings#getDecommissioningDays <em>Decommissioning Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decommissioning Days</em>'.
	 * @see io.cartograph.model.landscape.DashboardSettings#getDecommissioningDays()
	 * @see #getDashboardSettings()
	 * @generated
	 */
	EAttribute getDashboardSettings_DecommissioningDays();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DashboardSettings#getDecommissioningGreenBelow <em>Decommissioning Green Below</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decommissioning Green Below</em>'.
	 * @see io.cartograph.model.landscape.DashboardSettings#getDecommissioningGreenBelow()
	 * @see #getDashboardSettings()
	 * @generated
	 */
	EAttribute getDashboardSettings_DecommissioningGreenBelow();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DashboardSettings#getDecommissioningRedAbove <em>Decommissioning Red Above</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decommissioning Red Above</em>'.
	 * @see io.cartograph.model.landscape.DashboardSettings#getDecommissioningRedAbove()
	 * @see #getDashboardSettings()
	 * @generated
	 */
	EAttribute getDashboardSettings_DecommissioningRedAbove();

	/**
	 * Returns the meta object for the reference list '{@link io.cartograph.model.landscape.DashboardSettings#getInventoryTagDisplays <em>Inventory Tag Displays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Inventory Tag Displays</em>'.
	 * @see io.cartograph.model.landscape.DashboardSettings#getInventoryTagDisplays()
	 * @see #getDashboardSettings()
	 * @generated
	 */
	EReference getDashboardSettings_InventoryTagDisplays();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.DashboardSettings#getErrorWindows <em>Error Windows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Error Windows</em>'.
	 * @see io.cartograph.model.landscape.DashboardSettings#getErrorWindows()
	 * @see #getDashboardSettings()
	 * @generated
	 */
	EReference getDashboardSettings_ErrorWindows();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.DashboardSettings#getAnomalyBounds <em>Anomaly Bounds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Anomaly Bounds</em>'.
	 * @see io.cartograph.model.landscape.DashboardSettings#getAnomalyBounds()
	 * @see #getDashboardSettings()
	 * @generated
	 */
	EReference getDashboardSettings_AnomalyBounds();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.DashboardSettings#getQuickLinks <em>Quick Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Quick Links</em>'.
	 * @see io.cartograph.model.landscape.DashboardSettings#getQuickLinks()
	 * @see #getDashboardSettings()
	 * @generated
	 */
	EReference getDashboardSettings_QuickLinks();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.ErrorWindow <em>Error Window</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Error Window</em>'.
	 * @see io.cartograph.model.landscape.ErrorWindow
	 * @generated
	 */
	EClass getErrorWindow();

	/**
	 * Returns the meta object for the reference '{@link io.cartograph.model.landscape.ErrorWindow#getDataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Data Source</em>'.
	 * @see io.cartograph.model.landscape.ErrorWindow#getDataSource()
	 * @see #getErrorWindow()
	 * @generated
	 */
	EReference getErrorWindow_DataSource();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ErrorWindow#getInterfaceType <em>Interface Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interface Type</em>'.
	 * @see io.cartograph.model.landscape.ErrorWindow#getInterfaceType()
	 * @see #getErrorWindow()
	 * @generated
	 */
	EAttribute getErrorWindow_InterfaceType();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ErrorWindow#getHours <em>Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours</em>'.
	 * @see io.cartograph.model.landscape.ErrorWindow#getHours()
	 * @see #getErrorWindow()
	 * @generated
	 */
	EAttribute getErrorWindow_Hours();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.AnomalyBound <em>Anomaly Bound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Anomaly Bound</em>'.
	 * @see io.cartograph.model.landscape.AnomalyBound
	 * @generated
	 */
	EClass getAnomalyBound();

	/**
	 * Returns the meta object for the reference '{@link io.cartograph.model.landscape.AnomalyBound#getInterface <em>Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Interface</em>'.
	 * @see io.cartograph.model.landscape.AnomalyBound#getInterface()
	 * @see #getAnomalyBound()
	 * @generated
	 */
	EReference getAnomalyBound_Interface();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.AnomalyBound#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see io.cartograph.model.landscape.AnomalyBound#getPeriod()
	 * @see #getAnomalyBound()
	 * @generated
	 */
	EAttribute getAnomalyBound_Period();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.AnomalyBound#getLower <em>Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lower</em>'.
	 * @see io.cartograph.model.landscape.AnomalyBound#getLower()
	 * @see #getAnomalyBound()
	 * @generated
	 */
	EAttribute getAnomalyBound_Lower();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.AnomalyBound#getUpper <em>Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Upper</em>'.
	 * @see io.cartograph.model.landscape.AnomalyBound#getUpper()
	 * @see #getAnomalyBound()
	 * @generated
	 */
	EAttribute getAnomalyBound_Upper();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.QuickLink <em>Quick Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quick Link</em>'.
	 * @see io.cartograph.model.landscape.QuickLink
	 * @generated
	 */
	EClass getQuickLink();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.QuickLink#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see io.cartograph.model.landscape.QuickLink#getUrl()
	 * @see #getQuickLink()
	 * @generated
	 */
	EAttribute getQuickLink_Url();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.TodoSettings <em>Todo Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Todo Settings</em>'.
	 * @see io.cartograph.model.landscape.TodoSettings
	 * @generated
	 */
	EClass getTodoSettings();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.TodoSettings#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see io.cartograph.model.landscape.TodoSettings#getMode()
	 * @see #getTodoSettings()
	 * @generated
	 */
	EAttribute getTodoSettings_Mode();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.TodoSettings#getObjectsRequirement <em>Objects Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Objects Requirement</em>'.
	 * @see io.cartograph.model.landscape.TodoSettings#getObjectsRequirement()
	 * @see #getTodoSettings()
	 * @generated
	 */
	EAttribute getTodoSettings_ObjectsRequirement();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.TodoSettings#getPropertiesRequirement <em>Properties Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Properties Requirement</em>'.
	 * @see io.cartograph.model.landscape.TodoSettings#getPropertiesRequirement()
	 * @see #getTodoSettings()
	 * @generated
	 */
	EAttribute getTodoSettings_PropertiesRequirement();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.TodoSettings#getTagsRequirement <em>Tags Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tags Requirement</em>'.
	 * @see io.cartograph.model.landscape.TodoSettings#getTagsRequirement()
	 * @see #getTodoSettings()
	 * @generated
	 */
	EAttribute getTodoSettings_TagsRequirement();

	/**
	 * Returns the meta object for the reference list '{@link io.cartograph.model.landscape.TodoSettings#getSelectedProperties <em>Selected Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Selected Properties</em>'.
	 * @see io.cartograph.model.landscape.TodoSettings#getSelectedProperties()
	 * @see #getTodoSettings()
	 * @generated
	 */
	EReference getTodoSettings_SelectedProperties();

	/**
	 * Returns the meta object for the reference list '{@link io.cartograph.model.landscape.TodoSettings#getSelectedTags <em>Selected Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Selected Tags</em>'.
	 * @see io.cartograph.model.landscape.TodoSettings#getSelectedTags()
	 * @see #getTodoSettings()
	 * @generated
	 */
	EReference getTodoSettings_SelectedTags();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.User <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User</em>'.
	 * @see io.cartograph.model.landscape.User
	 * @generated
	 */
	EClass getUser();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.User#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see io.cartograph.model.landscape.User#getEmail()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Email();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.User#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see io.cartograph.model.landscape.User#getRole()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Role();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.User#isActive <em>Active</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active</em>'.
	 * @see io.cartograph.model.landscape.User#isActive()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Active();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.ApiManagement <em>Api Management</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Api Management</em>'.
	 * @see io.cartograph.model.landscape.ApiManagement
	 * @generated
	 */
	EClass getApiManagement();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.ApiManagement#getProviders <em>Providers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Providers</em>'.
	 * @see io.cartograph.model.landscape.ApiManagement#getProviders()
	 * @see #getApiManagement()
	 * @generated
	 */
	EReference getApiManagement_Providers();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.ApiManagement#getProxies <em>Proxies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Proxies</em>'.
	 * @see io.cartograph.model.landscape.ApiManagement#getProxies()
	 * @see #getApiManagement()
	 * @generated
	 */
	EReference getApiManagement_Proxies();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.ApiManagement#getKeyValueMaps <em>Key Value Maps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Key Value Maps</em>'.
	 * @see io.cartograph.model.landscape.ApiManagement#getKeyValueMaps()
	 * @see #getApiManagement()
	 * @generated
	 */
	EReference getApiManagement_KeyValueMaps();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.ApiManagement#getProducts <em>Products</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Products</em>'.
	 * @see io.cartograph.model.landscape.ApiManagement#getProducts()
	 * @see #getApiManagement()
	 * @generated
	 */
	EReference getApiManagement_Products();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.ApiManagement#getApplications <em>Applications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Applications</em>'.
	 * @see io.cartograph.model.landscape.ApiManagement#getApplications()
	 * @see #getApiManagement()
	 * @generated
	 */
	EReference getApiManagement_Applications();

	/**
	 * Returns the meta object for the containment reference '{@link io.cartograph.model.landscape.ApiManagement#getLintSettings <em>Lint Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Lint Settings</em>'.
	 * @see io.cartograph.model.landscape.ApiManagement#getLintSettings()
	 * @see #getApiManagement()
	 * @generated
	 */
	EReference getApiManagement_LintSettings();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.ApiProvider <em>Api Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Api Provider</em>'.
	 * @see io.cartograph.model.landscape.ApiProvider
	 * @generated
	 */
	EClass getApiProvider();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ApiProvider#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.cartograph.model.landscape.ApiProvider#getDescription()
	 * @see #getApiProvider()
	 * @generated
	 */
	EAttribute getApiProvider_Description();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ApiProvider#getVirtualHost <em>Virtual Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Virtual Host</em>'.
	 * @see io.cartograph.model.landscape.ApiProvider#getVirtualHost()
	 * @see #getApiProvider()
	 * @generated
	 */
	EAttribute getApiProvider_VirtualHost();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ApiProvider#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.cartograph.model.landscape.ApiProvider#getPort()
	 * @see #getApiProvider()
	 * @generated
	 */
	EAttribute getApiProvider_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ApiProvider#getLocationId <em>Location Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location Id</em>'.
	 * @see io.cartograph.model.landscape.ApiProvider#getLocationId()
	 * @see #getApiProvider()
	 * @generated
	 */
	EAttribute getApiProvider_LocationId();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ApiProvider#getCatalogPathPrefix <em>Catalog Path Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Catalog Path Prefix</em>'.
	 * @see io.cartograph.model.landscape.ApiProvider#getCatalogPathPrefix()
	 * @see #getApiProvider()
	 * @generated
	 */
	EAttribute getApiProvider_CatalogPathPrefix();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ApiProvider#getServiceCollectionUrl <em>Service Collection Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service Collection Url</em>'.
	 * @see io.cartograph.model.landscape.ApiProvider#getServiceCollectionUrl()
	 * @see #getApiProvider()
	 * @generated
	 */
	EAttribute getApiProvider_ServiceCollectionUrl();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.ApiProxy <em>Api Proxy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Api Proxy</em>'.
	 * @see io.cartograph.model.landscape.ApiProxy
	 * @generated
	 */
	EClass getApiProxy();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ApiProxy#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see io.cartograph.model.landscape.ApiProxy#getTitle()
	 * @see #getApiProxy()
	 * @generated
	 */
	EAttribute getApiProxy_Title();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ApiProxy#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see io.cartograph.model.landscape.ApiProxy#getVersion()
	 * @see #getApiProxy()
	 * @generated
	 */
	EAttribute getApiProxy_Version();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ApiProxy#getBasePath <em>Base Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Path</em>'.
	 * @see io.cartograph.model.landscape.ApiProxy#getBasePath()
	 * @see #getApiProxy()
	 * @generated
	 */
	EAttribute getApiProxy_BasePath();

	/**
	 * Returns the meta object for the reference '{@link io.cartograph.model.landscape.ApiProxy#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Provider</em>'.
	 * @see io.cartograph.model.landscape.ApiProxy#getProvider()
	 * @see #getApiProxy()
	 * @generated
	 */
	EReference getApiProxy_Provider();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ApiProxy#getService <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service</em>'.
	 * @see io.cartograph.model.landscape.ApiProxy#getService()
	 * @see #getApiProxy()
	 * @generated
	 */
	EAttribute getApiProxy_Service();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.ApiProxy#getProxyEndpoints <em>Proxy Endpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Proxy Endpoints</em>'.
	 * @see io.cartograph.model.landscape.ApiProxy#getProxyEndpoints()
	 * @see #getApiProxy()
	 * @generated
	 */
	EReference getApiProxy_ProxyEndpoints();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.ApiProxy#getTargetEndpoints <em>Target Endpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Target Endpoints</em>'.
	 * @see io.cartograph.model.landscape.ApiProxy#getTargetEndpoints()
	 * @see #getApiProxy()
	 * @generated
	 */
	EReference getApiProxy_TargetEndpoints();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.ApiProxy#getPolicies <em>Policies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Policies</em>'.
	 * @see io.cartograph.model.landscape.ApiProxy#getPolicies()
	 * @see #getApiProxy()
	 * @generated
	 */
	EReference getApiProxy_Policies();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ApiProxy#getBundleFormat <em>Bundle Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bundle Format</em>'.
	 * @see io.cartograph.model.landscape.ApiProxy#getBundleFormat()
	 * @see #getApiProxy()
	 * @generated
	 */
	EAttribute getApiProxy_BundleFormat();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ApiProxy#getDescriptor <em>Descriptor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Descriptor</em>'.
	 * @see io.cartograph.model.landscape.ApiProxy#getDescriptor()
	 * @see #getApiProxy()
	 * @generated
	 */
	EAttribute getApiProxy_Descriptor();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.ApiProxy#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Resources</em>'.
	 * @see io.cartograph.model.landscape.ApiProxy#getResources()
	 * @see #getApiProxy()
	 * @generated
	 */
	EReference getApiProxy_Resources();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.Endpoint <em>Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Endpoint</em>'.
	 * @see io.cartograph.model.landscape.Endpoint
	 * @generated
	 */
	EClass getEndpoint();

	/**
	 * Returns the meta object for the containment reference '{@link io.cartograph.model.landscape.Endpoint#getPreFlow <em>Pre Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Pre Flow</em>'.
	 * @see io.cartograph.model.landscape.Endpoint#getPreFlow()
	 * @see #getEndpoint()
	 * @generated
	 */
	EReference getEndpoint_PreFlow();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.Endpoint#getConditionalFlows <em>Conditional Flows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditional Flows</em>'.
	 * @see io.cartograph.model.landscape.Endpoint#getConditionalFlows()
	 * @see #getEndpoint()
	 * @generated
	 */
	EReference getEndpoint_ConditionalFlows();

	/**
	 * Returns the meta object for the containment reference '{@link io.cartograph.model.landscape.Endpoint#getPostFlow <em>Post Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Post Flow</em>'.
	 * @see io.cartograph.model.landscape.Endpoint#getPostFlow()
	 * @see #getEndpoint()
	 * @generated
	 */
	EReference getEndpoint_PostFlow();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Endpoint#getXml <em>Xml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Xml</em>'.
	 * @see io.cartograph.model.landscape.Endpoint#getXml()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Xml();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.ProxyEndpoint <em>Proxy Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Proxy Endpoint</em>'.
	 * @see io.cartograph.model.landscape.ProxyEndpoint
	 * @generated
	 */
	EClass getProxyEndpoint();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ProxyEndpoint#getBasePath <em>Base Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Path</em>'.
	 * @see io.cartograph.model.landscape.ProxyEndpoint#getBasePath()
	 * @see #getProxyEndpoint()
	 * @generated
	 */
	EAttribute getProxyEndpoint_BasePath();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ProxyEndpoint#getVirtualHost <em>Virtual Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Virtual Host</em>'.
	 * @see io.cartograph.model.landscape.ProxyEndpoint#getVirtualHost()
	 * @see #getProxyEndpoint()
	 * @generated
	 */
	EAttribute getProxyEndpoint_VirtualHost();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.TargetEndpoint <em>Target Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target Endpoint</em>'.
	 * @see io.cartograph.model.landscape.TargetEndpoint
	 * @generated
	 */
	EClass getTargetEndpoint();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.TargetEndpoint#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see io.cartograph.model.landscape.TargetEndpoint#getUrl()
	 * @see #getTargetEndpoint()
	 * @generated
	 */
	EAttribute getTargetEndpoint_Url();

	/**
	 * Returns the meta object for the reference '{@link io.cartograph.model.landscape.TargetEndpoint#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Provider</em>'.
	 * @see io.cartograph.model.landscape.TargetEndpoint#getProvider()
	 * @see #getTargetEndpoint()
	 * @generated
	 */
	EReference getTargetEndpoint_Provider();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.Flow <em>Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Flow</em>'.
	 * @see io.cartograph.model.landscape.Flow
	 * @generated
	 */
	EClass getFlow();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Flow#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.cartograph.model.landscape.Flow#getKind()
	 * @see #getFlow()
	 * @generated
	 */
	EAttribute getFlow_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Flow#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see io.cartograph.model.landscape.Flow#getCondition()
	 * @see #getFlow()
	 * @generated
	 */
	EAttribute getFlow_Condition();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.Flow#getRequestSteps <em>Request Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Request Steps</em>'.
	 * @see io.cartograph.model.landscape.Flow#getRequestSteps()
	 * @see #getFlow()
	 * @generated
	 */
	EReference getFlow_RequestSteps();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.Flow#getResponseSteps <em>Response Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Response Steps</em>'.
	 * @see io.cartograph.model.landscape.Flow#getResponseSteps()
	 * @see #getFlow()
	 * @generated
	 */
	EReference getFlow_ResponseSteps();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step</em>'.
	 * @see io.cartograph.model.landscape.Step
	 * @generated
	 */
	EClass getStep();

	/**
	 * Returns the meta object for the reference '{@link io.cartograph.model.landscape.Step#getPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Policy</em>'.
	 * @see io.cartograph.model.landscape.Step#getPolicy()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Policy();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Step#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see io.cartograph.model.landscape.Step#getCondition()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Condition();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Step#getSequence <em>Sequence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sequence</em>'.
	 * @see io.cartograph.model.landscape.Step#getSequence()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Sequence();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.Policy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy</em>'.
	 * @see io.cartograph.model.landscape.Policy
	 * @generated
	 */
	EClass getPolicy();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Policy#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.cartograph.model.landscape.Policy#getType()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_Type();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.Policy#getXml <em>Xml</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Xml</em>'.
	 * @see io.cartograph.model.landscape.Policy#getXml()
	 * @see #getPolicy()
	 * @generated
	 */
	EAttribute getPolicy_Xml();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.KeyValueMap <em>Key Value Map</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Key Value Map</em>'.
	 * @see io.cartograph.model.landscape.KeyValueMap
	 * @generated
	 */
	EClass getKeyValueMap();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.KeyValueMap#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see io.cartograph.model.landscape.KeyValueMap#getScope()
	 * @see #getKeyValueMap()
	 * @generated
	 */
	EAttribute getKeyValueMap_Scope();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.KeyValueMap#isEncrypted <em>Encrypted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Encrypted</em>'.
	 * @see io.cartograph.model.landscape.KeyValueMap#isEncrypted()
	 * @see #getKeyValueMap()
	 * @generated
	 */
	EAttribute getKeyValueMap_Encrypted();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.KeyValueMap#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see io.cartograph.model.landscape.KeyValueMap#getEntries()
	 * @see #getKeyValueMap()
	 * @generated
	 */
	EReference getKeyValueMap_Entries();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.KeyValueEntry <em>Key Value Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Key Value Entry</em>'.
	 * @see io.cartograph.model.landscape.KeyValueEntry
	 * @generated
	 */
	EClass getKeyValueEntry();

	/**
	 * Returns the meta object for the containment reference '{@link io.cartograph.model.landscape.KeyValueEntry#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Value</em>'.
	 * @see io.cartograph.model.landscape.KeyValueEntry#getValue()
	 * @see #getKeyValueEntry()
	 * @generated
	 */
	EReference getKeyValueEntry_Value();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.ApiProduct <em>Api Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Api Product</em>'.
	 * @see io.cartograph.model.landscape.ApiProduct
	 * @generated
	 */
	EClass getApiProduct();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ApiProduct#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see io.cartograph.model.landscape.ApiProduct#getTitle()
	 * @see #getApiProduct()
	 * @generated
	 */
	EAttribute getApiProduct_Title();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ApiProduct#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see io.cartograph.model.landscape.ApiProduct#getDescription()
	 * @see #getApiProduct()
	 * @generated
	 */
	EAttribute getApiProduct_Description();

	/**
	 * Returns the meta object for the reference list '{@link io.cartograph.model.landscape.ApiProduct#getProxies <em>Proxies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Proxies</em>'.
	 * @see io.cartograph.model.landscape.ApiProduct#getProxies()
	 * @see #getApiProduct()
	 * @generated
	 */
	EReference getApiProduct_Proxies();

	/**
	 * Returns the meta object for the attribute list '{@link io.cartograph.model.landscape.ApiProduct#getScopes <em>Scopes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Scopes</em>'.
	 * @see io.cartograph.model.landscape.ApiProduct#getScopes()
	 * @see #getApiProduct()
	 * @generated
	 */
	EAttribute getApiProduct_Scopes();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.DeveloperApplication <em>Developer Application</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Developer Application</em>'.
	 * @see io.cartograph.model.landscape.DeveloperApplication
	 * @generated
	 */
	EClass getDeveloperApplication();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DeveloperApplication#getDeveloperEmail <em>Developer Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Developer Email</em>'.
	 * @see io.cartograph.model.landscape.DeveloperApplication#getDeveloperEmail()
	 * @see #getDeveloperApplication()
	 * @generated
	 */
	EAttribute getDeveloperApplication_DeveloperEmail();

	/**
	 * Returns the meta object for the reference list '{@link io.cartograph.model.landscape.DeveloperApplication#getProducts <em>Products</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Products</em>'.
	 * @see io.cartograph.model.landscape.DeveloperApplication#getProducts()
	 * @see #getDeveloperApplication()
	 * @generated
	 */
	EReference getDeveloperApplication_Products();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DeveloperApplication#getCallbackUrl <em>Callback Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Callback Url</em>'.
	 * @see io.cartograph.model.landscape.DeveloperApplication#getCallbackUrl()
	 * @see #getDeveloperApplication()
	 * @generated
	 */
	EAttribute getDeveloperApplication_CallbackUrl();

	/**
	 * Returns the meta object for the containment reference '{@link io.cartograph.model.landscape.DeveloperApplication#getApiKey <em>Api Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Api Key</em>'.
	 * @see io.cartograph.model.landscape.DeveloperApplication#getApiKey()
	 * @see #getDeveloperApplication()
	 * @generated
	 */
	EReference getDeveloperApplication_ApiKey();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.Onboarding <em>Onboarding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Onboarding</em>'.
	 * @see io.cartograph.model.landscape.Onboarding
	 * @generated
	 */
	EClass getOnboarding();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.Onboarding#getChecklists <em>Checklists</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Checklists</em>'.
	 * @see io.cartograph.model.landscape.Onboarding#getChecklists()
	 * @see #getOnboarding()
	 * @generated
	 */
	EReference getOnboarding_Checklists();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.Onboarding#getIpAllowlists <em>Ip Allowlists</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ip Allowlists</em>'.
	 * @see io.cartograph.model.landscape.Onboarding#getIpAllowlists()
	 * @see #getOnboarding()
	 * @generated
	 */
	EReference getOnboarding_IpAllowlists();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.Onboarding#getDomainAllowlists <em>Domain Allowlists</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Domain Allowlists</em>'.
	 * @see io.cartograph.model.landscape.Onboarding#getDomainAllowlists()
	 * @see #getOnboarding()
	 * @generated
	 */
	EReference getOnboarding_DomainAllowlists();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.Checklist <em>Checklist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checklist</em>'.
	 * @see io.cartograph.model.landscape.Checklist
	 * @generated
	 */
	EClass getChecklist();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.Checklist#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see io.cartograph.model.landscape.Checklist#getSteps()
	 * @see #getChecklist()
	 * @generated
	 */
	EReference getChecklist_Steps();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.ChecklistStep <em>Checklist Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checklist Step</em>'.
	 * @see io.cartograph.model.landscape.ChecklistStep
	 * @generated
	 */
	EClass getChecklistStep();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ChecklistStep#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.cartograph.model.landscape.ChecklistStep#getStatus()
	 * @see #getChecklistStep()
	 * @generated
	 */
	EAttribute getChecklistStep_Status();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ChecklistStep#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see io.cartograph.model.landscape.ChecklistStep#getOwner()
	 * @see #getChecklistStep()
	 * @generated
	 */
	EAttribute getChecklistStep_Owner();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ChecklistStep#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see io.cartograph.model.landscape.ChecklistStep#getEvidence()
	 * @see #getChecklistStep()
	 * @generated
	 */
	EAttribute getChecklistStep_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ChecklistStep#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see io.cartograph.model.landscape.ChecklistStep#getNotes()
	 * @see #getChecklistStep()
	 * @generated
	 */
	EAttribute getChecklistStep_Notes();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.IpAllowlist <em>Ip Allowlist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ip Allowlist</em>'.
	 * @see io.cartograph.model.landscape.IpAllowlist
	 * @generated
	 */
	EClass getIpAllowlist();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.IpAllowlist#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see io.cartograph.model.landscape.IpAllowlist#getEntries()
	 * @see #getIpAllowlist()
	 * @generated
	 */
	EReference getIpAllowlist_Entries();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.IpAllowlist#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.cartograph.model.landscape.IpAllowlist#getKind()
	 * @see #getIpAllowlist()
	 * @generated
	 */
	EAttribute getIpAllowlist_Kind();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.IpAllowlistEntry <em>Ip Allowlist Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ip Allowlist Entry</em>'.
	 * @see io.cartograph.model.landscape.IpAllowlistEntry
	 * @generated
	 */
	EClass getIpAllowlistEntry();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.IpAllowlistEntry#getCidr <em>Cidr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cidr</em>'.
	 * @see io.cartograph.model.landscape.IpAllowlistEntry#getCidr()
	 * @see #getIpAllowlistEntry()
	 * @generated
	 */
	EAttribute getIpAllowlistEntry_Cidr();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.IpAllowlistEntry#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see io.cartograph.model.landscape.IpAllowlistEntry#getOwner()
	 * @see #getIpAllowlistEntry()
	 * @generated
	 */
	EAttribute getIpAllowlistEntry_Owner();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.IpAllowlistEntry#getChangeDate <em>Change Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Change Date</em>'.
	 * @see io.cartograph.model.landscape.IpAllowlistEntry#getChangeDate()
	 * @see #getIpAllowlistEntry()
	 * @generated
	 */
	EAttribute getIpAllowlistEntry_ChangeDate();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.IpAllowlistEntry#getJustification <em>Justification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Justification</em>'.
	 * @see io.cartograph.model.landscape.IpAllowlistEntry#getJustification()
	 * @see #getIpAllowlistEntry()
	 * @generated
	 */
	EAttribute getIpAllowlistEntry_Justification();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.DomainAllowlist <em>Domain Allowlist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Domain Allowlist</em>'.
	 * @see io.cartograph.model.landscape.DomainAllowlist
	 * @generated
	 */
	EClass getDomainAllowlist();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.DomainAllowlist#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see io.cartograph.model.landscape.DomainAllowlist#getEntries()
	 * @see #getDomainAllowlist()
	 * @generated
	 */
	EReference getDomainAllowlist_Entries();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.DomainAllowlistEntry <em>Domain Allowlist Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Domain Allowlist Entry</em>'.
	 * @see io.cartograph.model.landscape.DomainAllowlistEntry
	 * @generated
	 */
	EClass getDomainAllowlistEntry();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DomainAllowlistEntry#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see io.cartograph.model.landscape.DomainAllowlistEntry#getDomain()
	 * @see #getDomainAllowlistEntry()
	 * @generated
	 */
	EAttribute getDomainAllowlistEntry_Domain();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DomainAllowlistEntry#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see io.cartograph.model.landscape.DomainAllowlistEntry#getPort()
	 * @see #getDomainAllowlistEntry()
	 * @generated
	 */
	EAttribute getDomainAllowlistEntry_Port();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.DomainAllowlistEntry#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see io.cartograph.model.landscape.DomainAllowlistEntry#getPurpose()
	 * @see #getDomainAllowlistEntry()
	 * @generated
	 */
	EAttribute getDomainAllowlistEntry_Purpose();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.ProxyResource <em>Proxy Resource</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Proxy Resource</em>'.
	 * @see io.cartograph.model.landscape.ProxyResource
	 * @generated
	 */
	EClass getProxyResource();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ProxyResource#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see io.cartograph.model.landscape.ProxyResource#getPath()
	 * @see #getProxyResource()
	 * @generated
	 */
	EAttribute getProxyResource_Path();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ProxyResource#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content</em>'.
	 * @see io.cartograph.model.landscape.ProxyResource#getContent()
	 * @see #getProxyResource()
	 * @generated
	 */
	EAttribute getProxyResource_Content();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.ProxyResource#isBinary <em>Binary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Binary</em>'.
	 * @see io.cartograph.model.landscape.ProxyResource#isBinary()
	 * @see #getProxyResource()
	 * @generated
	 */
	EAttribute getProxyResource_Binary();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.PolicyLintSettings <em>Policy Lint Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Lint Settings</em>'.
	 * @see io.cartograph.model.landscape.PolicyLintSettings
	 * @generated
	 */
	EClass getPolicyLintSettings();

	/**
	 * Returns the meta object for the containment reference list '{@link io.cartograph.model.landscape.PolicyLintSettings#getRules <em>Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rules</em>'.
	 * @see io.cartograph.model.landscape.PolicyLintSettings#getRules()
	 * @see #getPolicyLintSettings()
	 * @generated
	 */
	EReference getPolicyLintSettings_Rules();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.PolicyLintSettings#getBroadestIpv4Prefix <em>Broadest Ipv4 Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Broadest Ipv4 Prefix</em>'.
	 * @see io.cartograph.model.landscape.PolicyLintSettings#getBroadestIpv4Prefix()
	 * @see #getPolicyLintSettings()
	 * @generated
	 */
	EAttribute getPolicyLintSettings_BroadestIpv4Prefix();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.PolicyLintSettings#getBroadestIpv6Prefix <em>Broadest Ipv6 Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Broadest Ipv6 Prefix</em>'.
	 * @see io.cartograph.model.landscape.PolicyLintSettings#getBroadestIpv6Prefix()
	 * @see #getPolicyLintSettings()
	 * @generated
	 */
	EAttribute getPolicyLintSettings_BroadestIpv6Prefix();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.PolicyLintSettings#getLongestCalloutTimeoutMillis <em>Longest Callout Timeout Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Longest Callout Timeout Millis</em>'.
	 * @see io.cartograph.model.landscape.PolicyLintSettings#getLongestCalloutTimeoutMillis()
	 * @see #getPolicyLintSettings()
	 * @generated
	 */
	EAttribute getPolicyLintSettings_LongestCalloutTimeoutMillis();

	/**
	 * Returns the meta object for class '{@link io.cartograph.model.landscape.LintRuleSetting <em>Lint Rule Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lint Rule Setting</em>'.
	 * @see io.cartograph.model.landscape.LintRuleSetting
	 * @generated
	 */
	EClass getLintRuleSetting();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.LintRuleSetting#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see io.cartograph.model.landscape.LintRuleSetting#getRuleId()
	 * @see #getLintRuleSetting()
	 * @generated
	 */
	EAttribute getLintRuleSetting_RuleId();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.LintRuleSetting#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see io.cartograph.model.landscape.LintRuleSetting#isEnabled()
	 * @see #getLintRuleSetting()
	 * @generated
	 */
	EAttribute getLintRuleSetting_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link io.cartograph.model.landscape.LintRuleSetting#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see io.cartograph.model.landscape.LintRuleSetting#getSeverity()
	 * @see #getLintRuleSetting()
	 * @generated
	 */
	EAttribute getLintRuleSetting_Severity();

	/**
	 * Returns the meta object for enum '{@link io.cartograph.model.landscape.PropertyCategory <em>Property Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Property Category</em>'.
	 * @see io.cartograph.model.landscape.PropertyCategory
	 * @generated
	 */
	EEnum getPropertyCategory();

	/**
	 * Returns the meta object for enum '{@link io.cartograph.model.landscape.PropertyFormat <em>Property Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Property Format</em>'.
	 * @see io.cartograph.model.landscape.PropertyFormat
	 * @generated
	 */
	EEnum getPropertyFormat();

	/**
	 * Returns the meta object for enum '{@link io.cartograph.model.landscape.DataSourceType <em>Data Source Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Data Source Type</em>'.
	 * @see io.cartograph.model.landscape.DataSourceType
	 * @generated
	 */
	EEnum getDataSourceType();

	/**
	 * Returns the meta object for enum '{@link io.cartograph.model.landscape.Product <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Product</em>'.
	 * @see io.cartograph.model.landscape.Product
	 * @generated
	 */
	EEnum getProduct();

	/**
	 * Returns the meta object for enum '{@link io.cartograph.model.landscape.AuthenticationType <em>Authentication Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Authentication Type</em>'.
	 * @see io.cartograph.model.landscape.AuthenticationType
	 * @generated
	 */
	EEnum getAuthenticationType();

	/**
	 * Returns the meta object for enum '{@link io.cartograph.model.landscape.TaskType <em>Task Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Task Type</em>'.
	 * @see io.cartograph.model.landscape.TaskType
	 * @generated
	 */
	EEnum getTaskType();

	/**
	 * Returns the meta object for enum '{@link io.cartograph.model.landscape.Fit <em>Fit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Fit</em>'.
	 * @see io.cartograph.model.landscape.Fit
	 * @generated
	 */
	EEnum getFit();

	/**
	 * Returns the meta object for enum '{@link io.cartograph.model.landscape.Period <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Period</em>'.
	 * @see io.cartograph.model.landscape.Period
	 * @generated
	 */
	EEnum getPeriod();

	/**
	 * Returns the meta object for enum '{@link io.cartograph.model.landscape.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Role</em>'.
	 * @see io.cartograph.model.landscape.Role
	 * @generated
	 */
	EEnum getRole();

	/**
	 * Returns the meta object for enum '{@link io.cartograph.model.landscape.TodoMode <em>Todo Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Todo Mode</em>'.
	 * @see io.cartograph.model.landscape.TodoMode
	 * @generated
	 */
	EEnum getTodoMode();

	/**
	 * Returns the meta object for enum '{@link io.cartograph.model.landscape.TodoRequirement <em>Todo Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Todo Requirement</em>'.
	 * @see io.cartograph.model.landscape.TodoRequirement
	 * @generated
	 */
	EEnum getTodoRequirement();

	/**
	 * Returns the meta object for enum '{@link io.cartograph.model.landscape.ComplexityClass <em>Complexity Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Complexity Class</em>'.
	 * @see io.cartograph.model.landscape.ComplexityClass
	 * @generated
	 */
	EEnum getComplexityClass();

	/**
	 * Returns the meta object for enum '{@link io.cartograph.model.landscape.FlowKind <em>Flow Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Flow Kind</em>'.
	 * @see io.cartograph.model.landscape.FlowKind
	 * @generated
	 */
	EEnum getFlowKind();

	/**
	 * Returns the meta object for enum '{@link io.cartograph.model.landscape.StepStatus <em>Step Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Step Status</em>'.
	 * @see io.cartograph.model.landscape.StepStatus
	 * @generated
	 */
	EEnum getStepStatus();

	/**
	 * Returns the meta object for enum '{@link io.cartograph.model.landscape.ProxyBundleFormat <em>Proxy Bundle Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Proxy Bundle Format</em>'.
	 * @see io.cartograph.model.landscape.ProxyBundleFormat
	 * @generated
	 */
	EEnum getProxyBundleFormat();

	/**
	 * Returns the meta object for enum '{@link io.cartograph.model.landscape.LintSeverity <em>Lint Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lint Severity</em>'.
	 * @see io.cartograph.model.landscape.LintSeverity
	 * @generated
	 */
	EEnum getLintSeverity();

	/**
	 * Returns the meta object for enum '{@link io.cartograph.model.landscape.AllowlistKind <em>Allowlist Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Allowlist Kind</em>'.
	 * @see io.cartograph.model.landscape.AllowlistKind
	 * @generated
	 */
	EEnum getAllowlistKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	LandscapeFactory getLandscapeFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.IdentifiedImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Uuid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__UUID = eINSTANCE.getIdentified_Uuid();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.NamedImpl <em>Named</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.NamedImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getNamed()
		 * @generated
		 */
		EClass NAMED = eINSTANCE.getNamed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED__NAME = eINSTANCE.getNamed_Name();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.LandscapeImpl <em>Landscape</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.LandscapeImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getLandscape()
		 * @generated
		 */
		EClass LANDSCAPE = eINSTANCE.getLandscape();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LANDSCAPE__DESCRIPTION = eINSTANCE.getLandscape_Description();

		/**
		 * The meta object literal for the '<em><b>Environments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LANDSCAPE__ENVIRONMENTS = eINSTANCE.getLandscape_Environments();

		/**
		 * The meta object literal for the '<em><b>Systems</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LANDSCAPE__SYSTEMS = eINSTANCE.getLandscape_Systems();

		/**
		 * The meta object literal for the '<em><b>Business Objects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LANDSCAPE__BUSINESS_OBJECTS = eINSTANCE.getLandscape_BusinessObjects();

		/**
		 * The meta object literal for the '<em><b>Property Definitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LANDSCAPE__PROPERTY_DEFINITIONS = eINSTANCE.getLandscape_PropertyDefinitions();

		/**
		 * The meta object literal for the '<em><b>Tag Categories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LANDSCAPE__TAG_CATEGORIES = eINSTANCE.getLandscape_TagCategories();

		/**
		 * The meta object literal for the '<em><b>Users</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LANDSCAPE__USERS = eINSTANCE.getLandscape_Users();

		/**
		 * The meta object literal for the '<em><b>Dashboard Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LANDSCAPE__DASHBOARD_SETTINGS = eINSTANCE.getLandscape_DashboardSettings();

		/**
		 * The meta object literal for the '<em><b>Todo Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LANDSCAPE__TODO_SETTINGS = eINSTANCE.getLandscape_TodoSettings();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.EnvironmentImpl <em>Environment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.EnvironmentImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getEnvironment()
		 * @generated
		 */
		EClass ENVIRONMENT = eINSTANCE.getEnvironment();

		/**
		 * The meta object literal for the '<em><b>Standard</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENVIRONMENT__STANDARD = eINSTANCE.getEnvironment_Standard();

		/**
		 * The meta object literal for the '<em><b>Rank</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENVIRONMENT__RANK = eINSTANCE.getEnvironment_Rank();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.PropertyHolderImpl <em>Property Holder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.PropertyHolderImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getPropertyHolder()
		 * @generated
		 */
		EClass PROPERTY_HOLDER = eINSTANCE.getPropertyHolder();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROPERTY_HOLDER__PROPERTIES = eINSTANCE.getPropertyHolder_Properties();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROPERTY_HOLDER__TAGS = eINSTANCE.getPropertyHolder_Tags();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.LandscapeSystemImpl <em>System</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.LandscapeSystemImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getLandscapeSystem()
		 * @generated
		 */
		EClass LANDSCAPE_SYSTEM = eINSTANCE.getLandscapeSystem();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LANDSCAPE_SYSTEM__DESCRIPTION = eINSTANCE.getLandscapeSystem_Description();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LANDSCAPE_SYSTEM__OWNER = eINSTANCE.getLandscapeSystem_Owner();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LANDSCAPE_SYSTEM__ALIASES = eINSTANCE.getLandscapeSystem_Aliases();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.BusinessObjectImpl <em>Business Object</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.BusinessObjectImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getBusinessObject()
		 * @generated
		 */
		EClass BUSINESS_OBJECT = eINSTANCE.getBusinessObject();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUSINESS_OBJECT__DESCRIPTION = eINSTANCE.getBusinessObject_Description();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.PropertyDefinitionImpl <em>Property Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.PropertyDefinitionImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getPropertyDefinition()
		 * @generated
		 */
		EClass PROPERTY_DEFINITION = eINSTANCE.getPropertyDefinition();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__CATEGORY = eINSTANCE.getPropertyDefinition_Category();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__FORMAT = eINSTANCE.getPropertyDefinition_Format();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_DEFINITION__DESCRIPTION = eINSTANCE.getPropertyDefinition_Description();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.PropertyValueImpl <em>Property Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.PropertyValueImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getPropertyValue()
		 * @generated
		 */
		EClass PROPERTY_VALUE = eINSTANCE.getPropertyValue();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROPERTY_VALUE__DEFINITION = eINSTANCE.getPropertyValue_Definition();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY_VALUE__VALUE = eINSTANCE.getPropertyValue_Value();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.TagCategoryImpl <em>Tag Category</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.TagCategoryImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getTagCategory()
		 * @generated
		 */
		EClass TAG_CATEGORY = eINSTANCE.getTagCategory();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAG_CATEGORY__DESCRIPTION = eINSTANCE.getTagCategory_Description();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TAG_CATEGORY__VALUES = eINSTANCE.getTagCategory_Values();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.TagValueImpl <em>Tag Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.TagValueImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getTagValue()
		 * @generated
		 */
		EClass TAG_VALUE = eINSTANCE.getTagValue();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.InterfaceCatalogImpl <em>Interface Catalog</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.InterfaceCatalogImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getInterfaceCatalog()
		 * @generated
		 */
		EClass INTERFACE_CATALOG = eINSTANCE.getInterfaceCatalog();

		/**
		 * The meta object literal for the '<em><b>Interfaces</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE_CATALOG__INTERFACES = eINSTANCE.getInterfaceCatalog_Interfaces();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.InterfaceImpl <em>Interface</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.InterfaceImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getInterface()
		 * @generated
		 */
		EClass INTERFACE = eINSTANCE.getInterface();

		/**
		 * The meta object literal for the '<em><b>External Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__EXTERNAL_ID = eINSTANCE.getInterface_ExternalId();

		/**
		 * The meta object literal for the '<em><b>Data Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__DATA_SOURCE = eINSTANCE.getInterface_DataSource();

		/**
		 * The meta object literal for the '<em><b>Environment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__ENVIRONMENT = eINSTANCE.getInterface_Environment();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__TYPE = eINSTANCE.getInterface_Type();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__VERSION = eINSTANCE.getInterface_Version();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__STATUS = eINSTANCE.getInterface_Status();

		/**
		 * The meta object literal for the '<em><b>Original Sender</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__ORIGINAL_SENDER = eINSTANCE.getInterface_OriginalSender();

		/**
		 * The meta object literal for the '<em><b>Original Receiver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__ORIGINAL_RECEIVER = eINSTANCE.getInterface_OriginalReceiver();

		/**
		 * The meta object literal for the '<em><b>Sender</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__SENDER = eINSTANCE.getInterface_Sender();

		/**
		 * The meta object literal for the '<em><b>Receiver</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__RECEIVER = eINSTANCE.getInterface_Receiver();

		/**
		 * The meta object literal for the '<em><b>Sender Set By Hand</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__SENDER_SET_BY_HAND = eINSTANCE.getInterface_SenderSetByHand();

		/**
		 * The meta object literal for the '<em><b>Receiver Set By Hand</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__RECEIVER_SET_BY_HAND = eINSTANCE.getInterface_ReceiverSetByHand();

		/**
		 * The meta object literal for the '<em><b>Adapters</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__ADAPTERS = eINSTANCE.getInterface_Adapters();

		/**
		 * The meta object literal for the '<em><b>Authentication Methods</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__AUTHENTICATION_METHODS = eINSTANCE.getInterface_AuthenticationMethods();

		/**
		 * The meta object literal for the '<em><b>Complexity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__COMPLEXITY = eINSTANCE.getInterface_Complexity();

		/**
		 * The meta object literal for the '<em><b>Last Traffic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__LAST_TRAFFIC = eINSTANCE.getInterface_LastTraffic();

		/**
		 * The meta object literal for the '<em><b>Not Found In Last Run</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__NOT_FOUND_IN_LAST_RUN = eINSTANCE.getInterface_NotFoundInLastRun();

		/**
		 * The meta object literal for the '<em><b>Business Objects</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__BUSINESS_OBJECTS = eINSTANCE.getInterface_BusinessObjects();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.IntegrationCatalogImpl <em>Integration Catalog</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.IntegrationCatalogImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getIntegrationCatalog()
		 * @generated
		 */
		EClass INTEGRATION_CATALOG = eINSTANCE.getIntegrationCatalog();

		/**
		 * The meta object literal for the '<em><b>Integrations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTEGRATION_CATALOG__INTEGRATIONS = eINSTANCE.getIntegrationCatalog_Integrations();

		/**
		 * The meta object literal for the '<em><b>Rejected Proposals</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTEGRATION_CATALOG__REJECTED_PROPOSALS = eINSTANCE.getIntegrationCatalog_RejectedProposals();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.EndToEndIntegrationImpl <em>End To End Integration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.EndToEndIntegrationImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getEndToEndIntegration()
		 * @generated
		 */
		EClass END_TO_END_INTEGRATION = eINSTANCE.getEndToEndIntegration();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute END_TO_END_INTEGRATION__DESCRIPTION = eINSTANCE.getEndToEndIntegration_Description();

		/**
		 * The meta object literal for the '<em><b>Sender</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference END_TO_END_INTEGRATION__SENDER = eINSTANCE.getEndToEndIntegration_Sender();

		/**
		 * The meta object literal for the '<em><b>Receiver</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference END_TO_END_INTEGRATION__RECEIVER = eINSTANCE.getEndToEndIntegration_Receiver();

		/**
		 * The meta object literal for the '<em><b>Interfaces</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference END_TO_END_INTEGRATION__INTERFACES = eINSTANCE.getEndToEndIntegration_Interfaces();

		/**
		 * The meta object literal for the '<em><b>Proposal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute END_TO_END_INTEGRATION__PROPOSAL = eINSTANCE.getEndToEndIntegration_Proposal();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute END_TO_END_INTEGRATION__EVIDENCE = eINSTANCE.getEndToEndIntegration_Evidence();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.DataSourceCatalogImpl <em>Data Source Catalog</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.DataSourceCatalogImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getDataSourceCatalog()
		 * @generated
		 */
		EClass DATA_SOURCE_CATALOG = eINSTANCE.getDataSourceCatalog();

		/**
		 * The meta object literal for the '<em><b>Data Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_SOURCE_CATALOG__DATA_SOURCES = eINSTANCE.getDataSourceCatalog_DataSources();

		/**
		 * The meta object literal for the '<em><b>Proxies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_SOURCE_CATALOG__PROXIES = eINSTANCE.getDataSourceCatalog_Proxies();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.DataSourceImpl <em>Data Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.DataSourceImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getDataSource()
		 * @generated
		 */
		EClass DATA_SOURCE = eINSTANCE.getDataSource();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__TYPE = eINSTANCE.getDataSource_Type();

		/**
		 * The meta object literal for the '<em><b>Environment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_SOURCE__ENVIRONMENT = eINSTANCE.getDataSource_Environment();

		/**
		 * The meta object literal for the '<em><b>Products</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__PRODUCTS = eINSTANCE.getDataSource_Products();

		/**
		 * The meta object literal for the '<em><b>Features</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__FEATURES = eINSTANCE.getDataSource_Features();

		/**
		 * The meta object literal for the '<em><b>Hostname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__HOSTNAME = eINSTANCE.getDataSource_Hostname();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__REGION = eINSTANCE.getDataSource_Region();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__URL = eINSTANCE.getDataSource_Url();

		/**
		 * The meta object literal for the '<em><b>Tenant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__TENANT = eINSTANCE.getDataSource_Tenant();

		/**
		 * The meta object literal for the '<em><b>Workspace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__WORKSPACE = eINSTANCE.getDataSource_Workspace();

		/**
		 * The meta object literal for the '<em><b>Project Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__PROJECT_ID = eINSTANCE.getDataSource_ProjectId();

		/**
		 * The meta object literal for the '<em><b>Root Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__ROOT_URL = eINSTANCE.getDataSource_RootUrl();

		/**
		 * The meta object literal for the '<em><b>System Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__SYSTEM_ID = eINSTANCE.getDataSource_SystemId();

		/**
		 * The meta object literal for the '<em><b>Client</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__CLIENT = eINSTANCE.getDataSource_Client();

		/**
		 * The meta object literal for the '<em><b>Rfc Destination</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__RFC_DESTINATION = eINSTANCE.getDataSource_RfcDestination();

		/**
		 * The meta object literal for the '<em><b>Update Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__UPDATE_MODE = eINSTANCE.getDataSource_UpdateMode();

		/**
		 * The meta object literal for the '<em><b>Target Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__TARGET_FIELD = eINSTANCE.getDataSource_TargetField();

		/**
		 * The meta object literal for the '<em><b>Proxy</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_SOURCE__PROXY = eINSTANCE.getDataSource_Proxy();

		/**
		 * The meta object literal for the '<em><b>Authentication</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_SOURCE__AUTHENTICATION = eINSTANCE.getDataSource_Authentication();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATA_SOURCE__TASKS = eINSTANCE.getDataSource_Tasks();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.AuthenticationImpl <em>Authentication</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.AuthenticationImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getAuthentication()
		 * @generated
		 */
		EClass AUTHENTICATION = eINSTANCE.getAuthentication();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHENTICATION__TYPE = eINSTANCE.getAuthentication_Type();

		/**
		 * The meta object literal for the '<em><b>Username</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHENTICATION__USERNAME = eINSTANCE.getAuthentication_Username();

		/**
		 * The meta object literal for the '<em><b>Client Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHENTICATION__CLIENT_ID = eINSTANCE.getAuthentication_ClientId();

		/**
		 * The meta object literal for the '<em><b>Token Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHENTICATION__TOKEN_URL = eINSTANCE.getAuthentication_TokenUrl();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHENTICATION__SCOPE = eINSTANCE.getAuthentication_Scope();

		/**
		 * The meta object literal for the '<em><b>Api Key Header</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTHENTICATION__API_KEY_HEADER = eINSTANCE.getAuthentication_ApiKeyHeader();

		/**
		 * The meta object literal for the '<em><b>Secret</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUTHENTICATION__SECRET = eINSTANCE.getAuthentication_Secret();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.SecretReferenceImpl <em>Secret Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.SecretReferenceImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getSecretReference()
		 * @generated
		 */
		EClass SECRET_REFERENCE = eINSTANCE.getSecretReference();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECRET_REFERENCE__PURPOSE = eINSTANCE.getSecretReference_Purpose();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.TaskImpl <em>Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.TaskImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getTask()
		 * @generated
		 */
		EClass TASK = eINSTANCE.getTask();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__TYPE = eINSTANCE.getTask_Type();

		/**
		 * The meta object literal for the '<em><b>Recurrence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__RECURRENCE = eINSTANCE.getTask_Recurrence();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__ENABLED = eINSTANCE.getTask_Enabled();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.ProxyImpl <em>Proxy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.ProxyImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getProxy()
		 * @generated
		 */
		EClass PROXY = eINSTANCE.getProxy();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROXY__HOST = eINSTANCE.getProxy_Host();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROXY__PORT = eINSTANCE.getProxy_Port();

		/**
		 * The meta object literal for the '<em><b>Location Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROXY__LOCATION_ID = eINSTANCE.getProxy_LocationId();

		/**
		 * The meta object literal for the '<em><b>Username</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROXY__USERNAME = eINSTANCE.getProxy_Username();

		/**
		 * The meta object literal for the '<em><b>Password</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROXY__PASSWORD = eINSTANCE.getProxy_Password();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.RuleBookImpl <em>Rule Book</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.RuleBookImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getRuleBook()
		 * @generated
		 */
		EClass RULE_BOOK = eINSTANCE.getRuleBook();

		/**
		 * The meta object literal for the '<em><b>System Mapping Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULE_BOOK__SYSTEM_MAPPING_RULES = eINSTANCE.getRuleBook_SystemMappingRules();

		/**
		 * The meta object literal for the '<em><b>Object Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULE_BOOK__OBJECT_RULES = eINSTANCE.getRuleBook_ObjectRules();

		/**
		 * The meta object literal for the '<em><b>Strategy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULE_BOOK__STRATEGY = eINSTANCE.getRuleBook_Strategy();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.SystemMappingRuleImpl <em>System Mapping Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.SystemMappingRuleImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getSystemMappingRule()
		 * @generated
		 */
		EClass SYSTEM_MAPPING_RULE = eINSTANCE.getSystemMappingRule();

		/**
		 * The meta object literal for the '<em><b>Interface Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MAPPING_RULE__INTERFACE_PATTERN = eINSTANCE.getSystemMappingRule_InterfacePattern();

		/**
		 * The meta object literal for the '<em><b>Original System</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MAPPING_RULE__ORIGINAL_SYSTEM = eINSTANCE.getSystemMappingRule_OriginalSystem();

		/**
		 * The meta object literal for the '<em><b>Harmonized System</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_MAPPING_RULE__HARMONIZED_SYSTEM = eINSTANCE.getSystemMappingRule_HarmonizedSystem();

		/**
		 * The meta object literal for the '<em><b>Data Source Filter</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYSTEM_MAPPING_RULE__DATA_SOURCE_FILTER = eINSTANCE.getSystemMappingRule_DataSourceFilter();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MAPPING_RULE__ENABLED = eINSTANCE.getSystemMappingRule_Enabled();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEM_MAPPING_RULE__DESCRIPTION = eINSTANCE.getSystemMappingRule_Description();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.ObjectRuleImpl <em>Object Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.ObjectRuleImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getObjectRule()
		 * @generated
		 */
		EClass OBJECT_RULE = eINSTANCE.getObjectRule();

		/**
		 * The meta object literal for the '<em><b>Interface Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECT_RULE__INTERFACE_PATTERN = eINSTANCE.getObjectRule_InterfacePattern();

		/**
		 * The meta object literal for the '<em><b>Harmonized Object</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECT_RULE__HARMONIZED_OBJECT = eINSTANCE.getObjectRule_HarmonizedObject();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECT_RULE__ENABLED = eINSTANCE.getObjectRule_Enabled();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OBJECT_RULE__DESCRIPTION = eINSTANCE.getObjectRule_Description();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.IntegrationStrategyImpl <em>Integration Strategy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.IntegrationStrategyImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getIntegrationStrategy()
		 * @generated
		 */
		EClass INTEGRATION_STRATEGY = eINSTANCE.getIntegrationStrategy();

		/**
		 * The meta object literal for the '<em><b>Adapter Fits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTEGRATION_STRATEGY__ADAPTER_FITS = eINSTANCE.getIntegrationStrategy_AdapterFits();

		/**
		 * The meta object literal for the '<em><b>Authentication Fits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTEGRATION_STRATEGY__AUTHENTICATION_FITS = eINSTANCE.getIntegrationStrategy_AuthenticationFits();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.TechnologyFitImpl <em>Technology Fit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.TechnologyFitImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getTechnologyFit()
		 * @generated
		 */
		EClass TECHNOLOGY_FIT = eINSTANCE.getTechnologyFit();

		/**
		 * The meta object literal for the '<em><b>Fit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TECHNOLOGY_FIT__FIT = eINSTANCE.getTechnologyFit_Fit();

		/**
		 * The meta object literal for the '<em><b>Technologies</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TECHNOLOGY_FIT__TECHNOLOGIES = eINSTANCE.getTechnologyFit_Technologies();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.DashboardSettingsImpl <em>Dashboard Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.DashboardSettingsImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getDashboardSettings()
		 * @generated
		 */
		EClass DASHBOARD_SETTINGS = eINSTANCE.getDashboardSettings();

		/**
		 * The meta object literal for the '<em><b>Activated Elements</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DASHBOARD_SETTINGS__ACTIVATED_ELEMENTS = eINSTANCE.getDashboardSettings_ActivatedElements();

		/**
		 * The meta object literal for the '<em><b>Robustness Warning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DASHBOARD_SETTINGS__ROBUSTNESS_WARNING = eINSTANCE.getDashboardSettings_RobustnessWarning();

		/**
		 * The meta object literal for the '<em><b>Robustness Critical</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DASHBOARD_SETTINGS__ROBUSTNESS_CRITICAL = eINSTANCE.getDashboardSettings_RobustnessCritical();

		/**
		 * The meta object literal for the '<em><b>Decommissioning Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DASHBOARD_SETTINGS__DECOMMISSIONING_THRESHOLD = eINSTANCE.getDashboardSettings_DecommissioningThreshold();

		/**
		 * The meta object literal for the '<em><b>Decommissioning Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DASHBOARD_SETTINGS__DECOMMISSIONING_DAYS = eINSTANCE.getDashboardSettings_DecommissioningDays();

		/**
		 * The meta object literal for the '<em><b>Decommissioning Green Below</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DASHBOARD_SETTINGS__DECOMMISSIONING_GREEN_BELOW = eINSTANCE.getDashboardSettings_DecommissioningGreenBelow();

		/**
		 * The meta object literal for the '<em><b>Decommissioning Red Above</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DASHBOARD_SETTINGS__DECOMMISSIONING_RED_ABOVE = eINSTANCE.getDashboardSettings_DecommissioningRedAbove();

		/**
		 * The meta object literal for the '<em><b>Inventory Tag Displays</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DASHBOARD_SETTINGS__INVENTORY_TAG_DISPLAYS = eINSTANCE.getDashboardSettings_InventoryTagDisplays();

		/**
		 * The meta object literal for the '<em><b>Error Windows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DASHBOARD_SETTINGS__ERROR_WINDOWS = eINSTANCE.getDashboardSettings_ErrorWindows();

		/**
		 * The meta object literal for the '<em><b>Anomaly Bounds</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DASHBOARD_SETTINGS__ANOMALY_BOUNDS = eINSTANCE.getDashboardSettings_AnomalyBounds();

		/**
		 * The meta object literal for the '<em><b>Quick Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DASHBOARD_SETTINGS__QUICK_LINKS = eINSTANCE.getDashboardSettings_QuickLinks();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.ErrorWindowImpl <em>Error Window</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.ErrorWindowImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getErrorWindow()
		 * @generated
		 */
		EClass ERROR_WINDOW = eINSTANCE.getErrorWindow();

		/**
		 * The meta object literal for the '<em><b>Data Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ERROR_WINDOW__DATA_SOURCE = eINSTANCE.getErrorWindow_DataSource();

		/**
		 * The meta object literal for the '<em><b>Interface Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ERROR_WINDOW__INTERFACE_TYPE = eINSTANCE.getErrorWindow_InterfaceType();

		/**
		 * The meta object literal for the '<em><b>Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ERROR_WINDOW__HOURS = eINSTANCE.getErrorWindow_Hours();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.AnomalyBoundImpl <em>Anomaly Bound</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.AnomalyBoundImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getAnomalyBound()
		 * @generated
		 */
		EClass ANOMALY_BOUND = eINSTANCE.getAnomalyBound();

		/**
		 * The meta object literal for the '<em><b>Interface</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANOMALY_BOUND__INTERFACE = eINSTANCE.getAnomalyBound_Interface();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANOMALY_BOUND__PERIOD = eINSTANCE.getAnomalyBound_Period();

		/**
		 * The meta object literal for the '<em><b>Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANOMALY_BOUND__LOWER = eINSTANCE.getAnomalyBound_Lower();

		/**
		 * The meta object literal for the '<em><b>Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANOMALY_BOUND__UPPER = eINSTANCE.getAnomalyBound_Upper();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.QuickLinkImpl <em>Quick Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.QuickLinkImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getQuickLink()
		 * @generated
		 */
		EClass QUICK_LINK = eINSTANCE.getQuickLink();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUICK_LINK__URL = eINSTANCE.getQuickLink_Url();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.TodoSettingsImpl <em>Todo Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.TodoSettingsImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getTodoSettings()
		 * @generated
		 */
		EClass TODO_SETTINGS = eINSTANCE.getTodoSettings();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TODO_SETTINGS__MODE = eINSTANCE.getTodoSettings_Mode();

		/**
		 * The meta object literal for the '<em><b>Objects Requirement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TODO_SETTINGS__OBJECTS_REQUIREMENT = eINSTANCE.getTodoSettings_ObjectsRequirement();

		/**
		 * The meta object literal for the '<em><b>Properties Requirement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TODO_SETTINGS__PROPERTIES_REQUIREMENT = eINSTANCE.getTodoSettings_PropertiesRequirement();

		/**
		 * The meta object literal for the '<em><b>Tags Requirement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TODO_SETTINGS__TAGS_REQUIREMENT = eINSTANCE.getTodoSettings_TagsRequirement();

		/**
		 * The meta object literal for the '<em><b>Selected Properties</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TODO_SETTINGS__SELECTED_PROPERTIES = eINSTANCE.getTodoSettings_SelectedProperties();

		/**
		 * The meta object literal for the '<em><b>Selected Tags</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TODO_SETTINGS__SELECTED_TAGS = eINSTANCE.getTodoSettings_SelectedTags();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.UserImpl <em>User</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.UserImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getUser()
		 * @generated
		 */
		EClass USER = eINSTANCE.getUser();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__EMAIL = eINSTANCE.getUser_Email();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__ROLE = eINSTANCE.getUser_Role();

		/**
		 * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__ACTIVE = eINSTANCE.getUser_Active();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.ApiManagementImpl <em>Api Management</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.ApiManagementImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getApiManagement()
		 * @generated
		 */
		EClass API_MANAGEMENT = eINSTANCE.getApiManagement();

		/**
		 * The meta object literal for the '<em><b>Providers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_MANAGEMENT__PROVIDERS = eINSTANCE.getApiManagement_Providers();

		/**
		 * The meta object literal for the '<em><b>Proxies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_MANAGEMENT__PROXIES = eINSTANCE.getApiManagement_Proxies();

		/**
		 * The meta object literal for the '<em><b>Key Value Maps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_MANAGEMENT__KEY_VALUE_MAPS = eINSTANCE.getApiManagement_KeyValueMaps();

		/**
		 * The meta object literal for the '<em><b>Products</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_MANAGEMENT__PRODUCTS = eINSTANCE.getApiManagement_Products();

		/**
		 * The meta object literal for the '<em><b>Applications</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_MANAGEMENT__APPLICATIONS = eINSTANCE.getApiManagement_Applications();

		/**
		 * The meta object literal for the '<em><b>Lint Settings</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_MANAGEMENT__LINT_SETTINGS = eINSTANCE.getApiManagement_LintSettings();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.ApiProviderImpl <em>Api Provider</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.ApiProviderImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getApiProvider()
		 * @generated
		 */
		EClass API_PROVIDER = eINSTANCE.getApiProvider();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_PROVIDER__DESCRIPTION = eINSTANCE.getApiProvider_Description();

		/**
		 * The meta object literal for the '<em><b>Virtual Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_PROVIDER__VIRTUAL_HOST = eINSTANCE.getApiProvider_VirtualHost();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_PROVIDER__PORT = eINSTANCE.getApiProvider_Port();

		/**
		 * The meta object literal for the '<em><b>Location Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_PROVIDER__LOCATION_ID = eINSTANCE.getApiProvider_LocationId();

		/**
		 * The meta object literal for the '<em><b>Catalog Path Prefix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_PROVIDER__CATALOG_PATH_PREFIX = eINSTANCE.getApiProvider_CatalogPathPrefix();

		/**
		 * The meta object literal for the '<em><b>Service Collection Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_PROVIDER__SERVICE_COLLECTION_URL = eINSTANCE.getApiProvider_ServiceCollectionUrl();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.ApiProxyImpl <em>Api Proxy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.ApiProxyImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getApiProxy()
		 * @generated
		 */
		EClass API_PROXY = eINSTANCE.getApiProxy();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_PROXY__TITLE = eINSTANCE.getApiProxy_Title();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_PROXY__VERSION = eINSTANCE.getApiProxy_Version();

		/**
		 * The meta object literal for the '<em><b>Base Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_PROXY__BASE_PATH = eINSTANCE.getApiProxy_BasePath();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_PROXY__PROVIDER = eINSTANCE.getApiProxy_Provider();

		/**
		 * The meta object literal for the '<em><b>Service</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_PROXY__SERVICE = eINSTANCE.getApiProxy_Service();

		/**
		 * The meta object literal for the '<em><b>Proxy Endpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_PROXY__PROXY_ENDPOINTS = eINSTANCE.getApiProxy_ProxyEndpoints();

		/**
		 * The meta object literal for the '<em><b>Target Endpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_PROXY__TARGET_ENDPOINTS = eINSTANCE.getApiProxy_TargetEndpoints();

		/**
		 * The meta object literal for the '<em><b>Policies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_PROXY__POLICIES = eINSTANCE.getApiProxy_Policies();

		/**
		 * The meta object literal for the '<em><b>Bundle Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_PROXY__BUNDLE_FORMAT = eINSTANCE.getApiProxy_BundleFormat();

		/**
		 * The meta object literal for the '<em><b>Descriptor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_PROXY__DESCRIPTOR = eINSTANCE.getApiProxy_Descriptor();

		/**
		 * The meta object literal for the '<em><b>Resources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_PROXY__RESOURCES = eINSTANCE.getApiProxy_Resources();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.EndpointImpl <em>Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.EndpointImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getEndpoint()
		 * @generated
		 */
		EClass ENDPOINT = eINSTANCE.getEndpoint();

		/**
		 * The meta object literal for the '<em><b>Pre Flow</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT__PRE_FLOW = eINSTANCE.getEndpoint_PreFlow();

		/**
		 * The meta object literal for the '<em><b>Conditional Flows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT__CONDITIONAL_FLOWS = eINSTANCE.getEndpoint_ConditionalFlows();

		/**
		 * The meta object literal for the '<em><b>Post Flow</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENDPOINT__POST_FLOW = eINSTANCE.getEndpoint_PostFlow();

		/**
		 * The meta object literal for the '<em><b>Xml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__XML = eINSTANCE.getEndpoint_Xml();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.ProxyEndpointImpl <em>Proxy Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.ProxyEndpointImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getProxyEndpoint()
		 * @generated
		 */
		EClass PROXY_ENDPOINT = eINSTANCE.getProxyEndpoint();

		/**
		 * The meta object literal for the '<em><b>Base Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROXY_ENDPOINT__BASE_PATH = eINSTANCE.getProxyEndpoint_BasePath();

		/**
		 * The meta object literal for the '<em><b>Virtual Host</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROXY_ENDPOINT__VIRTUAL_HOST = eINSTANCE.getProxyEndpoint_VirtualHost();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.TargetEndpointImpl <em>Target Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.TargetEndpointImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getTargetEndpoint()
		 * @generated
		 */
		EClass TARGET_ENDPOINT = eINSTANCE.getTargetEndpoint();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET_ENDPOINT__URL = eINSTANCE.getTargetEndpoint_Url();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TARGET_ENDPOINT__PROVIDER = eINSTANCE.getTargetEndpoint_Provider();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.FlowImpl <em>Flow</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.FlowImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getFlow()
		 * @generated
		 */
		EClass FLOW = eINSTANCE.getFlow();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOW__KIND = eINSTANCE.getFlow_Kind();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FLOW__CONDITION = eINSTANCE.getFlow_Condition();

		/**
		 * The meta object literal for the '<em><b>Request Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOW__REQUEST_STEPS = eINSTANCE.getFlow_RequestSteps();

		/**
		 * The meta object literal for the '<em><b>Response Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FLOW__RESPONSE_STEPS = eINSTANCE.getFlow_ResponseSteps();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.StepImpl <em>Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.StepImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getStep()
		 * @generated
		 */
		EClass STEP = eINSTANCE.getStep();

		/**
		 * The meta object literal for the '<em><b>Policy</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__POLICY = eINSTANCE.getStep_Policy();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__CONDITION = eINSTANCE.getStep_Condition();

		/**
		 * The meta object literal for the '<em><b>Sequence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__SEQUENCE = eINSTANCE.getStep_Sequence();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.PolicyImpl <em>Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.PolicyImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getPolicy()
		 * @generated
		 */
		EClass POLICY = eINSTANCE.getPolicy();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__TYPE = eINSTANCE.getPolicy_Type();

		/**
		 * The meta object literal for the '<em><b>Xml</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY__XML = eINSTANCE.getPolicy_Xml();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.KeyValueMapImpl <em>Key Value Map</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.KeyValueMapImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getKeyValueMap()
		 * @generated
		 */
		EClass KEY_VALUE_MAP = eINSTANCE.getKeyValueMap();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_VALUE_MAP__SCOPE = eINSTANCE.getKeyValueMap_Scope();

		/**
		 * The meta object literal for the '<em><b>Encrypted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_VALUE_MAP__ENCRYPTED = eINSTANCE.getKeyValueMap_Encrypted();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KEY_VALUE_MAP__ENTRIES = eINSTANCE.getKeyValueMap_Entries();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.KeyValueEntryImpl <em>Key Value Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.KeyValueEntryImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getKeyValueEntry()
		 * @generated
		 */
		EClass KEY_VALUE_ENTRY = eINSTANCE.getKeyValueEntry();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KEY_VALUE_ENTRY__VALUE = eINSTANCE.getKeyValueEntry_Value();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.ApiProductImpl <em>Api Product</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.ApiProductImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getApiProduct()
		 * @generated
		 */
		EClass API_PRODUCT = eINSTANCE.getApiProduct();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_PRODUCT__TITLE = eINSTANCE.getApiProduct_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_PRODUCT__DESCRIPTION = eINSTANCE.getApiProduct_Description();

		/**
		 * The meta object literal for the '<em><b>Proxies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference API_PRODUCT__PROXIES = eINSTANCE.getApiProduct_Proxies();

		/**
		 * The meta object literal for the '<em><b>Scopes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute API_PRODUCT__SCOPES = eINSTANCE.getApiProduct_Scopes();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.DeveloperApplicationImpl <em>Developer Application</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.DeveloperApplicationImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getDeveloperApplication()
		 * @generated
		 */
		EClass DEVELOPER_APPLICATION = eINSTANCE.getDeveloperApplication();

		/**
		 * The meta object literal for the '<em><b>Developer Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVELOPER_APPLICATION__DEVELOPER_EMAIL = eINSTANCE.getDeveloperApplication_DeveloperEmail();

		/**
		 * The meta object literal for the '<em><b>Products</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVELOPER_APPLICATION__PRODUCTS = eINSTANCE.getDeveloperApplication_Products();

		/**
		 * The meta object literal for the '<em><b>Callback Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVELOPER_APPLICATION__CALLBACK_URL = eINSTANCE.getDeveloperApplication_CallbackUrl();

		/**
		 * The meta object literal for the '<em><b>Api Key</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVELOPER_APPLICATION__API_KEY = eINSTANCE.getDeveloperApplication_ApiKey();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.OnboardingImpl <em>Onboarding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.OnboardingImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getOnboarding()
		 * @generated
		 */
		EClass ONBOARDING = eINSTANCE.getOnboarding();

		/**
		 * The meta object literal for the '<em><b>Checklists</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ONBOARDING__CHECKLISTS = eINSTANCE.getOnboarding_Checklists();

		/**
		 * The meta object literal for the '<em><b>Ip Allowlists</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ONBOARDING__IP_ALLOWLISTS = eINSTANCE.getOnboarding_IpAllowlists();

		/**
		 * The meta object literal for the '<em><b>Domain Allowlists</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ONBOARDING__DOMAIN_ALLOWLISTS = eINSTANCE.getOnboarding_DomainAllowlists();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.ChecklistImpl <em>Checklist</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.ChecklistImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getChecklist()
		 * @generated
		 */
		EClass CHECKLIST = eINSTANCE.getChecklist();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLIST__STEPS = eINSTANCE.getChecklist_Steps();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.ChecklistStepImpl <em>Checklist Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.ChecklistStepImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getChecklistStep()
		 * @generated
		 */
		EClass CHECKLIST_STEP = eINSTANCE.getChecklistStep();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_STEP__STATUS = eINSTANCE.getChecklistStep_Status();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_STEP__OWNER = eINSTANCE.getChecklistStep_Owner();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_STEP__EVIDENCE = eINSTANCE.getChecklistStep_Evidence();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_STEP__NOTES = eINSTANCE.getChecklistStep_Notes();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.IpAllowlistImpl <em>Ip Allowlist</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.IpAllowlistImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getIpAllowlist()
		 * @generated
		 */
		EClass IP_ALLOWLIST = eINSTANCE.getIpAllowlist();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IP_ALLOWLIST__ENTRIES = eINSTANCE.getIpAllowlist_Entries();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IP_ALLOWLIST__KIND = eINSTANCE.getIpAllowlist_Kind();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.IpAllowlistEntryImpl <em>Ip Allowlist Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.IpAllowlistEntryImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getIpAllowlistEntry()
		 * @generated
		 */
		EClass IP_ALLOWLIST_ENTRY = eINSTANCE.getIpAllowlistEntry();

		/**
		 * The meta object literal for the '<em><b>Cidr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IP_ALLOWLIST_ENTRY__CIDR = eINSTANCE.getIpAllowlistEntry_Cidr();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IP_ALLOWLIST_ENTRY__OWNER = eINSTANCE.getIpAllowlistEntry_Owner();

		/**
		 * The meta object literal for the '<em><b>Change Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IP_ALLOWLIST_ENTRY__CHANGE_DATE = eINSTANCE.getIpAllowlistEntry_ChangeDate();

		/**
		 * The meta object literal for the '<em><b>Justification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IP_ALLOWLIST_ENTRY__JUSTIFICATION = eINSTANCE.getIpAllowlistEntry_Justification();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.DomainAllowlistImpl <em>Domain Allowlist</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.DomainAllowlistImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getDomainAllowlist()
		 * @generated
		 */
		EClass DOMAIN_ALLOWLIST = eINSTANCE.getDomainAllowlist();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN_ALLOWLIST__ENTRIES = eINSTANCE.getDomainAllowlist_Entries();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.DomainAllowlistEntryImpl <em>Domain Allowlist Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.DomainAllowlistEntryImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getDomainAllowlistEntry()
		 * @generated
		 */
		EClass DOMAIN_ALLOWLIST_ENTRY = eINSTANCE.getDomainAllowlistEntry();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN_ALLOWLIST_ENTRY__DOMAIN = eINSTANCE.getDomainAllowlistEntry_Domain();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN_ALLOWLIST_ENTRY__PORT = eINSTANCE.getDomainAllowlistEntry_Port();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN_ALLOWLIST_ENTRY__PURPOSE = eINSTANCE.getDomainAllowlistEntry_Purpose();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.ProxyResourceImpl <em>Proxy Resource</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.ProxyResourceImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getProxyResource()
		 * @generated
		 */
		EClass PROXY_RESOURCE = eINSTANCE.getProxyResource();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROXY_RESOURCE__PATH = eINSTANCE.getProxyResource_Path();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROXY_RESOURCE__CONTENT = eINSTANCE.getProxyResource_Content();

		/**
		 * The meta object literal for the '<em><b>Binary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROXY_RESOURCE__BINARY = eINSTANCE.getProxyResource_Binary();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.PolicyLintSettingsImpl <em>Policy Lint Settings</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.PolicyLintSettingsImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getPolicyLintSettings()
		 * @generated
		 */
		EClass POLICY_LINT_SETTINGS = eINSTANCE.getPolicyLintSettings();

		/**
		 * The meta object literal for the '<em><b>Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference POLICY_LINT_SETTINGS__RULES = eINSTANCE.getPolicyLintSettings_Rules();

		/**
		 * The meta object literal for the '<em><b>Broadest Ipv4 Prefix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_LINT_SETTINGS__BROADEST_IPV4_PREFIX = eINSTANCE.getPolicyLintSettings_BroadestIpv4Prefix();

		/**
		 * The meta object literal for the '<em><b>Broadest Ipv6 Prefix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_LINT_SETTINGS__BROADEST_IPV6_PREFIX = eINSTANCE.getPolicyLintSettings_BroadestIpv6Prefix();

		/**
		 * The meta object literal for the '<em><b>Longest Callout Timeout Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_LINT_SETTINGS__LONGEST_CALLOUT_TIMEOUT_MILLIS = eINSTANCE.getPolicyLintSettings_LongestCalloutTimeoutMillis();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.impl.LintRuleSettingImpl <em>Lint Rule Setting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.impl.LintRuleSettingImpl
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getLintRuleSetting()
		 * @generated
		 */
		EClass LINT_RULE_SETTING = eINSTANCE.getLintRuleSetting();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINT_RULE_SETTING__RULE_ID = eINSTANCE.getLintRuleSetting_RuleId();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINT_RULE_SETTING__ENABLED = eINSTANCE.getLintRuleSetting_Enabled();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINT_RULE_SETTING__SEVERITY = eINSTANCE.getLintRuleSetting_Severity();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.PropertyCategory <em>Property Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.PropertyCategory
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getPropertyCategory()
		 * @generated
		 */
		EEnum PROPERTY_CATEGORY = eINSTANCE.getPropertyCategory();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.PropertyFormat <em>Property Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.PropertyFormat
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getPropertyFormat()
		 * @generated
		 */
		EEnum PROPERTY_FORMAT = eINSTANCE.getPropertyFormat();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.DataSourceType <em>Data Source Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.DataSourceType
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getDataSourceType()
		 * @generated
		 */
		EEnum DATA_SOURCE_TYPE = eINSTANCE.getDataSourceType();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.Product <em>Product</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.Product
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getProduct()
		 * @generated
		 */
		EEnum PRODUCT = eINSTANCE.getProduct();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.AuthenticationType <em>Authentication Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.AuthenticationType
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getAuthenticationType()
		 * @generated
		 */
		EEnum AUTHENTICATION_TYPE = eINSTANCE.getAuthenticationType();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.TaskType <em>Task Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.TaskType
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getTaskType()
		 * @generated
		 */
		EEnum TASK_TYPE = eINSTANCE.getTaskType();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.Fit <em>Fit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.Fit
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getFit()
		 * @generated
		 */
		EEnum FIT = eINSTANCE.getFit();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.Period <em>Period</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.Period
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getPeriod()
		 * @generated
		 */
		EEnum PERIOD = eINSTANCE.getPeriod();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.Role <em>Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.Role
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getRole()
		 * @generated
		 */
		EEnum ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.TodoMode <em>Todo Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.TodoMode
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getTodoMode()
		 * @generated
		 */
		EEnum TODO_MODE = eINSTANCE.getTodoMode();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.TodoRequirement <em>Todo Requirement</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.TodoRequirement
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getTodoRequirement()
		 * @generated
		 */
		EEnum TODO_REQUIREMENT = eINSTANCE.getTodoRequirement();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.ComplexityClass <em>Complexity Class</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.ComplexityClass
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getComplexityClass()
		 * @generated
		 */
		EEnum COMPLEXITY_CLASS = eINSTANCE.getComplexityClass();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.FlowKind <em>Flow Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.FlowKind
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getFlowKind()
		 * @generated
		 */
		EEnum FLOW_KIND = eINSTANCE.getFlowKind();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.StepStatus <em>Step Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.StepStatus
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getStepStatus()
		 * @generated
		 */
		EEnum STEP_STATUS = eINSTANCE.getStepStatus();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.ProxyBundleFormat <em>Proxy Bundle Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.ProxyBundleFormat
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getProxyBundleFormat()
		 * @generated
		 */
		EEnum PROXY_BUNDLE_FORMAT = eINSTANCE.getProxyBundleFormat();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.LintSeverity <em>Lint Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.LintSeverity
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getLintSeverity()
		 * @generated
		 */
		EEnum LINT_SEVERITY = eINSTANCE.getLintSeverity();

		/**
		 * The meta object literal for the '{@link io.cartograph.model.landscape.AllowlistKind <em>Allowlist Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.cartograph.model.landscape.AllowlistKind
		 * @see io.cartograph.model.landscape.impl.LandscapePackageImpl#getAllowlistKind()
		 * @generated
		 */
		EEnum ALLOWLIST_KIND = eINSTANCE.getAllowlistKind();

	}

} //LandscapePackage
