package io.cartograph.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;

/**
 * Lets the selected landscape objects of a table or tree be dragged elsewhere in the workbench
 * (e.g. interfaces into an end-to-end integration's sequence). Inside Cartograph the objects
 * themselves travel (JFace's local selection transfer); dropped into another program, their
 * names arrive as text, one per line.
 */
public final class ObjectDrag {

	private ObjectDrag() {
	}

	/**
	 * @param control   the table or tree to drag from
	 * @param selection the objects selected when the drag starts (none: no drag)
	 * @param name      the text another program receives for each object
	 */
	public static DragSource from(Control control, Supplier<List<? extends EObject>> selection,
			Function<EObject, String> name) {
		LocalSelectionTransfer local = LocalSelectionTransfer.getTransfer();
		// The drop target decides (a sequence copies the reference); MOVE must be offered too, or
		// GTK ends a drag without modifier keys as cancelled. Nothing is removed here either way.
		DragSource source = new DragSource(control, DND.DROP_COPY | DND.DROP_MOVE);
		source.setTransfer(new Transfer[] { local, TextTransfer.getInstance() });
		source.setDragSourceEffect(new DragBadge(control, () -> {
			List<? extends EObject> now = selection.get();
			return now.isEmpty() ? null : DragBadge.label(name.apply(now.get(0)), now.size());
		}));
		source.addDragListener(new DragSourceAdapter() {
			private List<? extends EObject> dragged = List.of();

			@Override
			public void dragStart(DragSourceEvent event) {
				dragged = selection.get();
				event.doit = !dragged.isEmpty();
				local.setSelection(event.doit ? new StructuredSelection(dragged) : null);
				local.setSelectionSetTime(event.time & 0xFFFFFFFFL);
			}

			@Override
			public void dragSetData(DragSourceEvent event) {
				if (local.isSupportedType(event.dataType)) {
					event.data = local.getSelection();
				} else {
					event.data = dragged.stream().map(name).collect(Collectors.joining("\n"));
				}
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				dragged = List.of();
				local.setSelection(null);
			}
		});
		return source;
	}
}
