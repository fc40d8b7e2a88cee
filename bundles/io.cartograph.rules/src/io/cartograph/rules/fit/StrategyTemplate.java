package io.cartograph.rules.fit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.util.EList;

import io.cartograph.model.landscape.Fit;
import io.cartograph.model.landscape.IntegrationStrategy;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.TechnologyFit;

/**
 * The integration strategy the onboarding guide recommends as a starting point (its "common
 * adapters" and "common authentication types" per fit); organisations adjust it afterwards.
 */
public final class StrategyTemplate {

	/** Recommended adapter fits. */
	public static final Map<Fit, String> ADAPTERS = Map.of(
			Fit.GOOD, "SOAP|REST|ODATA|ODataSender|HCIOData|HTTP|HTTPS|HTTP_AAE|XI|Azure_ServiceBus|AMQP|AS2|AWS_SQS",
			Fit.PARTIAL, "IDoc_AAE|IDOC|Mail|AliyunMNS",
			Fit.NO, "File|FTP|WebDAV|SFTP");

	/** Recommended authentication fits. */
	public static final Map<Fit, String> AUTHENTICATION = Map.of(
			Fit.GOOD, "OAuth2|Credentials|Client|Certificate|ClientCertificate|OAuth2ClientCredentials",
			Fit.PARTIAL, "Basic|BasicAuthentication|BASIC",
			Fit.NO, "None|none");

	private StrategyTemplate() {
	}

	/**
	 * Sets the strategy's adapter and authentication fits to the recommended ones: the row of
	 * each fit gets the recommended list (rows are created when missing; other rows are left
	 * alone). The caller wraps this in a command when the strategy is part of an edited model.
	 */
	public static void fill(IntegrationStrategy strategy) {
		fill(strategy.getAdapterFits(), ADAPTERS);
		fill(strategy.getAuthenticationFits(), AUTHENTICATION);
	}

	/** A new strategy with the recommended fits. */
	public static IntegrationStrategy recommended() {
		IntegrationStrategy strategy = LandscapeFactory.eINSTANCE.createIntegrationStrategy();
		strategy.setUuid(UUID.randomUUID().toString());
		fill(strategy);
		return strategy;
	}

	private static void fill(EList<TechnologyFit> rows, Map<Fit, String> recommended) {
		for (Fit fit : List.of(Fit.GOOD, Fit.PARTIAL, Fit.NO)) {
			TechnologyFit row = rows.stream().filter(r -> r.getFit() == fit).findFirst().orElse(null);
			if (row == null) {
				row = LandscapeFactory.eINSTANCE.createTechnologyFit();
				row.setUuid(UUID.randomUUID().toString());
				row.setFit(fit);
				rows.add(row);
			}
			row.setTechnologies(recommended.get(fit));
		}
	}
}
