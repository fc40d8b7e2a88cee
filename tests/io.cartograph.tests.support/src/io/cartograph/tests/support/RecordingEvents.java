package io.cartograph.tests.support;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.osgi.service.event.EventHandler;

/** An event broker that only remembers what was sent, for asserting on what a view asked for (e.g. "open this object"). */
public final class RecordingEvents implements IEventBroker {

	public record Sent(String topic, Object data) {
	}

	public final List<Sent> sent = new ArrayList<>();

	@Override
	public boolean send(String topic, Object data) {
		sent.add(new Sent(topic, data));
		return true;
	}

	@Override
	public boolean post(String topic, Object data) {
		return send(topic, data);
	}

	@Override
	public boolean subscribe(String topic, EventHandler eventHandler) {
		return false;
	}

	@Override
	public boolean subscribe(String topic, String filter, EventHandler eventHandler, boolean headers) {
		return false;
	}

	@Override
	public boolean unsubscribe(EventHandler eventHandler) {
		return false;
	}
}
