package io.cartograph.connect;

import java.util.List;

/**
 * The result of Test Connection: the steps that passed and, when one failed, what failed and why.
 * Messages never hold a secret.
 */
public record ConnectionCheck(List<String> passed, ConnectorException.Failure failure, String message) {

	public static ConnectionCheck ok(List<String> passed) {
		return new ConnectionCheck(List.copyOf(passed), null, String.join("; ", passed));
	}

	public static ConnectionCheck failed(List<String> passed, ConnectorException.Failure failure, String message) {
		return new ConnectionCheck(List.copyOf(passed), failure, message);
	}

	public boolean ok() {
		return failure == null;
	}
}
