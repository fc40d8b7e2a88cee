package io.cartograph.ui.policy.dryrun;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.policy.simulate.DryRun;
import io.cartograph.policy.simulate.SecretValues;
import io.cartograph.policy.simulate.SimulatedRequest;
import io.cartograph.policy.simulate.Trace;
import io.cartograph.ui.WidgetTags;

/**
 * The dry run of a proxy: a request (verb, path, headers, query, client IP, API key or token)
 * goes through the proxy's flows without any network, and the trace shows each step, whether it
 * ran and why, what it did, the fault that stopped the request or the request the backend gets.
 * Secret values (key value map entries, application keys) come from the secret store when it is
 * open and never appear in the trace.
 */
public final class DryRunForm {

	public static final String VERB_ID = "dryRun.verb";
	public static final String PATH_ID = "dryRun.path";
	public static final String HEADERS_ID = "dryRun.headers";
	public static final String QUERY_ID = "dryRun.query";
	public static final String CLIENT_IP_ID = "dryRun.clientIp";
	public static final String API_KEY_ID = "dryRun.apiKey";
	public static final String TOKEN_ID = "dryRun.token";
	public static final String TOKEN_VALID_ID = "dryRun.tokenValid";
	public static final String RUN_ID = "dryRun.run";

	private final ApiProxy proxy;
	private final Supplier<SecretValues> secrets;
	private final Combo verb;
	private final Text path;
	private final Text headers;
	private final Text query;
	private final Text clientIp;
	private final Text apiKey;
	private final Text token;
	private final Button tokenValid;
	private final TraceTable trace;
	private Trace last;
	/** What a field asks for: the columns grow from there to share the editor's width. */
	private static final int FIELD_WIDTH = 100;

	public DryRunForm(Composite parent, ApiProxy proxy, Supplier<SecretValues> secrets) {
		this.proxy = proxy;
		this.secrets = secrets;
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(root);
		Composite form = new Composite(root, SWT.NONE);
		// Two label-and-field pairs a row; the two field columns share the width (their own widths are
		// only hints), so the form fits the editor however long the texts in it are.
		GridLayoutFactory.fillDefaults().numColumns(4).spacing(8, 4).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
		label(form, "Verb");
		verb = WidgetTags.tag(new Combo(form, SWT.DROP_DOWN), VERB_ID);
		verb.setItems("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
		verb.setText("GET");
		GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(verb);
		label(form, "Path");
		path = text(form, PATH_ID, SWT.SINGLE, proxy.getBasePath() == null ? "/" : proxy.getBasePath());
		label(form, "Client IP");
		clientIp = text(form, CLIENT_IP_ID, SWT.SINGLE, "192.0.2.10");
		label(form, "API key");
		apiKey = text(form, API_KEY_ID, SWT.SINGLE, "");
		label(form, "Token");
		token = text(form, TOKEN_ID, SWT.SINGLE, "");
		tokenValid = WidgetTags.tag(new Button(form, SWT.CHECK), TOKEN_VALID_ID);
		tokenValid.setText("The token is valid");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(tokenValid);
		label(form, "Headers\n(Name: value)");
		headers = text(form, HEADERS_ID, SWT.MULTI | SWT.V_SCROLL, "");
		GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, 54).applyTo(headers);
		label(form, "Query\n(name=value)");
		query = text(form, QUERY_ID, SWT.MULTI | SWT.V_SCROLL, "");
		GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, 54).applyTo(query);
		Button run = WidgetTags.tag(new Button(root, SWT.PUSH), RUN_ID);
		run.setText("Run");
		run.setToolTipText("Send the request through the proxy's flows (nothing leaves this machine)");
		run.addListener(SWT.Selection, event -> run());
		trace = new TraceTable(root);
	}

	private static void label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
	}

	private static Text text(Composite parent, String id, int style, String initial) {
		Text text = WidgetTags.tag(new Text(parent, style | SWT.BORDER), id);
		text.setText(initial);
		GridDataFactory.fillDefaults().grab(true, false).hint(FIELD_WIDTH, SWT.DEFAULT).applyTo(text);
		return text;
	}

	/** Runs the request as the form says and shows the trace. */
	public Trace run() {
		Map<String, String> headerValues = new LinkedHashMap<>(RequestLines.parse(headers.getText(), ':'));
		if (!apiKey.getText().isBlank() && headerValues.keySet().stream().noneMatch("APIKey"::equalsIgnoreCase)) {
			headerValues.put("APIKey", apiKey.getText().strip());
		}
		String bearer = token.getText().strip();
		if (!bearer.isEmpty() && headerValues.keySet().stream().noneMatch("Authorization"::equalsIgnoreCase)) {
			headerValues.put("Authorization", "Bearer " + bearer);
		}
		SimulatedRequest request = new SimulatedRequest(verb.getText(), path.getText().strip(), headerValues,
				RequestLines.parse(query.getText(), '='), clientIp.getText().strip(), null);
		ApiManagement workspace = proxy.eContainer() instanceof ApiManagement management ? management : null;
		Set<String> validTokens = tokenValid.getSelection() && !bearer.isEmpty() ? Set.of(bearer) : Set.of();
		last = DryRun.run(proxy, workspace, request, Optional.ofNullable(secrets.get()).orElse(SecretValues.none()), validTokens);
		trace.show(last);
		return last;
	}

	public Trace lastTrace() {
		return last;
	}
}
