package io.cartograph.ui.policy.xml;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.Policy;
import io.cartograph.ui.WidgetTags;
import io.cartograph.ui.policy.ObjectEditorPart;

/**
 * The policy XML editor: the policy's XML as it is kept in the model (verbatim), checked as it
 * is typed. Each pause in typing becomes one change of the policy's XML on the model's command
 * stack, so Undo takes back one burst of typing at a time.
 */
public class PolicyEditorPart extends ObjectEditorPart {

	public static final String DESCRIPTOR_ID = "io.cartograph.ui.policy.partdescriptor.policyXml";
	public static final String TITLE_ID = "policy.title";
	public static final String STATUS_ID = "policy.status";
	public static final String TEMPLATES_ID = "policy.templates";

	private Policy policy;
	private Label title;
	private Label status;
	private PolicyXmlViewer xml;

	@Override
	protected boolean accepts(EObject object) {
		return object instanceof Policy;
	}

	@Override
	protected String label(EObject object) {
		String name = ((Policy) object).getName();
		return name == null || name.isBlank() ? "Policy" : name;
	}

	@Override
	protected void build(Composite root, EObject object) {
		policy = (Policy) object;
		Composite header = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(header);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		title = WidgetTags.tag(new Label(header, SWT.NONE), TITLE_ID);
		title.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(title);
		Button templates = WidgetTags.tag(new Button(header, SWT.PUSH), TEMPLATES_ID);
		templates.setText("Insert Template \u25be");
		templates.setToolTipText("Our templates for the scenarios of the deployment guide");
		templates.addListener(SWT.Selection, event -> showTemplates(templates));
		xml = new PolicyXmlViewer(root, text -> PolicyChecks.check(policy, text), this::typed);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(xml.viewer().getControl());
		status = WidgetTags.tag(new Label(root, SWT.NONE), STATUS_ID);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		xml.viewer().getTextWidget().addListener(SWT.MouseUp, event -> updateStatus());
		xml.viewer().getTextWidget().addListener(SWT.KeyUp, event -> updateStatus());
		xml.show(policy.getXml());
		updateTitle();
		updateStatus();
	}

	private void typed(String text) {
		if (!text.equals(policy.getXml() == null ? "" : policy.getXml())) {
			edits().set(policy, LandscapePackage.Literals.POLICY__XML, text);
		}
		updateStatus();
	}

	@Override
	protected void refresh(List<?> affected) {
		xml.show(policy.getXml());
		// The lint looks at the whole proxy: a settled edit, or a change elsewhere, may change its findings.
		xml.recheck();
		updateTitle();
		updateStatus();
	}

	private void updateTitle() {
		String type = policy.getType() == null || policy.getType().isBlank() ? "" : " (" + policy.getType() + ")";
		title.setText("Policy: " + label(policy) + type);
	}

	/** The problem at the caret, else how many there are and the first of them. */
	private void updateStatus() {
		List<ProblemAnnotation> problems = xml.problems();
		int caret = xml.viewer().getTextWidget().getCaretOffset();
		String text = problems.stream().filter(problem -> {
			var position = xml.annotations().getPosition(problem);
			return position != null && position.includes(caret);
		}).map(ProblemAnnotation::getText).findFirst().orElseGet(() -> summary(problems));
		status.setText(text);
		status.getParent().layout(new org.eclipse.swt.widgets.Control[] { status });
	}

	private String summary(List<ProblemAnnotation> problems) {
		if (problems.isEmpty()) {
			return "No problems";
		}
		ProblemAnnotation first = problems.stream()
				.min(java.util.Comparator.comparingInt(problem -> xml.annotations().getPosition(problem).getOffset())).orElseThrow();
		int line;
		try {
			line = xml.document().getLineOfOffset(xml.annotations().getPosition(first).getOffset()) + 1;
		} catch (org.eclipse.jface.text.BadLocationException outside) {
			line = xml.document().getNumberOfLines();
		}
		return (problems.size() == 1 ? "1 problem" : problems.size() + " problems") + ". Line " + line + ": " + first.getText();
	}

	private void showTemplates(Button anchor) {
		Menu menu = new Menu(anchor);
		for (PolicyTemplate template : PolicyTemplates.all()) {
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText(template.scenario() + ": " + template.name());
			item.addListener(SWT.Selection, event -> insert(template));
		}
		Rectangle bounds = anchor.getBounds();
		Point below = anchor.getParent().toDisplay(bounds.x, bounds.y + bounds.height);
		menu.setLocation(below);
		menu.setVisible(true);
	}

	/** Inserts a template at the caret; into an empty policy it also sets the type. */
	public void insert(PolicyTemplate template) {
		boolean empty = xml.document().get().isBlank();
		if (empty) {
			xml.document().set(template.xml());
			if (policy.getType() == null || policy.getType().isBlank()) {
				edits().set(policy, LandscapePackage.Literals.POLICY__TYPE, template.policyType());
			}
		} else {
			int caret = xml.viewer().getTextWidget().getCaretOffset();
			try {
				xml.document().replace(caret, 0, template.xml());
			} catch (org.eclipse.jface.text.BadLocationException outside) {
				xml.document().set(xml.document().get() + template.xml());
			}
		}
	}

	/** The XML viewer, for tests and for those who place the caret. */
	public PolicyXmlViewer xml() {
		return xml;
	}
}
