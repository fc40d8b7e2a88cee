package io.cartograph.ui.landscape;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import io.cartograph.ui.landscape.editors.LandscapeEditorPart;

/**
 * The test window's editor area: each editor is a tab, made like the workbench makes a part
 * from the editor's part descriptor (a part model with the input in its persisted state, a
 * child context, e4 injection), and reused when the same input is opened again.
 */
final class TabbedEditors implements EditorArea {

	/** An open editor: its part model, its object and its tab. */
	record Open(MPart model, LandscapeEditorPart editor, IEclipseContext context, CTabItem tab, Composite body) {
	}

	private final IEclipseContext parent;
	private final CTabFolder folder;
	private final List<Open> open = new ArrayList<>();
	int openings;

	TabbedEditors(IEclipseContext parent, CTabFolder folder) {
		this.parent = parent;
		this.folder = folder;
	}

	@Override
	public void open(EditorInput input, String label) {
		openings++;
		for (Open editor : open) {
			if (input.key().equals(editor.model().getPersistedState().get(LandscapeEditorPart.INPUT_KEY))) {
				folder.setSelection(editor.tab());
				return;
			}
		}
		MPart model = MBasicFactory.INSTANCE.createPart();
		model.setElementId(LandscapeEditorPart.DESCRIPTOR_ID);
		model.getPersistedState().put(LandscapeEditorPart.INPUT_KEY, input.key());
		model.setLabel(label);
		CTabItem tab = new CTabItem(folder, SWT.CLOSE);
		Composite body = new Composite(folder, SWT.NONE);
		body.setLayout(new FillLayout());
		tab.setControl(body);
		IEclipseContext context = parent.createChild("editor " + input.key());
		context.set(MPart.class, model);
		context.set(Composite.class, body);
		LandscapeEditorPart editor = ContextInjectionFactory.make(LandscapeEditorPart.class, context);
		tab.setText(model.getLabel());
		open.add(new Open(model, editor, context, tab, body));
		folder.setSelection(tab);
		folder.layout(true, true);
	}

	@Override
	public void close(MPart editor) {
		for (Open candidate : List.copyOf(open)) {
			if (candidate.model() == editor) {
				open.remove(candidate);
				candidate.context().dispose();
				candidate.tab().dispose();
				candidate.body().dispose();
			}
		}
	}

	List<Open> open() {
		return List.copyOf(open);
	}

	/** The editor in front. */
	Open active() {
		CTabItem selected = folder.getSelection();
		return open.stream().filter(editor -> editor.tab() == selected).findFirst()
				.orElseThrow(() -> new AssertionError("no editor is open"));
	}

	/** File > Save on an editor, the way the part service calls it. */
	void save(Open editor) {
		ContextInjectionFactory.invoke(editor.editor(), Persist.class, editor.context());
	}

	void closeAll() {
		List.copyOf(open).forEach(editor -> close(editor.model()));
	}
}
