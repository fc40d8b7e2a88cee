package io.cartograph.core.sample;

import java.util.List;

/**
 * The made-up company behind the sample: ACME, a manufacturer that sells through a web shop and
 * Salesforce, runs S/4HANA, hires with SuccessFactors, buys through Ariba and ships from its own
 * warehouse. Every name here is invented; hosts use the reserved {@code .example} domain.
 */
final class SampleFacts {

	/**
	 * A harmonized system.
	 *
	 * @param key        short name used in interface names ({@code S4})
	 * @param rawNames   how platforms call it before harmonization; rules map these to the system
	 * @param adapters   the technologies it speaks, first the preferred one
	 */
	record SystemFact(String key, String name, String description, String owner, String deployment, List<String> aliases,
			List<String> rawNames, List<String> adapters) {
	}

	/** A business object: its name, how it is spelled in interface names, its IDoc type, domain and classification. */
	record ObjectFact(String name, String camel, String idoc, String domain, String classification) {
	}

	/** A flow between two systems that interfaces implement. */
	record FlowFact(String sender, String receiver, String object, String verb) {
	}

	static final List<SystemFact> SYSTEMS = List.of(
			new SystemFact("S4", "SAP S/4HANA", "ERP: finance, sales, purchasing, production", "ERP Competence Center",
					"On-Premise", List.of("S4P", "S/4HANA"), List.of("S4P_100", "S4HANA_PRD", "S4PCLNT100"),
					List.of("IDoc", "SOAP", "OData", "RFC")),
			new SystemFact("SF", "SAP SuccessFactors", "HR core and recruiting", "HR IT", "Public Cloud", List.of("SFSF"),
					List.of("SFSF_PROD", "successfactors"), List.of("SuccessFactors", "OData")),
			new SystemFact("ARIBA", "SAP Ariba", "Sourcing and supplier network", "Procurement IT", "Public Cloud",
					List.of("Ariba Network"), List.of("ARIBA_AN01", "ariba"), List.of("Ariba", "SOAP")),
			new SystemFact("SFDC", "Salesforce", "Sales Cloud: accounts, opportunities, quotes", "CRM Team", "Public Cloud",
					List.of("SFDC", "Sales Cloud"), List.of("SFDC_PROD", "salesforce-prod"), List.of("Salesforce", "HTTP")),
			new SystemFact("WMS", "Warehouse Management", "Warehouse in Dortmund: stock, picking, shipping", "Logistics IT",
					"On-Premise", List.of("WMS"), List.of("WMS_DO", "wms-dortmund"), List.of("SFTP", "HTTP", "AS2")),
			new SystemFact("SHOP", "Web Shop", "B2C and B2B shop", "E-Commerce Team", "Private Cloud", List.of("Shop"),
					List.of("SHOP_PRD", "webshop"), List.of("HTTP", "OData")),
			new SystemFact("BANK", "House Bank", "Payments and account statements", "Treasury", "Public Cloud",
					List.of("Bank"), List.of("BANK_EBICS", "housebank-sftp"), List.of("SFTP", "AS2")),
			new SystemFact("BW", "SAP BW/4HANA", "Reporting and planning", "Analytics Team", "On-Premise", List.of("BW4"),
					List.of("BW4_100"), List.of("ODP", "OData")),
			new SystemFact("PAYROLL", "Payroll Provider", "Outsourced payroll", "HR IT", "Public Cloud", List.of(),
					List.of("PAYROLL_EXT"), List.of("SFTP")),
			new SystemFact("TAX", "Tax Engine", "Indirect tax calculation", "Tax Department", "Public Cloud", List.of(),
					List.of("VERTEX_TAX"), List.of("SOAP", "HTTP")),
			new SystemFact("PLM", "PLM", "Product lifecycle: CAD drawings and bills of material", "Engineering IT",
					"On-Premise", List.of("Teamcenter"), List.of("PLM_TC"), List.of("SOAP", "SFTP")),
			new SystemFact("CARRIER", "Logistics Carrier", "Parcel and freight carrier", "Logistics IT", "Public Cloud",
					List.of(), List.of("CARRIER_API"), List.of("HTTP", "AS2")),
			new SystemFact("FX", "Exchange Rate Service", "Daily currency rates", "Treasury", "Public Cloud", List.of(),
					List.of("ECB_RATES"), List.of("HTTP")),
			new SystemFact("FILES", "File Server (xChange)", "Managed file transfer hub", "Infrastructure", "On-Premise",
					List.of("xChange"), List.of("SFTP", "MFT_XCHANGE"), List.of("SFTP")));

