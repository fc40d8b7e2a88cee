package io.cartograph.ui.policy.xml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.AnnotationPainter;
import org.eclipse.jface.text.source.AnnotationRulerColumn;
import org.eclipse.jface.text.source.CompositeRuler;
import org.eclipse.jface.text.source.ISharedTextColors;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.LineNumberRulerColumn;
import org.eclipse.jface.text.source.OverviewRuler;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;

import io.cartograph.ui.WidgetTags;

/**
 * The policy text: a source viewer with coloured XML, line numbers, problem marks in the ruler
 * and the overview ruler, squiggles, hovers and content assist. Problems are checked once typing
 * has paused ({@value #SETTLE_MILLIS} ms), and then whoever owns the viewer hears the settled
 * text: one change of the model per pause, not per keystroke.
 */
public final class PolicyXmlViewer {

	public static final String TEXT_ID = "policy.xml";
	static final int SETTLE_MILLIS = 400;
	private static final String SQUIGGLE = "squiggle";
	private static final String[] TYPES = { ProblemAnnotation.ERROR, ProblemAnnotation.WARNING, ProblemAnnotation.INFO };

	private final SourceViewer viewer;
	private final IDocument document = new Document();
	private final AnnotationModel annotations = new AnnotationModel();
	private final Function<String, List<PolicyProblem>> checks;
	private final Consumer<String> settled;
	private final SharedColours colours = new SharedColours();
	private final PolicyAssist assist;
	private int typed;
	private boolean quiet;
	/** The user typed and the text has not settled yet: the model's text is older than the viewer's. */
	private boolean pending;

	/**
	 * @param checks the problems of a text
	 * @param settled hears the text each time typing pauses, and not for texts set by {@link #show}
	 */
	public PolicyXmlViewer(Composite parent, Function<String, List<PolicyProblem>> checks, Consumer<String> settled) {
		this.checks = checks;
		this.settled = settled;
		ProblemAnnotation.Access access = new ProblemAnnotation.Access();
		CompositeRuler ruler = new CompositeRuler();
		AnnotationRulerColumn marks = new AnnotationRulerColumn(16, access);
		OverviewRuler overview = new OverviewRuler(access, 12, colours);
		for (String type : TYPES) {
			marks.addAnnotationType(type);
			overview.addAnnotationType(type);
			overview.addHeaderAnnotationType(type);
			overview.setAnnotationTypeColor(type, ProblemAnnotation.colourOf(type));
		}
		overview.setAnnotationTypeLayer(ProblemAnnotation.ERROR, 3);
		ruler.addDecorator(0, marks);
		ruler.addDecorator(1, new LineNumberRulerColumn());
		viewer = new SourceViewer(parent, ruler, overview, true, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		assist = new PolicyAssist(Vocabularies.policies());
		viewer.configure(new PolicyXmlConfiguration(assist));
		viewer.setDocument(document, annotations);
		AnnotationPainter painter = new AnnotationPainter(viewer, access);
		painter.addTextStyleStrategy(SQUIGGLE, new AnnotationPainter.UnderlineStrategy(SWT.UNDERLINE_SQUIGGLE));
		for (String type : TYPES) {
			painter.addAnnotationType(type, SQUIGGLE);
			painter.setAnnotationTypeColor(type, ProblemAnnotation.colourOf(type));
		}
		viewer.addPainter(painter);
		viewer.addTextPresentationListener(painter);
		StyledText text = viewer.getTextWidget();
		WidgetTags.tag(text, TEXT_ID);
		text.setFont(JFaceResources.getTextFont());
		text.setTabs(4);
		viewer.appendVerifyKeyListener(event -> {
			if (event.character == ' ' && (event.stateMask & SWT.CTRL) != 0) {
				event.doit = false;
				viewer.doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
			}
		});
		document.addDocumentListener(new IDocumentListener() {
			@Override
			public void documentAboutToBeChanged(DocumentEvent event) {
			}

			@Override
			public void documentChanged(DocumentEvent event) {
				int mine = ++typed;
				boolean fromModel = quiet;
				pending |= !fromModel;
				text.getDisplay().timerExec(SETTLE_MILLIS, () -> {
					if (mine == typed && !text.isDisposed()) {
						settle(!fromModel);
					}
				});
			}
		});
		text.addDisposeListener(event -> colours.dispose());
	}

	/**
	 * Shows a text that came from the model (not heard back as a settled edit); keeps the caret
	 * where it can. While the user's typing has not settled, the viewer's text is newer than the
	 * model's and stays.
	 */
	public void show(String xml) {
		String next = xml == null ? "" : xml;
		if (pending || next.equals(document.get())) {
			return;
		}
		int caret = viewer.getTextWidget().getCaretOffset();
		quiet = true;
		try {
			document.set(next);
		} finally {
			quiet = false;
		}
		viewer.getTextWidget().setCaretOffset(Math.min(caret, next.length()));
		settle(false);
	}

	/** Checks the text again (the model around it changed), unless typing has not settled. */
	public void recheck() {
		if (!pending) {
			settle(false);
		}
	}

	/** Checks the text now and, when the user typed it, hands it on. */
	void settle(boolean typedByUser) {
		String text = document.get();
		pending = false;
		Map<Annotation, Position> added = new HashMap<>();
		for (PolicyProblem problem : checks.apply(text)) {
			int offset = Math.min(problem.offset(), text.length());
			added.put(new ProblemAnnotation(problem), new Position(offset, Math.min(problem.length(), text.length() - offset)));
		}
		annotations.replaceAnnotations(problems().toArray(Annotation[]::new), added);
		if (typedByUser) {
			settled.accept(text);
		}
	}

	/** The problems shown now. */
	public List<ProblemAnnotation> problems() {
		List<ProblemAnnotation> shown = new ArrayList<>();
		for (Iterator<Annotation> it = annotations.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof ProblemAnnotation problem) {
				shown.add(problem);
			}
		}
		return shown;
	}

	public SourceViewer viewer() {
		return viewer;
	}

	public IDocument document() {
		return document;
	}

	public AnnotationModel annotations() {
		return annotations;
	}

	PolicyAssist assist() {
		return assist;
	}

	/** Colours the rulers share, made once per RGB and freed with the viewer. */
	private static final class SharedColours implements ISharedTextColors {

		private final Map<RGB, Color> made = new HashMap<>();

		@Override
		public Color getColor(RGB rgb) {
			return made.computeIfAbsent(rgb, Color::new);
		}

		@Override
		public void dispose() {
			made.clear();
		}
	}
}
