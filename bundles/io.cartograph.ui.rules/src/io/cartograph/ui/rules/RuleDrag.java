package io.cartograph.ui.rules;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

import io.cartograph.ui.DragBadge;

/** Drag a rule onto another to put it there: before, after or in its place (one move command). */
final class RuleDrag {

	private RuleDrag() {
	}

	static void enable(TableViewer viewer, List<EObject> rules, BiConsumer<EObject, Integer> moveTo) {
		LocalSelectionTransfer transfer = LocalSelectionTransfer.getTransfer();
		Transfer[] types = { transfer };
		viewer.addDragSupport(DND.DROP_MOVE, types, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				IStructuredSelection selection = viewer.getStructuredSelection();
				event.doit = selection.size() == 1;
				transfer.setSelection(selection);
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				transfer.setSelection(null);
			}
		});
		// A small label under the pointer instead of GTK's table-wide picture of the row, which hides the drop line.
		DragSource source = (DragSource) viewer.getControl().getData(DND.DRAG_SOURCE_KEY);
		source.setDragSourceEffect(DragBadge.ofSelectedRows(viewer.getTable()));
		viewer.addDropSupport(DND.DROP_MOVE, types, new ViewerDropAdapter(viewer) {
			@Override
			public boolean validateDrop(Object target, int operation, TransferData type) {
				return transfer.isSupportedType(type) && dragged() != null;
			}

			@Override
			public boolean performDrop(Object data) {
				EObject rule = dragged();
				int from = rules.indexOf(rule);
				int onto = getCurrentTarget() == null ? rules.size() - 1 : rules.indexOf(getCurrentTarget());
				if (rule == null || from < 0 || onto < 0) {
					return false;
				}
				moveTo.accept(rule, dropIndex(from, onto, getCurrentLocation()));
				return true;
			}

			private EObject dragged() {
				return transfer.getSelection() instanceof IStructuredSelection selection
						&& selection.getFirstElement() instanceof EObject rule ? rule : null;
			}
		});
	}

	/**
	 * Where a rule dragged from {@code from} ends up when dropped before, after or on the rule at
	 * {@code onto}: the index after the move, counted as if the dragged rule had left its place.
	 */
	static int dropIndex(int from, int onto, int location) {
		return switch (location) {
		case ViewerDropAdapter.LOCATION_BEFORE -> from < onto ? onto - 1 : onto;
		case ViewerDropAdapter.LOCATION_AFTER -> from < onto ? onto : onto + 1;
		default -> onto;
		};
	}
}