	static final List<ObjectFact> OBJECTS = List.of(
			new ObjectFact("Sales Order", "SalesOrder", "ORDERS05", "Sales", "Sensitive"),
			new ObjectFact("Customer", "Customer", "DEBMAS07", "Sales", "Confidential"),
			new ObjectFact("Material", "Material", "MATMAS05", "Logistics", "Public"),
			new ObjectFact("Invoice", "Invoice", "INVOIC02", "Finance", "Sensitive"),
			new ObjectFact("Purchase Order", "PurchaseOrder", "ORDERS05", "Procurement", "Sensitive"),
			new ObjectFact("Employee", "Employee", "HRMD_A07", "HR", "Restricted"),
			new ObjectFact("Payment", "Payment", "PAYEXT", "Finance", "Restricted"),
			new ObjectFact("Delivery", "Delivery", "DESADV01", "Logistics", "Public"),
			new ObjectFact("Currency Rate", "CurrencyRate", "EXCHANGE_RATE01", "Finance", "Public"),
			new ObjectFact("Supplier", "Supplier", "CREMAS05", "Procurement", "Confidential"),
			new ObjectFact("Bank Statement", "BankStatement", "FINSTA01", "Finance", "Restricted"),
			new ObjectFact("Product Price", "ProductPrice", "COND_A04", "Sales", "Sensitive"),
			new ObjectFact("Bill of Material", "BillOfMaterial", "BOMMAT04", "Logistics", "Sensitive"));

	static final List<FlowFact> FLOWS = List.of(
			new FlowFact("SHOP", "S4", "Sales Order", "Create"),
			new FlowFact("S4", "WMS", "Delivery", "Create"),
			new FlowFact("WMS", "S4", "Delivery", "Confirm"),
			new FlowFact("WMS", "CARRIER", "Delivery", "Notify"),
			new FlowFact("S4", "SHOP", "Material", "Replicate"),
			new FlowFact("S4", "SHOP", "Product Price", "Replicate"),
			new FlowFact("S4", "WMS", "Material", "Replicate"),
			new FlowFact("SFDC", "S4", "Sales Order", "Create"),
			new FlowFact("SFDC", "S4", "Customer", "Sync"),
			new FlowFact("S4", "SFDC", "Customer", "Sync"),
			new FlowFact("S4", "SFDC", "Invoice", "Notify"),
			new FlowFact("S4", "ARIBA", "Purchase Order", "Create"),
			new FlowFact("ARIBA", "S4", "Invoice", "Create"),
			new FlowFact("ARIBA", "S4", "Supplier", "Sync"),
			new FlowFact("S4", "BANK", "Payment", "Create"),
			new FlowFact("BANK", "S4", "Bank Statement", "Create"),
			new FlowFact("SF", "S4", "Employee", "Replicate"),
			new FlowFact("SF", "PAYROLL", "Employee", "Replicate"),
			new FlowFact("PAYROLL", "S4", "Payment", "Create"),
			new FlowFact("S4", "TAX", "Invoice", "Query"),
			new FlowFact("S4", "BW", "Sales Order", "Extract"),
			new FlowFact("S4", "BW", "Invoice", "Extract"),
			new FlowFact("PLM", "S4", "Material", "Create"),
			new FlowFact("PLM", "S4", "Bill of Material", "Replicate"),
			new FlowFact("FX", "S4", "Currency Rate", "Replicate"),
			new FlowFact("S4", "FILES", "Bank Statement", "Archive"),
			new FlowFact("FILES", "WMS", "Delivery", "Forward"));

	/** Raw system names that no rule maps: interfaces that use them stay unharmonized (the To-do list). */
	static final List<String> UNMAPPED_RAW_NAMES = List.of("LEGACY_FTP", "unknown-host-17", "TEST_DUMMY", "OLD_CRM");

	static final List<String> AUTHENTICATIONS_GOOD = List.of("OAuth2 Client Credentials", "Client Certificate", "SAML Bearer");
	static final List<String> AUTHENTICATIONS_PARTIAL = List.of("Basic", "Public Key", "API Key");

	private SampleFacts() {
	}

	static SystemFact system(String key) {
		return SYSTEMS.stream().filter(system -> system.key().equals(key)).findFirst().orElseThrow();
	}

	static ObjectFact object(String name) {
		return OBJECTS.stream().filter(object -> object.name().equals(name)).findFirst().orElseThrow();
	}
}
