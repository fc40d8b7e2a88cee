package io.cartograph.ui.policy.xml;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.IUndoManager;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.DefaultAnnotationHover;
import org.eclipse.jface.text.source.IAnnotationHover;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.SourceViewerConfiguration;

/**
 * How the policy viewer behaves: colours, content assist (Ctrl+Space and after "&lt;"), and the
 * messages of problems when the mouse rests on a squiggle or a ruler mark.
 */
final class PolicyXmlConfiguration extends SourceViewerConfiguration {

	private final PolicyAssist assist;
	private ContentAssistant assistant;

	PolicyXmlConfiguration(PolicyAssist assist) {
		this.assist = assist;
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer viewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		DefaultDamagerRepairer colours = new DefaultDamagerRepairer(new XmlColours()) {
			// A typed "<!--" changes the colour of everything after it: always colour the whole policy
			// (policies are small).
			@Override
			public IRegion getDamageRegion(ITypedRegion partition, org.eclipse.jface.text.DocumentEvent event,
					boolean documentPartitioningChanged) {
				return new Region(0, event.getDocument().getLength());
			}
		};
		reconciler.setDamager(colours, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(colours, IDocument.DEFAULT_CONTENT_TYPE);
		return reconciler;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer viewer) {
		if (assistant == null) {
			assistant = new ContentAssistant();
			assistant.setContentAssistProcessor(assist, IDocument.DEFAULT_CONTENT_TYPE);
			assistant.enableAutoActivation(true);
			assistant.setAutoActivationDelay(300);
			assistant.enableAutoInsert(false);
			assistant.setShowEmptyList(true);
		}
		return assistant;
	}

	/**
	 * No undo of its own: typing settles into commands of the model, and Edit > Undo takes those
	 * back (one history for the whole workspace).
	 */
	@Override
	public IUndoManager getUndoManager(ISourceViewer viewer) {
		return null;
	}

	@Override
	public IAnnotationHover getAnnotationHover(ISourceViewer viewer) {
		return new DefaultAnnotationHover();
	}

	@Override
	public ITextHover getTextHover(ISourceViewer viewer, String contentType) {
		return new ProblemHover(viewer);
	}

	/** The messages of the problems under the mouse. */
	static final class ProblemHover implements ITextHover {

		private final ISourceViewer viewer;

		ProblemHover(ISourceViewer viewer) {
			this.viewer = viewer;
		}

		@Override
		public String getHoverInfo(ITextViewer textViewer, IRegion region) {
			IAnnotationModel model = viewer.getAnnotationModel();
			if (model == null) {
				return null;
			}
			List<String> messages = new ArrayList<>();
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation annotation = it.next();
				Position position = model.getPosition(annotation);
				if (annotation instanceof ProblemAnnotation && position != null
						&& position.overlapsWith(region.getOffset(), Math.max(1, region.getLength()))) {
					messages.add(annotation.getText());
				}
			}
			return messages.isEmpty() ? null : String.join("\n", messages);
		}

		@Override
		public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
			return new Region(offset, 0);
		}
	}
}
