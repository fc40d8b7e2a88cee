package io.cartograph.ui.landscape.editors;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.ChecklistStep;
import io.cartograph.model.landscape.DomainAllowlistEntry;
import io.cartograph.model.landscape.IpAllowlistEntry;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.StepStatus;

/** Onboarding: checklists of steps, and the IP and domain allowlists a customer must set up. */
final class OnboardingForms {

	private OnboardingForms() {
	}

	static void checklist(Form form) {
		form.section("Checklist");
		form.text(NAMED__NAME);
		form.section("Steps");
		ChildTable.of(form, CHECKLIST__STEPS)
				.column("Step", 240, step -> orEmpty(((ChecklistStep) step).getName()))
				.column("Status", 110, step -> String.valueOf(((ChecklistStep) step).getStatus()))
				.column("Owner", 140, step -> orEmpty(((ChecklistStep) step).getOwner()))
				.creating(() -> {
					ChecklistStep step = Identities.create(LandscapePackage.Literals.CHECKLIST_STEP, ChecklistStep.class);
					step.setName("New Step");
					step.setStatus(StepStatus.OPEN);
					return step;
				})
				.ordered().rows(8)
				.detail(detail -> {
					detail.text(NAMED__NAME);
					detail.choice(CHECKLIST_STEP__STATUS);
					detail.text(CHECKLIST_STEP__OWNER);
					detail.text(CHECKLIST_STEP__EVIDENCE);
					detail.area(CHECKLIST_STEP__NOTES);
				}).build();
	}

	static void ipAllowlist(Form form) {
		form.section("IP Allowlist");
		form.text(NAMED__NAME);
		form.choice(IP_ALLOWLIST__KIND, "Kind");
		form.section("Entries");
		ChildTable.of(form, IP_ALLOWLIST__ENTRIES)
				.column("CIDR", 160, entry -> orEmpty(((IpAllowlistEntry) entry).getCidr()))
				.column("Owner", 140, entry -> orEmpty(((IpAllowlistEntry) entry).getOwner()))
				.column("Changed", 130, entry -> TextCodec.DATE.toText(((IpAllowlistEntry) entry).getChangeDate()))
				.column("Justification", 220, entry -> orEmpty(((IpAllowlistEntry) entry).getJustification()))
				.creating(() -> Identities.create(LandscapePackage.Literals.IP_ALLOWLIST_ENTRY, IpAllowlistEntry.class))
				.rows(8)
				.detail(detail -> {
					detail.text(IP_ALLOWLIST_ENTRY__CIDR, "CIDR (e.g. 203.0.113.0/24)");
					detail.text(IP_ALLOWLIST_ENTRY__OWNER);
					detail.text(IP_ALLOWLIST_ENTRY__CHANGE_DATE, "Changed (" + TextCodec.DATE_PATTERN + ")");
					detail.area(IP_ALLOWLIST_ENTRY__JUSTIFICATION);
				}).build();
		form.section("Checks");
		AllowlistChecks.add(form);
	}

	static void domainAllowlist(Form form) {
		form.section("Domain Allowlist");
		form.text(NAMED__NAME);
		form.section("Entries");
		ChildTable.of(form, DOMAIN_ALLOWLIST__ENTRIES)
				.column("Domain", 220, entry -> orEmpty(((DomainAllowlistEntry) entry).getDomain()))
				.column("Port", 70, entry -> String.valueOf(((DomainAllowlistEntry) entry).getPort()))
				.column("Purpose", 240, entry -> orEmpty(((DomainAllowlistEntry) entry).getPurpose()))
				.creating(() -> {
					DomainAllowlistEntry entry = Identities.create(LandscapePackage.Literals.DOMAIN_ALLOWLIST_ENTRY,
							DomainAllowlistEntry.class);
					entry.setPort(443);
					return entry;
				})
				.rows(8)
				.detail(detail -> {
					detail.text(DOMAIN_ALLOWLIST_ENTRY__DOMAIN);
					detail.text(DOMAIN_ALLOWLIST_ENTRY__PORT);
					detail.text(DOMAIN_ALLOWLIST_ENTRY__PURPOSE);
				}).build();
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
