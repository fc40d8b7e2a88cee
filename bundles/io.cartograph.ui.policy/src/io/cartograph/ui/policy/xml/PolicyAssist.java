package io.cartograph.ui.policy.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;

import io.cartograph.ui.policy.xml.Vocabulary.Choice;

/**
 * Content assist: the elements allowed below the element the cursor is in, the attributes of the
 * tag it is in (those not written yet), and outside the root element our templates.
 */
final class PolicyAssist implements IContentAssistProcessor {

	private final Vocabulary vocabulary;

	PolicyAssist(Vocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		return proposals(viewer.getDocument().get(), offset).toArray(ICompletionProposal[]::new);
	}

	/** The proposals at an offset of the text, in the order they are offered. */
	List<ICompletionProposal> proposals(String text, int offset) {
		XmlContext at = XmlContext.at(text, offset);
		List<ICompletionProposal> proposals = new ArrayList<>();
		switch (at.place()) {
		case ELEMENT_NAME -> {
			int start = offset - at.prefix().length();
			for (Choice child : matching(vocabulary.children(at.open()), at.prefix())) {
				String element = child.name() + "></" + child.name() + ">";
				proposals.add(new CompletionProposal(element, start, at.prefix().length(), child.name().length() + 1, null,
						label(child), null, child.description()));
			}
			if (at.open().isEmpty()) {
				templates(proposals, start - 1, at.prefix().length() + 1);
			}
		}
		case CONTENT -> {
			for (Choice child : vocabulary.children(at.open())) {
				String element = "<" + child.name() + "></" + child.name() + ">";
				proposals.add(new CompletionProposal(element, offset, 0, child.name().length() + 2, null, label(child), null,
						child.description()));
			}
			if (at.open().isEmpty()) {
				templates(proposals, offset, 0);
			}
		}
		case ATTRIBUTE -> {
			List<String> path = new ArrayList<>(at.open());
			path.add(at.tag());
			int start = offset - at.prefix().length();
			for (Choice attribute : matching(vocabulary.attributes(path), at.prefix())) {
				if (!at.attributesPresent().contains(attribute.name())) {
					proposals.add(new CompletionProposal(attribute.name() + "=\"\"", start, at.prefix().length(),
							attribute.name().length() + 2, null, label(attribute), null, attribute.description()));
				}
			}
		}
		default -> {
			// In a comment, a value or an end tag: nothing to offer.
		}
		}
		return proposals;
	}

	private static void templates(List<ICompletionProposal> proposals, int start, int length) {
		for (PolicyTemplate template : PolicyTemplates.all()) {
			proposals.add(new CompletionProposal(template.xml(), start, length, template.xml().length(), null,
					"Template: " + template.name() + " (" + template.policyType() + ")", null,
					template.scenario() + "\n\n" + template.xml()));
		}
	}

	private static List<Choice> matching(List<Choice> choices, String prefix) {
		String wanted = prefix.toLowerCase(Locale.ROOT);
		return choices.stream().filter(choice -> choice.name().toLowerCase(Locale.ROOT).startsWith(wanted)).toList();
	}

	private static String label(Choice choice) {
		return choice.description() == null || choice.description().isBlank() ? choice.name()
				: choice.name() + " - " + choice.description();
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '<' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
