package io.cartograph.connect.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generated packages and integration flows of the sandbox tenant: believable names of
 * business processes, systems and adapters, some flows not deployed, a few deployed with an
 * error, each flow with its own share of the traffic and of the failures.
 */
final class SandboxLandscape {

	private static final String[][] DOMAINS = { { "Order to Cash", "O2C" }, { "Procure to Pay", "P2P" },
			{ "Hire to Retire", "H2R" }, { "Record to Report", "R2R" }, { "Master Data Governance", "MDG" },
			{ "Warehouse Management", "EWM" }, { "Customer Service", "CS" }, { "Travel and Expense", "TE" },
			{ "Banking and Payments", "BANK" }, { "Transportation", "TM" }, { "Sales Cloud", "SLS" },
			{ "Plant Maintenance", "PM" } };
	private static final String[] OBJECTS = { "SalesOrder", "Invoice", "PurchaseOrder", "Employee", "CostCenter",
			"Material", "BusinessPartner", "Delivery", "PaymentRun", "ExpenseReport", "ServiceTicket",
			"GoodsMovement", "BankStatement", "Shipment", "Quote", "Contract" };
	private static final String[] SYSTEMS = { "S4HANA", "SuccessFactors", "Salesforce", "Ariba", "Concur", "MDG",
			"EWM", "Coupa", "Workday", "ServiceNow", "BankGateway", "EDI_Partner", "C4C", "Datasphere" };
	private static final String[] SENDER_ADAPTERS = { "HTTPS", "SOAP", "IDoc", "SFTP", "ProcessDirect", "AS2",
			"Timer" };
	private static final String[] RECEIVER_ADAPTERS = { "HTTP", "SOAP", "IDoc", "OData", "SFTP", "Mail", "AS2",
			"SuccessFactors", "Ariba" };
	private static final String[] VERBS = { "Replicate", "Send", "Receive", "Sync", "Post", "Create", "Notify" };
	static final String[] USERS = { "integration.admin@example.com", "anna.schmidt@example.com",
			"li.wei@example.com", "joao.silva@example.com", "sb-cpi-deployer" };

	record Flow(String id, String name, String packageId, String version, String sender, String receiver,
			String senderAdapter, String receiverAdapter, String address, String createdBy, Instant createdAt,
			String modifiedBy, Instant modifiedAt, boolean deployed, String runtimeStatus, String deployedBy,
			Instant deployedOn, double failureRate, int weight) {

		/** The business object in the flow's id, used as the messages' ApplicationMessageType. */
		String messageType() {
			int first = id.indexOf('_');
			int second = id.indexOf('_', first + 1);
			return id.substring(first + 1, second);
		}
	}

	record Package(String id, String name, String code, String version, String createdBy, Instant createdAt,
			String modifiedBy, Instant modifiedAt, List<Flow> flows) {
	}

	final List<Package> packages = new ArrayList<>();
	/** Deployed flows, the ones that carry messages. */
	final List<Flow> deployed = new ArrayList<>();
	/** Running sum of the deployed flows' weights, to pick a flow per message. */
	final int[] cumulativeWeight;

