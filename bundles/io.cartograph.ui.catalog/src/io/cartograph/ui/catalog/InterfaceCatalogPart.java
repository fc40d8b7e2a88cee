package io.cartograph.ui.catalog;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.model.landscape.Interface;
import io.cartograph.ui.LandscapeTopics;
import io.cartograph.ui.FollowedModel;
import io.cartograph.ui.ObjectDrag;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Interface Catalog: every interface of the landscape in one virtual table, with a filter
 * over each column, a search over all of them and sorting by any column. Double-click opens the
 * interface, or, in the harmonized sender and receiver columns, that system. Selected rows can be
 * dragged into an end-to-end integration's sequence.
 */
public class InterfaceCatalogPart {

	public static final String PART_ID = "io.cartograph.ui.catalog.part.catalog";
	public static final String TABLE_ID = "catalog.table";
	public static final String SEARCH_ID = "catalog.search";
	public static final String STATUS_ID = "catalog.status";
	/** Waits for a pause in typing before filtering again. */
	static final int TYPING_MILLIS = 150;
	/** Waits for a burst of commands (a rules run, a harvest) to end before reading the model. */
	static final int SETTLE_MILLIS = 400;

	@Inject
	private WorkspaceSession session;

	@Inject
	private UISynchronize ui;

	@Inject
	@Optional
	private IEventBroker events;

	private Table table;
	private Text search;
	private Label status;
	private FilterRow filterRow;
	private static final CatalogRows UNREAD = new CatalogRows(List.of());
	private CatalogRows rows = UNREAD;
	private int[] visible = new int[0];
	private Set<Interface> only;
	private String onlyTitle = "";
	private CatalogColumn sortColumn;
	private boolean ascending = true;
	private FollowedModel followed;
	private final Runnable refilter = this::refilter;
	private final Runnable reread = this::applyEdits;
	private final Set<Interface> edited = new HashSet<>();
	private boolean readAll;
	private Job reading;
	private final CommandStackListener onEdit = event -> edited(followed.current());

	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite top = new Composite(parent, SWT.NONE);
		top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		top.setLayout(new GridLayout(4, false));
		new Label(top, SWT.NONE).setText("Search:");
		search = new Text(top, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
		search.setMessage("Text in any column");
		search.setData("cartograph.id", SEARCH_ID);
		GridData searchData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		searchData.widthHint = 320;
		search.setLayoutData(searchData);
		search.addModifyListener(event -> later(TYPING_MILLIS, refilter));
		Button clear = new Button(top, SWT.PUSH);
		clear.setText("Clear Filters");
		clear.addListener(SWT.Selection, event -> clearFilters());
		status = new Label(top, SWT.NONE);
		status.setData("cartograph.id", STATUS_ID);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		table = new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		table.setData("cartograph.id", TABLE_ID);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (CatalogColumn column : CatalogColumn.values()) {
			TableColumn header = new TableColumn(table, SWT.LEFT);
			header.setText(column.label());
			header.setWidth(column.width());
			header.setMoveable(false);
			header.addListener(SWT.Selection, event -> sortBy(column));
		}
		filterRow = new FilterRow(parent, table, () -> later(TYPING_MILLIS, refilter));
		filterRow.control().moveAbove(table);
		GridData filterData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		filterData.heightHint = filterRow.preferredHeight();
		filterRow.control().setLayoutData(filterData);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.addListener(SWT.SetData, this::fill);
		table.addListener(SWT.MouseDoubleClick, this::doubleClicked);
		table.addListener(SWT.KeyDown, event -> {
			if (event.character == SWT.CR && table.getSelectionIndex() >= 0) {
				open(rows.row(visible[table.getSelectionIndex()]));
			}
		});
		// Rows dragged from here drop into an end-to-end integration's sequence (several at once).
		ObjectDrag.from(table, this::selectedInterfaces, row -> Objects.requireNonNullElse(((Interface) row).getName(), ""));
		followed = new FollowedModel(session, ui, onEdit, this::watch);
		followed.start();
	}

	/** Replaces filters and search with these, and shows the result at once. */
	public void show(CatalogFilter filter) {
		only = null;
		filterRow.clear();
		filter.columns().forEach((label, text) -> filterRow.set(CatalogColumn.byLabel(label), text));
		search.setText(filter.text());
		refilter();
	}

	/**
	 * Shows only these interfaces (e.g. the ones behind a dashboard tile), under the given title,
	 * until the filters are cleared; column filters and search still narrow them down.
	 */
	public void showOnly(String title, Collection<Interface> interfaces) {
		filterRow.clear();
		search.setText("");
		only = Collections.newSetFromMap(new IdentityHashMap<>());
		only.addAll(interfaces);
		onlyTitle = title == null ? "selected interfaces" : title;
		refilter();
	}

	private void clearFilters() {
		only = null;
		filterRow.clear();
		search.setText("");
		refilter();
	}

