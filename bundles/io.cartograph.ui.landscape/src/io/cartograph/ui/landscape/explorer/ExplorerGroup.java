package io.cartograph.ui.landscape.explorer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.ui.landscape.SettingsPage;

/**
 * A node of the explorer that is not a model object: a list of the model (Systems,
 * Interfaces, ...), a folder of such lists (API Management, ...), a settings page, or the place
 * of a single settings object (Dashboard, ...), which the tree shows as the object itself.
 */
public final class ExplorerGroup {

	enum Kind {
		LIST, FOLDER, PAGE, SINGLE
	}

	private final String id;
	private final String label;
	private final Kind kind;
	private final Function<LandscapeModel, EObject> owner;
	private final EReference feature;
	private final SettingsPage page;
	private final List<ExplorerGroup> entries;
	private ExplorerGroup parent;

	private ExplorerGroup(String id, String label, Kind kind, Function<LandscapeModel, EObject> owner,
			EReference feature, SettingsPage page, List<ExplorerGroup> entries) {
		this.id = id;
		this.label = label;
		this.kind = kind;
		this.owner = owner;
		this.feature = feature;
		this.page = page;
		this.entries = entries;
		entries.forEach(entry -> entry.parent = this);
	}

	static ExplorerGroup list(String id, String label, Function<LandscapeModel, EObject> owner, EReference feature) {
		return new ExplorerGroup(id, label, Kind.LIST, owner, feature, null, List.of());
	}

	static ExplorerGroup page(SettingsPage page, Function<LandscapeModel, EObject> owner, EReference feature) {
		return new ExplorerGroup(page.name().toLowerCase(), page.title(), Kind.PAGE, owner, feature, page, List.of());
	}

	static ExplorerGroup single(String id, Function<LandscapeModel, EObject> owner, EReference feature) {
		return new ExplorerGroup(id, id, Kind.SINGLE, owner, feature, null, List.of());
	}

	static ExplorerGroup folder(String id, String label, ExplorerGroup... entries) {
		return new ExplorerGroup(id, label, Kind.FOLDER, null, null, null, List.of(entries));
	}

	public String id() {
		return id;
	}

	public String label() {
		return label;
	}

	Kind kind() {
		return kind;
	}

	/** The settings page this node opens, or null. */
	public SettingsPage page() {
		return page;
	}

	/** The containment this group shows (or holds its single object in); null for folders. */
	public EReference feature() {
		return feature;
	}

	/** What a new object of this group is; null for folders and single objects. */
	public EClass childClass() {
		return kind == Kind.LIST || kind == Kind.PAGE ? feature.getEReferenceType() : null;
	}

	ExplorerGroup parent() {
		return parent;
	}

	List<ExplorerGroup> entries() {
		return entries;
	}

	/** The object that holds this group's list or single object. */
	public EObject owner(LandscapeModel model) {
		return owner == null ? null : owner.apply(model);
	}

	/** The objects of a list or page group, live; empty for others. */
	@SuppressWarnings("unchecked")
	public List<EObject> objects(LandscapeModel model) {
		if (kind != Kind.LIST && kind != Kind.PAGE) {
			return Collections.emptyList();
		}
		return (List<EObject>) owner(model).eGet(feature);
	}

	/** The single object of a SINGLE group, or null. */
	EObject single(LandscapeModel model) {
		EObject holder = owner(model);
		return holder == null ? null : (EObject) holder.eGet(feature);
	}

	/** Whether the object sits directly in this group's list or place. */
	boolean holds(LandscapeModel model, EObject object) {
		return owner != null && object.eContainingFeature() == feature && object.eContainer() == owner(model);
	}

	/** This group and every group below it. */
	List<ExplorerGroup> withDescendants() {
		List<ExplorerGroup> all = new ArrayList<>();
		all.add(this);
		entries.forEach(entry -> all.addAll(entry.withDescendants()));
		return all;
	}

	@Override
	public String toString() {
		return "ExplorerGroup[" + id + "]";
	}
}
