package io.cartograph.ui.jobs;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.cartograph.model.landscape.DataSource;
import io.cartograph.store.RunFilter;
import io.cartograph.store.RunStatus;
import io.cartograph.ui.WidgetTags;

/** The Job Monitor's filters: one data source of the landscape or all, one status or all. */
final class RunFilterBar {

	private static final String ALL_SOURCES = "All data sources";
	private static final String ALL_STATUSES = "All statuses";

	private final Combo sources;
	private final Combo statuses;
	private final List<String> sourceUuids = new ArrayList<>();

	RunFilterBar(Composite bar, String sourceId, String statusId, Runnable changed) {
		new Label(bar, SWT.NONE).setText("Data source:");
		sources = WidgetTags.tag(new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN), sourceId);
		GridDataFactory.swtDefaults().hint(200, SWT.DEFAULT).applyTo(sources);
		sources.add(ALL_SOURCES);
		sources.select(0);
		new Label(bar, SWT.NONE).setText("Status:");
		statuses = WidgetTags.tag(new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN), statusId);
		statuses.add(ALL_STATUSES);
		for (RunStatus status : RunStatus.values()) {
			statuses.add(status.name());
		}
		statuses.select(0);
		sources.addListener(SWT.Selection, event -> changed.run());
		statuses.addListener(SWT.Selection, event -> changed.run());
	}

	RunFilter filter() {
		RunFilter filter = RunFilter.all();
		int source = sources.getSelectionIndex();
		if (source > 0) {
			filter = filter.dataSource(sourceUuids.get(source - 1));
		}
		int status = statuses.getSelectionIndex();
		if (status > 0) {
			filter = filter.status(RunStatus.values()[status - 1]);
		}
		return filter;
	}

	/** Offers the landscape's data sources as they are now, keeping the one picked. */
	void offer(List<DataSource> dataSources) {
		List<String> uuids = new ArrayList<>();
		List<String> names = new ArrayList<>();
		names.add(ALL_SOURCES);
		for (DataSource dataSource : dataSources) {
			if (dataSource.getUuid() != null) {
				uuids.add(dataSource.getUuid());
				names.add(dataSource.getName() == null ? "(unnamed)" : dataSource.getName());
			}
		}
		if (uuids.equals(sourceUuids) && names.equals(List.of(sources.getItems()))) {
			return;
		}
		int index = sources.getSelectionIndex();
		String kept = index > 0 ? sourceUuids.get(index - 1) : null;
		sourceUuids.clear();
		sourceUuids.addAll(uuids);
		sources.setItems(names.toArray(String[]::new));
		sources.select(kept == null ? 0 : Math.max(0, uuids.indexOf(kept) + 1));
	}
}
