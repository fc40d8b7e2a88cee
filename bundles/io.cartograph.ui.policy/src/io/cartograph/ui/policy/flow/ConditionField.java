package io.cartograph.ui.policy.flow;

import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;

import io.cartograph.policy.condition.ConditionSyntaxException;
import io.cartograph.policy.condition.Conditions;

/**
 * A flow or step condition, checked with the condition language's parser as it is typed: a
 * syntax error is underlined where the parser found it and its message is the tooltip. The
 * condition is handed on with Enter or when the field loses focus (one change per edit).
 */
final class ConditionField {

	private final StyledText text;
	private final Consumer<String> committed;
	private final Consumer<String> status;
	private String shown = "";
	private String error;

	ConditionField(Composite parent, Consumer<String> committed, Consumer<String> status) {
		this.committed = committed;
		this.status = status;
		text = new StyledText(parent, SWT.SINGLE | SWT.BORDER);
		text.addModifyListener(event -> check());
		text.addListener(SWT.DefaultSelection, event -> commit());
		text.addListener(SWT.FocusOut, event -> commit());
		text.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_ESCAPE) {
				show(shown);
				event.doit = false;
			}
		});
		text.addListener(SWT.KeyDown, event -> {
			if (event.character == SWT.CR) {
				commit();
			}
		});
	}

	StyledText control() {
		return text;
	}

	/** Shows a condition from the model (null: none). */
	void show(String condition) {
		shown = condition == null ? "" : condition;
		if (!text.getText().equals(shown)) {
			text.setText(shown);
		}
		check();
	}

	/** The parser's message for the text as typed; null when it parses. */
	String error() {
		return error;
	}

	private void check() {
		String typed = text.getText();
		text.setStyleRanges(new StyleRange[0]);
		error = null;
		if (!typed.isBlank()) {
			try {
				Conditions.parse(typed);
			} catch (ConditionSyntaxException wrong) {
				error = wrong.getMessage();
				int start;
				int length;
				if (wrong.offset() >= typed.stripTrailing().length()) {
					// The condition ends too early: mark its last word (the dangling OR, the open quote).
					int end = typed.stripTrailing().length();
					start = end;
					while (start > 0 && !Character.isWhitespace(typed.charAt(start - 1))) {
						start--;
					}
					start = Math.min(start, Math.max(0, end - 1));
					length = Math.max(1, end - start);
				} else {
					start = Math.max(0, wrong.offset());
					length = Math.max(1, Math.min(wrong.length(), typed.length() - start));
				}
				StyleRange squiggle = new StyleRange();
				squiggle.start = start;
				squiggle.length = length;
				squiggle.underline = true;
				squiggle.underlineStyle = SWT.UNDERLINE_SQUIGGLE;
				squiggle.underlineColor = text.getDisplay().getSystemColor(SWT.COLOR_RED);
				text.setStyleRange(squiggle);
			}
		}
		text.setToolTipText(error);
		status.accept(error);
	}

	private void commit() {
		String typed = text.getText().strip();
		if (!Objects.equals(typed, shown.strip())) {
			shown = typed;
			committed.accept(typed.isEmpty() ? null : typed);
		}
	}
}
