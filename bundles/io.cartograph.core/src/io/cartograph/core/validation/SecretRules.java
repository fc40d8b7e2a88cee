package io.cartograph.core.validation;

import static io.cartograph.model.landscape.LandscapePackage.Literals.AUTHENTICATION__SECRET;
import static io.cartograph.model.landscape.LandscapePackage.Literals.KEY_VALUE_ENTRY__VALUE;
import static io.cartograph.model.landscape.LandscapePackage.Literals.PROXY__PASSWORD;

import org.eclipse.emf.ecore.EObject;

import io.cartograph.model.landscape.Authentication;
import io.cartograph.model.landscape.AuthenticationType;
import io.cartograph.model.landscape.KeyValueEntry;
import io.cartograph.model.landscape.Proxy;

/**
 * Every credential refers to its secret. The secret itself lives in secure storage; a missing
 * reference means the user never entered it, so a task or deployment would fail later.
 */
final class SecretRules {

	private SecretRules() {
	}

	static void check(Authentication authentication, Findings findings) {
		AuthenticationType type = authentication.getType();
		if (type == null || type == AuthenticationType.NONE || authentication.getSecret() != null) {
			return;
		}
		String what = switch (type) {
		case OAUTH2 -> "client secret";
		case BASICAUTH -> "password";
		case APIKEY -> "API key";
		default -> "access token";
		};
		findings.report(Check.SECRET_REFERENCE, authentication, AUTHENTICATION__SECRET,
				"The " + type.getName() + " authentication of " + owner(authentication) + " has no " + what
						+ ". Enter it; it is kept in secure storage, not in the workspace files.");
	}

	static void check(KeyValueEntry entry, Findings findings) {
		if (entry.getValue() == null) {
			findings.report(Check.SECRET_REFERENCE, entry, KEY_VALUE_ENTRY__VALUE,
					ObjectLabels.label(entry) + " of " + owner(entry) + " has no value. Enter it; "
							+ "key value map values are kept in secure storage, not in the workspace files.");
		}
	}

	static void check(Proxy proxy, Findings findings) {
		if (!Findings.isBlank(proxy.getUsername()) && proxy.getPassword() == null) {
			findings.report(Check.SECRET_REFERENCE, proxy, PROXY__PASSWORD,
					ObjectLabels.label(proxy) + " names the user '" + proxy.getUsername()
							+ "' but has no password. Enter the password, or clear the user name.");
		}
	}

	private static String owner(EObject object) {
		return object.eContainer() == null ? "an object outside the landscape" : ObjectLabels.label(object.eContainer());
	}
}
