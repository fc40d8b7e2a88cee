package io.cartograph.sync;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;

/**
 * EMF's change recorder, which follows every object of the model as it joins and leaves, also
 * keeping the notifications themselves. The change description it builds says how to go back
 * (used to roll back a failed apply); the notifications say what happened, in order and with
 * positions, which is what a change set needs.
 */
final class ForwardRecorder extends ChangeRecorder {

	private final List<Notification> notifications = new ArrayList<>();
	private final Notifier root;

	ForwardRecorder(Notifier root) {
		this.root = root;
		setResolveProxies(false);
		beginRecording(List.of(root));
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (isRecording() && !notification.isTouch()) {
			notifications.add(notification);
		}
		super.notifyChanged(notification);
	}

	/** What happened since the last call; starts a fresh recording. */
	List<Notification> takeNotifications() {
		List<Notification> taken = List.copyOf(notifications);
		restart();
		return taken;
	}

	/** The way back to the state at the last restart; starts a fresh recording. */
	ChangeDescription takeDescription() {
		ChangeDescription description = endRecording();
		notifications.clear();
		beginRecording(List.of(root));
		return description;
	}

	private void restart() {
		notifications.clear();
		endRecording();
		beginRecording(List.of(root));
	}
}
