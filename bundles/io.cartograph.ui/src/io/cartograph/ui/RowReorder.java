package io.cartograph.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

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

/**
 * Reordering a table's rows by dragging one onto another: it lands before, after or in the place
 * of the row under the pointer, as the drop line shows, and the caller makes that one command.
 * Used by the rules tables and the flow editor's steps.
 */
public final class RowReorder {

	private RowReorder() {
	}

	/**
	 * @param type   what the rows are; only a row of this list is taken
	 * @param rows   the rows as they are now, in their order
	 * @param moveTo puts the dragged row at the index (counted after it left its place)
	 * @param name   the dragged row's name, shown under the pointer
	 */
	public static <T> void enable(TableViewer viewer, Class<T> type, Supplier<List<T>> rows, BiConsumer<T, Integer> moveTo,
			Function<T, String> name) {
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
		source.setDragSourceEffect(new DragBadge(viewer.getTable(), () -> {
			Object first = viewer.getStructuredSelection().getFirstElement();
			return type.isInstance(first) ? name.apply(type.cast(first)) : null;
		}));
		viewer.addDropSupport(DND.DROP_MOVE, types, new ViewerDropAdapter(viewer) {
			@Override
			public boolean validateDrop(Object target, int operation, TransferData data) {
				T row = dragged();
				return transfer.isSupportedType(data) && row != null && rows.get().contains(row);
			}

			@Override
			public boolean performDrop(Object data) {
				List<T> list = rows.get();
				T row = dragged();
				int from = list.indexOf(row);
				int onto = getCurrentTarget() == null ? list.size() - 1 : list.indexOf(getCurrentTarget());
				if (row == null || from < 0 || onto < 0) {
					return false;
				}
				moveTo.accept(row, dropIndex(from, onto, getCurrentLocation()));
				return true;
			}

			private T dragged() {
				return transfer.getSelection() instanceof IStructuredSelection selection
						&& type.isInstance(selection.getFirstElement()) ? type.cast(selection.getFirstElement()) : null;
			}
		});
	}

	/**
	 * Where a row dragged from {@code from} ends up when dropped before, after or on the row at
	 * {@code onto}: the index after the move, counted as if the dragged row had left its place.
	 */
	public static int dropIndex(int from, int onto, int location) {
		return switch (location) {
		case ViewerDropAdapter.LOCATION_BEFORE -> from < onto ? onto - 1 : onto;
		case ViewerDropAdapter.LOCATION_AFTER -> from < onto ? onto : onto + 1;
		default -> onto;
		};
	}
}