	SandboxLandscape(SandboxOptions options) {
		SplittableRandom random = new SplittableRandom(options.seed());
		Instant origin = options.start().minus(Duration.ofDays(400));
		for (int p = 0; p < options.packages(); p++) {
			String[] domain = DOMAINS[p % DOMAINS.length];
			String suffix = p < DOMAINS.length ? "" : " " + (p / DOMAINS.length + 1);
			String code = domain[1] + (p < DOMAINS.length ? "" : Integer.toString(p / DOMAINS.length + 1));
			String packageId = "com.example." + code.toLowerCase();
			Instant created = origin.plus(Duration.ofDays(random.nextInt(200)));
			Instant modified = created.plus(Duration.ofDays(random.nextInt(150)));
			List<Flow> flows = new ArrayList<>();
			int count = 2 + random.nextInt(6);
			for (int f = 0; f < count; f++) {
				String object = pick(random, OBJECTS);
				String sender = pick(random, SYSTEMS);
				String receiver = pick(random, SYSTEMS);
				if (receiver.equals(sender)) {
					receiver = SYSTEMS[(indexOf(SYSTEMS, sender) + 1) % SYSTEMS.length];
				}
				String id = code + "_" + object + "_" + sender + "_to_" + receiver + (f == 0 ? "" : "_" + f);
				String verb = pick(random, VERBS);
				String receiverAdapter = pick(random, RECEIVER_ADAPTERS);
				String version = "1.0." + random.nextInt(12);
				Instant flowCreated = created.plus(Duration.ofDays(random.nextInt(100)));
				Instant flowModified = flowCreated.plus(Duration.ofHours(random.nextInt(3000)));
				boolean isDeployed = f == 0 || random.nextInt(100) < 88;
				String status = !isDeployed ? null : random.nextInt(100) < 5 ? "ERROR" : "STARTED";
				// Most flows fail rarely, some are troubled: a month of logs shows both.
				double failure = random.nextInt(100) < 15 ? 0.08 + random.nextDouble() * 0.2
						: random.nextDouble() * 0.02;
				flows.add(new Flow(id, verb + " " + object + " from " + sender + " to " + receiver, packageId, version,
						sender, receiver, pick(random, SENDER_ADAPTERS), receiverAdapter,
						address(receiver, receiverAdapter, object), pick(random, USERS), flowCreated,
						pick(random, USERS), flowModified, isDeployed, status, isDeployed ? pick(random, USERS) : null,
						isDeployed ? flowModified.plus(Duration.ofMinutes(5 + random.nextInt(600))) : null, failure,
						1 + random.nextInt(random.nextInt(100) < 20 ? 60 : 8)));
			}
			packages.add(new Package(packageId, domain[0] + suffix, code, "1." + random.nextInt(5) + "." + random.nextInt(9),
					pick(random, USERS), created, pick(random, USERS), modified, flows));
		}
		for (Package p : packages) {
			for (Flow flow : p.flows()) {
				if (flow.deployed()) {
					deployed.add(flow);
				}
			}
		}
		cumulativeWeight = new int[deployed.size()];
		int sum = 0;
		for (int i = 0; i < deployed.size(); i++) {
			sum += deployed.get(i).weight();
			cumulativeWeight[i] = sum;
		}
	}

	/** The deployed flow for a number in [0, total weight). */
	Flow flowFor(int weightPoint) {
		int low = 0;
		int high = cumulativeWeight.length - 1;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (cumulativeWeight[mid] > weightPoint) {
				high = mid;
			} else {
				low = mid + 1;
			}
		}
		return deployed.get(low);
	}

	int totalWeight() {
		return cumulativeWeight.length == 0 ? 0 : cumulativeWeight[cumulativeWeight.length - 1];
	}

	Package findPackage(String id) {
		return packages.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
	}

	Flow findFlow(String id) {
		return packages.stream().flatMap(p -> p.flows().stream()).filter(f -> f.id().equals(id)).findFirst()
				.orElse(null);
	}

	private static String address(String receiver, String adapter, String object) {
		String host = receiver.toLowerCase().replace('_', '-') + ".example.com";
		return switch (adapter) {
		case "SFTP" -> "sftp://" + host + ":22/outbound/" + object.toLowerCase();
		case "Mail" -> "smtp://mail.example.com:587";
		case "IDoc" -> "https://" + host + "/sap/bc/srt/idoc?sap-client=100";
		case "OData" -> "https://" + host + "/sap/opu/odata/sap/API_" + object.toUpperCase() + "_SRV";
		default -> "https://" + host + "/api/" + object.toLowerCase();
		};
	}

	private static String pick(SplittableRandom random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	private static int indexOf(String[] values, String value) {
		for (int i = 0; i < values.length; i++) {
			if (values[i].equals(value)) {
				return i;
			}
		}
		return -1;
	}
}
