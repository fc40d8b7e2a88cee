package io.cartograph.ui.landscape.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.cartograph.model.landscape.AllowlistKind;
import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.IpAllowlist;
import io.cartograph.model.landscape.IpAllowlistEntry;
import io.cartograph.policy.ip.AllowlistAnalysis;
import io.cartograph.policy.ip.AllowlistDrift;
import io.cartograph.policy.ip.AllowlistFinding;
import io.cartograph.policy.ip.Cidr;
import io.cartograph.ui.WidgetTags;

/**
 * The checks below an IP allowlist's entries: what the analysis finds (invalid entries, host
 * bits, duplicates, nested and too broad ranges), for a WAF list the drift with the proxies'
 * AccessControl policies, and a field that answers whether an address is allowed and by which
 * entries. Shown anew after every command, as the form's other fields.
 */
final class AllowlistChecks implements FieldBinding {

	static final String FINDINGS_ID = "editor.IpAllowlist.findings";
	static final String ADDRESS_ID = "editor.IpAllowlist.address";
	static final String ANSWER_ID = "editor.IpAllowlist.answer";

	private final Form form;
	private Text findings;
	private Text address;
	private Label answer;

	private AllowlistChecks(Form form) {
		this.form = form;
	}

	static void add(Form form) {
		AllowlistChecks checks = new AllowlistChecks(form);
		form.wide(parent -> {
			checks.findings = WidgetTags.tag(new Text(parent, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL),
					FINDINGS_ID);
			GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, 110).applyTo(checks.findings);
			return checks.findings;
		});
		form.row("Is this address allowed?", parent -> {
			Composite field = new Composite(parent, SWT.NONE);
			GridLayoutFactory.fillDefaults().numColumns(2).applyTo(field);
			checks.address = WidgetTags.tag(new Text(field, SWT.BORDER | SWT.SEARCH), ADDRESS_ID);
			checks.address.setMessage("e.g. 203.0.113.7 or 2001:db8::1");
			GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(checks.address);
			checks.answer = WidgetTags.tag(new Label(field, SWT.WRAP), ANSWER_ID);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(checks.answer);
			checks.address.addListener(SWT.Modify, event -> checks.answer());
			return field;
		});
		form.bind(checks);
	}

	@Override
	public void refresh() {
		if (!(form.target() instanceof IpAllowlist list) || findings.isDisposed()) {
			return;
		}
		List<String> lines = new ArrayList<>();
		for (AllowlistFinding finding : AllowlistAnalysis.forWorkspaceOf(list).analyse(list)) {
			lines.add(finding.kind() + ": " + finding.message());
		}
		if (list.getKind() == AllowlistKind.WAF) {
			lines.addAll(drift(list));
		}
		findings.setText(lines.isEmpty() ? "No findings: every entry is a valid, distinct range within the limits." : String.join("\n", lines));
		answer();
	}

	private void answer() {
		if (!(form.target() instanceof IpAllowlist list) || answer.isDisposed()) {
			return;
		}
		String text = address.getText().strip();
		if (text.isEmpty()) {
			answer.setText("");
		} else {
			try {
				List<IpAllowlistEntry> allowing = AllowlistAnalysis.allowing(list, Cidr.address(text));
				answer.setText(allowing.isEmpty() ? "Not allowed by this list."
						: "Allowed by " + allowing.stream().map(AllowlistChecks::describe).collect(Collectors.joining(", ")) + ".");
			} catch (IllegalArgumentException e) {
				answer.setText("Not an address: " + e.getMessage() + ".");
			}
		}
		answer.getParent().layout(true);
	}

	private static String describe(IpAllowlistEntry entry) {
		return entry.getCidr() + (entry.getOwner() == null || entry.getOwner().isBlank() ? "" : " (" + entry.getOwner() + ")");
	}

	/** A line per proxy whose AccessControl ranges and this WAF list disagree. */
	private static List<String> drift(IpAllowlist waf) {
		List<Cidr> wafRanges = AllowlistAnalysis.ranges(waf);
		List<String> lines = new ArrayList<>();
		List<ApiProxy> proxies = AllowlistAnalysis.apiManagementBeside(waf).map(ApiManagement::getProxies).orElse(null);
		for (ApiProxy proxy : proxies == null ? List.<ApiProxy>of() : proxies) {
			List<Cidr> allowed = AllowlistDrift.allowedBy(proxy);
			AllowlistDrift drift = allowed.isEmpty() ? null : AllowlistDrift.between(allowed, wafRanges);
			if (drift != null && !drift.none()) {
				lines.add("DRIFT with proxy " + proxy.getName() + ": only in the proxy " + drift.onlyInProxy() + ", only in this WAF list "
						+ drift.onlyInWaf());
			}
		}
		return lines;
	}
}
