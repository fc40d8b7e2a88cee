package io.cartograph.ui.policy.xml;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationAccess;
import org.eclipse.jface.text.source.IAnnotationAccessExtension;
import org.eclipse.jface.text.source.IAnnotationPresentation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;

/** A problem shown in the policy text: squiggle, ruler mark, overview mark and hover message. */
public final class ProblemAnnotation extends Annotation implements IAnnotationPresentation {

	public static final String ERROR = "io.cartograph.ui.policy.problem.error";
	public static final String WARNING = "io.cartograph.ui.policy.problem.warning";
	public static final String INFO = "io.cartograph.ui.policy.problem.info";

	static final Color ERROR_COLOUR = new Color(0xd0, 0x20, 0x20);
	static final Color WARNING_COLOUR = new Color(0xe0, 0x90, 0x00);
	static final Color INFO_COLOUR = new Color(0x30, 0x70, 0xd0);

	private final PolicyProblem problem;

	ProblemAnnotation(PolicyProblem problem) {
		super(typeOf(problem.severity()), false, problem.message());
		this.problem = problem;
	}

	public PolicyProblem problem() {
		return problem;
	}

	@Override
	public String toString() {
		return problem.severity() + " " + problem.message();
	}

	static String typeOf(PolicyProblem.Severity severity) {
		return switch (severity) {
		case ERROR -> ERROR;
		case WARNING -> WARNING;
		case INFO -> INFO;
		};
	}

	static Color colourOf(String type) {
		return switch (type) {
		case ERROR -> ERROR_COLOUR;
		case WARNING -> WARNING_COLOUR;
		default -> INFO_COLOUR;
		};
	}

	@Override
	public int getLayer() {
		return switch (problem.severity()) {
		case ERROR -> 3;
		case WARNING -> 2;
		case INFO -> 1;
		};
	}

	/** The ruler mark: a dot in the severity's colour, with a white bar in it for errors. */
	@Override
	public void paint(GC gc, Canvas canvas, Rectangle bounds) {
		int size = Math.min(Math.min(bounds.width, bounds.height), 12) - 2;
		int x = bounds.x + (bounds.width - size) / 2;
		int y = bounds.y + (bounds.height - size) / 2;
		gc.setAntialias(SWT.ON);
		gc.setBackground(colourOf(getType()));
		gc.fillOval(x, y, size, size);
		if (problem.severity() == PolicyProblem.Severity.ERROR) {
			gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(x + size / 4, y + size / 2 - 1, size / 2 + 1, 2);
		}
	}

	/** How the rulers and the painter see our annotations (the ruler paints through the extension). */
	static final class Access implements IAnnotationAccess, IAnnotationAccessExtension {

		@Override
		public String getTypeLabel(Annotation annotation) {
			return annotation.getType();
		}

		@Override
		public int getLayer(Annotation annotation) {
			return annotation instanceof ProblemAnnotation problem ? problem.getLayer() : 0;
		}

		@Override
		public void paint(Annotation annotation, GC gc, Canvas canvas, Rectangle bounds) {
			if (annotation instanceof ProblemAnnotation problem) {
				problem.paint(gc, canvas, bounds);
			}
		}

		@Override
		public boolean isPaintable(Annotation annotation) {
			return annotation instanceof ProblemAnnotation;
		}

		@Override
		public boolean isSubtype(Object annotationType, Object potentialSupertype) {
			return annotationType.equals(potentialSupertype);
		}

		@Override
		public Object[] getSupertypes(Object annotationType) {
			return new Object[0];
		}

		@Override
		public Object getType(Annotation annotation) {
			return annotation.getType();
		}

		@Override
		public boolean isMultiLine(Annotation annotation) {
			return true;
		}

		@Override
		public boolean isTemporary(Annotation annotation) {
			return !annotation.isPersistent();
		}
	}
}
