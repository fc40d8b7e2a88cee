package io.cartograph.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.cartograph.core.model.LandscapeModel;

/**
 * A resolved merge: their changes to apply here, then my change sets rebased on their head. My
 * list positions are counted again once theirs are in (see {@link #rebased}).
 */
public final class MergeOutcome {

	/** One element I put into a list: by add, create or move. */
	private record Placement(String owner, String feature, JsonNode element) {
	}

	private final LandscapeModel model;
	private final List<Change> toApply;
	private final List<ChangeSet> rebased;
	private final List<String> recreate;
	private final Set<Placement> myPlacements = new HashSet<>();
	private final long head;

	MergeOutcome(LandscapeModel model, List<Change> toApply, List<ChangeSet> rebased, List<String> recreate,
			List<Change> mine, long head) {
		this.model = model;
		this.toApply = List.copyOf(toApply);
		this.rebased = List.copyOf(rebased);
		this.recreate = List.copyOf(recreate);
		this.head = head;
		mine.forEach(change -> placement(change).ifPresent(myPlacements::add));
	}

	/** Their changes, minus what lost, plus objects of mine brought back; applied in this order. */
	public List<Change> toApply() {
		return toApply;
	}

	public long head() {
		return head;
	}

	/** Elements of lists that only this workspace has: their insertions go before these. */
	ChangeApplier.LocalElements localElements() {
		return (owner, feature, element) -> myPlacements.contains(
				new Placement(ModelValues.uuidOf(owner), feature.getName(), ModelValues.encode(feature, element)));
	}

	/**
	 * My change sets rebased on their head, to be called after {@link #toApply()} is applied:
	 * positions in lists are taken from the merged lists, counting only elements that are there
	 * when the change is replayed on the server; objects of mine they deleted and I kept are
	 * created again first.
	 */
	public List<ChangeSet> rebased(SyncedFeatures synced) {
		// For each element I place, the position of my last change that places it.
		Map<Placement, Integer> lastPlaced = new HashMap<>();
		List<Change> all = rebased.stream().flatMap(set -> set.changes().stream()).toList();
		for (int i = 0; i < all.size(); i++) {
			int order = i;
			placement(all.get(i)).ifPresent(p -> lastPlaced.put(p, order));
		}
		List<ChangeSet> result = new ArrayList<>();
		int seen = 0;
		for (ChangeSet set : rebased) {
			List<Change> changes = new ArrayList<>();
			for (Change change : set.changes()) {
				changes.add(reposition(change, seen++, lastPlaced));
			}
			result.add(set.withChanges(changes));
		}
		List<Change> creates = recreations(synced);
		if (!creates.isEmpty()) {
			if (result.isEmpty()) {
				result.add(ChangeSet.of(head, "Keep objects deleted on the server", creates));
			} else {
				List<Change> first = new ArrayList<>(creates);
				first.addAll(result.get(0).changes());
				result.set(0, result.get(0).withChanges(first));
			}
		}
		return result;
	}

	private List<Change> recreations(SyncedFeatures synced) {
		List<Change> creates = new ArrayList<>();
		for (String uuid : recreate) {
			model.find(uuid).ifPresent(root -> {
				creates.add(createOf(root, synced));
				for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
					creates.add(createOf(contents.next(), synced));
				}
			});
		}
		return creates;
	}

	private static Change createOf(EObject object, SyncedFeatures synced) {
		EReference feature = object.eContainmentFeature();
		EObject container = object.eContainer();
		Integer index = feature.isMany() ? ((List<?>) container.eGet(feature)).indexOf(object) : null;
		return Change.create(ModelValues.uuidOf(object), object.eClass().getName(), feature.getName(),
				ModelValues.uuidOf(container), ModelValues.attributes(object, synced), index);
	}

	private Change reposition(Change change, int order, Map<Placement, Integer> lastPlaced) {
		Optional<Placement> placement = placement(change);
		if (placement.isEmpty() || change.index() == null) {
			return change;
		}
		Placement p = placement.get();
		Optional<EObject> owner = model.find(p.owner());
		EStructuralFeature feature = owner.map(o -> o.eClass().getEStructuralFeature(p.feature())).orElse(null);
		if (feature == null || !feature.isMany()) {
			return change;
		}
		List<?> list = (List<?>) owner.get().eGet(feature);
		int index = -1;
		int later = 0;
		for (int i = 0; i < list.size(); i++) {
			JsonNode element = ModelValues.encode(feature, list.get(i));
			if (element.equals(p.element())) {
				index = i;
				break;
			}
			if (lastPlaced.getOrDefault(new Placement(p.owner(), p.feature(), element), -1) > order) {
				later++;
			}
		}
		return index < 0 ? change : change.withIndex(index - later);
	}

	private static Optional<Placement> placement(Change change) {
		return switch (change.op()) {
			case CREATE -> Optional.of(new Placement(change.container(), change.feature(), TextNode.valueOf(change.object())));
			case ADD, MOVE -> Optional.of(new Placement(change.object(), change.feature(), change.value()));
			default -> Optional.empty();
		};
	}
}
