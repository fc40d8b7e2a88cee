package io.cartograph.core.exchange;

import java.util.List;

import io.cartograph.core.model.LandscapeModel;

/** How one kind of sheet maps to the model, both ways. Export and import use the same columns. */
interface SheetFormat {

	/** The header an export writes. */
	List<String> columns(LandscapeModel model);

	/** One row per object, cells in {@link #columns} order. */
	List<List<String>> rows(LandscapeModel model);

	/** Reads every row; records the changes as commands, or the reasons a row cannot be taken. */
	void plan(LandscapeModel model, Rows rows, ImportPlan plan);
}
