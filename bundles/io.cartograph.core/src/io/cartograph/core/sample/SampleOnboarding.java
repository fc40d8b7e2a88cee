package io.cartograph.core.sample;

import static io.cartograph.model.landscape.LandscapePackage.Literals.CHECKLIST;
import static io.cartograph.model.landscape.LandscapePackage.Literals.CHECKLIST_STEP;
import static io.cartograph.model.landscape.LandscapePackage.Literals.DOMAIN_ALLOWLIST;
import static io.cartograph.model.landscape.LandscapePackage.Literals.DOMAIN_ALLOWLIST_ENTRY;
import static io.cartograph.model.landscape.LandscapePackage.Literals.IP_ALLOWLIST;
import static io.cartograph.model.landscape.LandscapePackage.Literals.IP_ALLOWLIST_ENTRY;

import io.cartograph.model.landscape.AllowlistKind;
import io.cartograph.model.landscape.Checklist;
import io.cartograph.model.landscape.ChecklistStep;
import io.cartograph.model.landscape.DomainAllowlist;
import io.cartograph.model.landscape.DomainAllowlistEntry;
import io.cartograph.model.landscape.IpAllowlist;
import io.cartograph.model.landscape.IpAllowlistEntry;
import io.cartograph.model.landscape.Onboarding;
import io.cartograph.model.landscape.StepStatus;

/**
 * A consultant's onboarding file half-way through: a checklist with steps done, running and
 * blocked, the IP addresses the API proxy admits, and the domains the customer's firewall must
 * let through. Addresses come from the documentation ranges (RFC 5737, RFC 3849).
 */
final class SampleOnboarding {

	private SampleOnboarding() {
	}

	static void fill(Sample sample) {
		Onboarding onboarding = sample.model.onboarding();
		Checklist checklist = sample.create(CHECKLIST, Checklist.class);
		checklist.setName("ACME onboarding");
		step(sample, checklist, "Create the technical user and its roles in S/4HANA", StepStatus.DONE, "Jonas Keller",
				"Transport S4PK900123 imported", null);
		step(sample, checklist, "Activate the OData services in the gateway", StepStatus.DONE, "Jonas Keller",
				"/IWFND/MAINT_SERVICE screenshot in the project folder", null);
		step(sample, checklist, "Expose S/4HANA through the Cloud Connector", StepStatus.DONE, "Infrastructure",
				"Location ID ACME_PRD, virtual host s4p-virtual:443", null);
		step(sample, checklist, "Allowlist the API Management egress addresses", StepStatus.IN_PROGRESS, "Network Team",
				null, "Firewall change CHG-4711 waiting for the CAB");
		step(sample, checklist, "Create the data sources and enter their secrets", StepStatus.IN_PROGRESS, "Priya Nair", null,
				"PO push credentials still to be generated");
		step(sample, checklist, "Run CONFIGURATION, then INVENTORY two hours later", StepStatus.OPEN, "Priya Nair", null, null);
		step(sample, checklist, "Define properties and tags with the architects", StepStatus.DONE, "Dana Weber",
				"Workshop minutes of 2026-03-12", null);
		step(sample, checklist, "Review the unmapped systems in the To-do list", StepStatus.OPEN, "Luca Moretti", null, null);
		step(sample, checklist, "Connect LeanIX", StepStatus.BLOCKED, "Dana Weber", null, "Waiting for the LeanIX API token");
		step(sample, checklist, "Connect Confluence for documentation", StepStatus.NOT_APPLICABLE, null, null,
				"ACME documents in the wiki, not in Confluence");
		onboarding.getChecklists().add(checklist);

		IpAllowlist ips = sample.create(IP_ALLOWLIST, IpAllowlist.class);
		ips.setName("API Management callers");
		ip(sample, ips, "203.0.113.10/32", "Cartograph cloud egress", 20, "Harvesting from the hosted cockpit");
		ip(sample, ips, "198.51.100.0/28", "Network Team", 35, "ACME office NAT pool for the shop back-end tests");
		ip(sample, ips, "192.0.2.44", "E-Commerce Team", 10, "Shop back-end (single host)");
		ip(sample, ips, "2001:db8:4a::/64", "Network Team", 35, "IPv6 egress of the office network");
		onboarding.getIpAllowlists().add(ips);

		// The WAF lets the office's IPv6 range through, which the AllowCallers policy does not allow: drift to find.
		IpAllowlist waf = sample.create(IP_ALLOWLIST, IpAllowlist.class);
		waf.setName("WAF IP set (API Management)");
		waf.setKind(AllowlistKind.WAF);
		ip(sample, waf, "203.0.113.10/32", "Network Team", 20, "Mirrors the AllowCallers policy");
		ip(sample, waf, "198.51.100.0/28", "Network Team", 35, "Mirrors the AllowCallers policy");
		ip(sample, waf, "2001:db8:4a::/64", "Network Team", 35, "IPv6 egress of the office network");
		onboarding.getIpAllowlists().add(waf);

		DomainAllowlist domains = sample.create(DOMAIN_ALLOWLIST, DomainAllowlist.class);
		domains.setName("Customer firewall, outbound");
		domain(sample, domains, "*.hana.ondemand.com", 443, "SAP BTP: Cloud Integration and API Management");
		domain(sample, domains, "eu1.anypoint.mulesoft.com", 443, "MuleSoft Anypoint platform API");
		domain(sample, domains, "login.microsoftonline.com", 443, "Azure token endpoint");
		domain(sample, domains, "management.azure.com", 443, "Azure management API");
		domain(sample, domains, "acme.atlassian.net", 443, "Jira");
		domain(sample, domains, "connectivitynotification.cf.eu10.hana.ondemand.com", 443, "Cloud Connector tunnel");
		onboarding.getDomainAllowlists().add(domains);
	}

	private static void step(Sample sample, Checklist checklist, String name, StepStatus status, String owner, String evidence,
			String notes) {
		ChecklistStep step = sample.create(CHECKLIST_STEP, ChecklistStep.class);
		step.setName(name);
		step.setStatus(status);
		step.setOwner(owner);
		step.setEvidence(evidence);
		step.setNotes(notes);
		checklist.getSteps().add(step);
	}

	private static void ip(Sample sample, IpAllowlist list, String cidr, String owner, int daysAgo, String justification) {
		IpAllowlistEntry entry = sample.create(IP_ALLOWLIST_ENTRY, IpAllowlistEntry.class);
		entry.setCidr(cidr);
		entry.setOwner(owner);
		entry.setChangeDate(java.util.Date.from(Sample.NOW.minusSeconds(daysAgo * 86_400L)));
		entry.setJustification(justification);
		list.getEntries().add(entry);
	}

	private static void domain(Sample sample, DomainAllowlist list, String name, int port, String purpose) {
		DomainAllowlistEntry entry = sample.create(DOMAIN_ALLOWLIST_ENTRY, DomainAllowlistEntry.class);
		entry.setDomain(name);
		entry.setPort(port);
		entry.setPurpose(purpose);
		list.getEntries().add(entry);
	}
}
