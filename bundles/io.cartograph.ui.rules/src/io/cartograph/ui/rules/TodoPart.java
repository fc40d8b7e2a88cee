package io.cartograph.ui.rules;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.rules.todo.TodoCriteria;
import io.cartograph.rules.todo.TodoItem;
import io.cartograph.rules.todo.TodoList;
import io.cartograph.rules.todo.TodoScope;
import io.cartograph.ui.LandscapeTopics;
import io.cartograph.ui.WidgetTags;
import jakarta.inject.Inject;

/**
 * The To-do list: each interface or end-to-end integration that the To-do settings find
 * incomplete, with what it lacks; double-click opens it in its editor.
 */
public class TodoPart extends ModelView {

	public static final String PART_ID = "io.cartograph.ui.rules.part.todo";
	static final String TABLE_ID = "todo.table";
	static final String STATUS_ID = "todo.status";

	@Inject
	@Optional
	private IEventBroker events;

	private Label status;
	private TableViewer viewer;

	@Override
	void createContents(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		status = WidgetTags.tag(new Label(parent, SWT.WRAP), STATUS_ID);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
		WidgetTags.tag(viewer.getTable(), TABLE_ID);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Kind", 110, item -> item.endToEnd() ? "End-to-End" : "Interface");
		column("Name", 320, item -> item.name() == null ? "" : item.name());
		column("Lacks", 600, item -> String.join("; ", item.lacks()));
		viewer.addDoubleClickListener(event -> {
			Object selected = viewer.getStructuredSelection().getFirstElement();
			if (selected instanceof TodoItem item && events != null) {
				events.send(LandscapeTopics.OPEN, item.subject());
			}
		});
	}

	private void column(String title, int width, java.util.function.Function<TodoItem, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((TodoItem) element);
			}
		});
	}

	@Override
	void show(LandscapeModel current) {
		if (current == null) {
			status.setText("No workspace is open.");
			viewer.setInput(List.of());
			return;
		}
		TodoCriteria criteria = TodoCriteria.of(current.landscape().getTodoSettings());
		List<TodoItem> items = new TodoList(criteria).items(current.interfaces().getInterfaces(),
				current.integrations().getIntegrations());
		viewer.setInput(items);
		long integrations = items.stream().filter(TodoItem::endToEnd).count();
		status.setText(criteria.scope() == TodoScope.INACTIVE
				? "The To-do list is inactive (Settings > To-do)."
				: (items.size() - integrations) + " interfaces and " + integrations
						+ " end-to-end integrations are incomplete. Double-click one to open it.");
		body.layout(true);
	}

	List<TodoItem> items() {
		@SuppressWarnings("unchecked")
		List<TodoItem> items = (List<TodoItem>) viewer.getInput();
		return items;
	}
}
