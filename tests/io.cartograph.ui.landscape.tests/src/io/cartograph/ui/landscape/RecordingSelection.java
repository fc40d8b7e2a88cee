package io.cartograph.ui.landscape;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.e4.ui.workbench.modeling.ISelectionListener;

/** The selection service of the test window: keeps what parts publish. */
final class RecordingSelection implements ESelectionService {

	final List<Object> published = new ArrayList<>();
	private Object current;

	@Override
	public void setSelection(Object selection) {
		current = selection;
		published.add(selection);
	}

	@Override
	public void setPostSelection(Object selection) {
		setSelection(selection);
	}

	@Override
	public Object getSelection() {
		return current;
	}

	@Override
	public Object getSelection(String partId) {
		return current;
	}

	@Override
	public void addSelectionListener(ISelectionListener listener) {
	}

	@Override
	public void removeSelectionListener(ISelectionListener listener) {
	}

	@Override
	public void addSelectionListener(String partId, ISelectionListener listener) {
	}

	@Override
	public void removeSelectionListener(String partId, ISelectionListener listener) {
	}

	@Override
	public void addPostSelectionListener(ISelectionListener listener) {
	}

	@Override
	public void removePostSelectionListener(ISelectionListener listener) {
	}

	@Override
	public void addPostSelectionListener(String partId, ISelectionListener listener) {
	}

	@Override
	public void removePostSelectionListener(String partId, ISelectionListener listener) {
	}
}
