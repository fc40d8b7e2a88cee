package io.cartograph.rules.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Fit;
import io.cartograph.model.landscape.IntegrationStrategy;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.TechnologyFit;

class StrategyFitTest {

	static final LandscapeFactory F = LandscapeFactory.eINSTANCE;

	@Test
	void entriesArePipeSeparatedTrimmedAndMatchedCaseInsensitively() {
		FitTable table = FitTable.of(List.of(row(Fit.GOOD, " SOAP | https|| "), row(Fit.NO, "SFTP")));
		assertEquals(Optional.of(Fit.GOOD), table.fitOf("soap"));
		assertEquals(Optional.of(Fit.GOOD), table.fitOf("HTTPS "));
		assertEquals(Optional.of(Fit.NO), table.fitOf("sftp"));
		assertEquals(Optional.empty(), table.fitOf("FTP"), "no prefix or substring match");
		assertEquals(Optional.empty(), table.fitOf(""), "blank entries are ignored");
		assertEquals(List.of("SOAP", "https"), FitTable.split(" SOAP | https|| "));
	}

	@Test
	void spellingsThatDifferOnlyInSpacesOrSeparatorsMatchWhenNothingMatchesExactly() {
		FitTable table = FitTable.of(List.of(row(Fit.GOOD, "OAuth2ClientCredentials|HTTP_AAE"), row(Fit.PARTIAL, "HTTP AAE2")));
		assertEquals(Optional.of(Fit.GOOD), table.fitOf("OAuth2 Client Credentials"));
		assertEquals(Optional.of(Fit.GOOD), table.fitOf("http aae"));
		assertEquals(Optional.of(Fit.PARTIAL), table.fitOf("HTTP_AAE2"));
	}

	@Test
	void aTechnologyListedTwiceGetsTheWorstFitAndIsReported() {
		FitTable table = FitTable.of(List.of(row(Fit.GOOD, "IDOC"), row(Fit.PARTIAL, "idoc")));
		assertEquals(Optional.of(Fit.PARTIAL), table.fitOf("IDoc"));
		assertEquals(java.util.Set.of("idoc"), table.conflicts());
	}

	@Test
	void anInterfaceGetsTheWorstFitOfItsListedAdaptersAndNoneWhenNoneIsListed() {
		StrategyFit fit = StrategyFit.of(StrategyTemplate.recommended());
		assertEquals(Optional.of(Fit.NO), fit.adapterFit(item("A", List.of("SOAP", "IDOC", "SFTP"), List.of())));
		assertEquals(Optional.of(Fit.PARTIAL), fit.adapterFit(item("B", List.of("SOAP", "Unknown", "idoc"), List.of())));
		assertEquals(Optional.of(Fit.GOOD), fit.adapterFit(item("C", List.of("https"), List.of())));
		assertEquals(Optional.empty(), fit.adapterFit(item("D", List.of("Carrier Pigeon"), List.of())));
		assertEquals(Optional.of(Fit.PARTIAL), fit.authenticationFit(item("E", List.of(), List.of("OAuth2", "Basic"))));
		assertEquals(Optional.empty(), StrategyFit.of(null).adapterFit(item("F", List.of("SOAP"), List.of())));
	}

	@Test
	void theTemplateFillsTheGuidesRecommendationIntoExistingRows() {
		IntegrationStrategy strategy = F.createIntegrationStrategy();
		TechnologyFit existing = row(Fit.GOOD, "");
		strategy.getAdapterFits().add(existing);
		StrategyTemplate.fill(strategy);
		assertEquals(3, strategy.getAdapterFits().size());
		assertEquals(3, strategy.getAuthenticationFits().size());
		assertTrue(existing.getTechnologies().startsWith("SOAP|REST|ODATA"));
		assertTrue(strategy.getAdapterFits().stream().allMatch(r -> r.getUuid() != null || r == existing));
		FitTable authentication = FitTable.of(strategy.getAuthenticationFits());
		assertEquals(Optional.of(Fit.NO), authentication.fitOf("NONE"));
		assertEquals(Optional.of(Fit.PARTIAL), authentication.fitOf("BasicAuthentication"));
		assertEquals(Optional.of(Fit.GOOD), authentication.fitOf("Client Certificate"));
	}

	@Test
	void tableRowsCountInterfacesAndIntegrationsPerTechnologyMostUsedFirst() {
		Interface a = item("A", List.of("SOAP", "soap ", "SFTP"), List.of("Basic"));
		Interface b = item("B", List.of("SOAP"), List.of());
		Interface c = item("C", List.of("Mail"), List.of());
		EndToEndIntegration flow = F.createEndToEndIntegration();
		flow.getInterfaces().addAll(List.of(a, b));
		EndToEndIntegration other = F.createEndToEndIntegration();
		other.getInterfaces().add(c);
		StrategyFit fit = StrategyFit.of(StrategyTemplate.recommended());

		List<StrategyFit.Row> rows = fit.adapterRows(List.of(a, b, c), List.of(flow, other));

		assertEquals(List.of(new StrategyFit.Row("SOAP", 2, 1, Optional.of(Fit.GOOD)),
				new StrategyFit.Row("Mail", 1, 1, Optional.of(Fit.PARTIAL)),
				new StrategyFit.Row("SFTP", 1, 1, Optional.of(Fit.NO))), rows);
		assertEquals(List.of(new StrategyFit.Row("Basic", 1, 1, Optional.of(Fit.PARTIAL))),
				fit.authenticationRows(List.of(a, b, c), List.of(flow, other)));
	}

	static TechnologyFit row(Fit fit, String technologies) {
		TechnologyFit row = F.createTechnologyFit();
		row.setFit(fit);
		row.setTechnologies(technologies);
		return row;
	}

	static Interface item(String name, List<String> adapters, List<String> authentication) {
		Interface item = F.createInterface();
		item.setName(name);
		item.getAdapters().addAll(adapters);
		item.getAuthenticationMethods().addAll(authentication);
		return item;
	}
}