	private void watch() {
		if (table.isDisposed()) {
			return;
		}
		rows = UNREAD;
		refilter();
		reread();
	}

	/** Notes what the last command changed (on the thread that ran it), for the next update. */
	private void edited(LandscapeModel model) {
		if (model == null) {
			return;
		}
		List<Object> affected = AffectedObjects.of(model.commandStack().getMostRecentCommand());
		ui.asyncExec(() -> {
			if (model != followed.current()) {
				return;
			}
			for (Object object : affected) {
				if (object instanceof Interface changed) {
					edited.add(changed);
				} else {
					// A system, tag or data source renamed, interfaces added or removed: many rows.
					readAll = true;
				}
			}
			later(SETTLE_MILLIS, reread);
		});
	}

	/** Reads the edited interfaces again, or all of them when an edit reached beyond a few rows. */
	private void applyEdits() {
		if (table.isDisposed()) {
			return;
		}
		// A read under way may have passed the edited rows already: it must start over.
		boolean stillReading = reading != null && reading.getState() != Job.NONE;
		boolean all = readAll || stillReading || !rows.reread(edited);
		readAll = false;
		edited.clear();
		if (all) {
			reread();
		} else {
			refilter();
		}
	}

	/**
	 * Reads every interface again in the background: at 100,000 interfaces this takes a second
	 * or more, which the window must not freeze for.
	 */
	private void reread() {
		if (table.isDisposed()) {
			return;
		}
		LandscapeModel model = followed.current();
		if (reading != null) {
			reading.cancel();
		}
		if (model == null) {
			rows = new CatalogRows(List.of());
			refilter();
			return;
		}
		reading = Job.create("Read the interface catalog", monitor -> {
			CatalogRows read;
			try {
				read = new CatalogRows(List.copyOf(model.interfaces().getInterfaces()));
			} catch (RuntimeException changedMeanwhile) {
				// An edit raced the read: read again once the edits settle.
				ui.asyncExec(() -> {
					if (model == followed.current()) {
						readAll = true;
						later(SETTLE_MILLIS, reread);
					}
				});
				return Status.CANCEL_STATUS;
			}
			if (!monitor.isCanceled()) {
				ui.asyncExec(() -> {
					if (model == followed.current() && !table.isDisposed()) {
						rows = read;
						refilter();
					}
				});
			}
			return Status.OK_STATUS;
		});
		reading.setSystem(true);
		reading.schedule();
	}

	private void refilter() {
		if (table.isDisposed()) {
			return;
		}
		visible = rows.visible(filterRow.filters(), search.getText(), sortColumn, ascending);
		if (only != null) {
			visible = Arrays.stream(visible).filter(index -> only.contains(rows.row(index))).toArray();
		}
		table.setItemCount(visible.length);
		table.clearAll();
		status.setText(followed.current() == null ? "No workspace is open."
				: rows == UNREAD ? "Reading interfaces..."
				: String.format("%,d of %,d interfaces", visible.length, rows.size())
						+ (only == null ? "" : " (only the " + onlyTitle + "; Clear Filters shows all)"));
		status.getParent().layout();
	}

	private void sortBy(CatalogColumn column) {
		ascending = column != sortColumn || !ascending;
		sortColumn = column;
		table.setSortColumn(table.getColumn(column.ordinal()));
		table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		refilter();
	}

	private void fill(Event event) {
		TableItem item = (TableItem) event.item;
		int index = table.indexOf(item);
		if (index >= 0 && index < visible.length) {
			item.setText(rows.cells(visible[index]));
		}
	}

	/** The selected rows' interfaces, top to bottom. */
	private List<Interface> selectedInterfaces() {
		int[] selected = table.getSelectionIndices();
		Arrays.sort(selected);
		return Arrays.stream(selected).filter(index -> index < visible.length).mapToObj(index -> rows.row(visible[index]))
				.toList();
	}

	/** In the harmonized sender or receiver column the system opens, elsewhere the interface. */
	private void doubleClicked(Event event) {
		Point at = new Point(event.x, event.y);
		TableItem item = table.getItem(at);
		if (item == null) {
			return;
		}
		Interface row = rows.row(visible[table.indexOf(item)]);
		EObject target = row;
		if (item.getBounds(CatalogColumn.SENDER.ordinal()).contains(at) && row.getSender() != null) {
			target = row.getSender();
		} else if (item.getBounds(CatalogColumn.RECEIVER.ordinal()).contains(at) && row.getReceiver() != null) {
			target = row.getReceiver();
		}
		open(target);
	}

	private void open(EObject object) {
		if (events != null) {
			events.send(LandscapeTopics.OPEN, object);
		}
	}

	private void later(int millis, Runnable runnable) {
		if (!table.isDisposed()) {
			table.getDisplay().timerExec(millis, runnable);
		}
	}

	@PreDestroy
	public void dispose() {
		followed.stop();
		if (reading != null) {
			reading.cancel();
		}
	}
}
