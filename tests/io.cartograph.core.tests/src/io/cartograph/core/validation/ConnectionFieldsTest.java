package io.cartograph.core.validation;

import static io.cartograph.model.landscape.LandscapePackage.Literals.AUTHENTICATION__CLIENT_ID;
import static io.cartograph.model.landscape.LandscapePackage.Literals.AUTHENTICATION__TOKEN_URL;
import static io.cartograph.model.landscape.LandscapePackage.Literals.AUTHENTICATION__TYPE;
import static io.cartograph.model.landscape.LandscapePackage.Literals.DATA_SOURCE__HOSTNAME;
import static io.cartograph.model.landscape.LandscapePackage.Literals.DATA_SOURCE__PRODUCTS;
import static io.cartograph.model.landscape.LandscapePackage.Literals.DATA_SOURCE__PROJECT_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.cartograph.model.landscape.Authentication;
import io.cartograph.model.landscape.AuthenticationType;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.Product;

class ConnectionFieldsTest extends ValidationFixture {

	@Test
	void aCompleteCloudIntegrationSourceIsFine() {
		DataSource source = cloudIntegration();
		source.getAuthentication().setClientId("sb-client");
		source.getAuthentication().setTokenUrl("https://tenant.authentication.eu10.hana.ondemand.com/oauth/token");

		assertEquals(List.of(), problems(Check.CONNECTION_FIELDS));
	}

	@Test
	void cloudIntegrationNeedsAHostAndOAuthClientAndTokenUrl() {
		DataSource source = cloudIntegration();
		source.setHostname(null);

		List<Problem> problems = problems(Check.CONNECTION_FIELDS);

		assertEquals(Set.of(DATA_SOURCE__HOSTNAME, AUTHENTICATION__CLIENT_ID, AUTHENTICATION__TOKEN_URL),
				problems.stream().map(Problem::feature).collect(Collectors.toSet()), problems.toString());
		Problem host = problems.stream().filter(problem -> problem.feature() == DATA_SOURCE__HOSTNAME).findFirst().orElseThrow();
		assertSame(source, host.object());
		assertTrue(host.isError());
		assertTrue(host.message().contains("'CPI_EU'") && host.message().contains("host name or URL")
				&& host.message().contains("Enter it"), host.message());
		assertEquals("datasources.xmi", host.file());
	}

	@Test
	void aUrlStandsInForTheHostName() {
		DataSource source = cloudIntegration();
		source.setHostname(null);
		source.setUrl("https://tenant.it-cpi018.cfapps.eu10-003.hana.ondemand.com");
		source.getAuthentication().setClientId("sb-client");
		source.getAuthentication().setTokenUrl("https://token");

		assertEquals(List.of(), problems(Check.CONNECTION_FIELDS));
	}

	@Test
	void sapBtpNeedsAProductAndApiManagementAcceptsOnlyOAuth() {
		DataSource noProduct = dataSource("BTP", DataSourceType.SAP_BTP);
		noProduct.setAuthentication(authentication(AuthenticationType.OAUTH2));
		DataSource apim = dataSource("APIM", DataSourceType.SAP_BTP);
		apim.getProducts().add(Product.APIMANAGEMENT);
		apim.setRegion("eu10");
		Authentication basic = authentication(AuthenticationType.BASICAUTH);
		basic.setUsername("user");
		apim.setAuthentication(basic);

		List<Problem> problems = problems(Check.CONNECTION_FIELDS);

		assertTrue(problems.stream().anyMatch(p -> p.object() == noProduct && p.feature() == DATA_SOURCE__PRODUCTS), problems.toString());
		Problem wrongType = problems.stream().filter(p -> p.object() == basic).findFirst().orElseThrow();
		assertEquals(AUTHENTICATION__TYPE, wrongType.feature());
		assertTrue(wrongType.message().contains("BASICAUTH") && wrongType.message().contains("OAUTH2"), wrongType.message());
	}

	@Test
	void jiraNeedsItsAddressAndProject() {
		DataSource jira = dataSource("JIRA", DataSourceType.JIRA);
		Authentication token = authentication(AuthenticationType.ACCESSTOKEN);
		jira.setAuthentication(token);
		jira.setRootUrl("https://acme.atlassian.net");

		assertEquals(List.of(DATA_SOURCE__PROJECT_ID), problems(Check.CONNECTION_FIELDS).stream().map(Problem::feature).toList());

		jira.setProjectId("INT");
		assertEquals(List.of(), problems(Check.CONNECTION_FIELDS));
	}

	@Test
	void logsNeedNothingButAMissingAuthenticationIsReportedElsewhere() {
		dataSource("HOUSEKEEPING", DataSourceType.LOGS);
		DataSource po = dataSource("PO", DataSourceType.SAP_PO);
		po.setUrl("https://po.example");

		List<Problem> problems = problems(Check.CONNECTION_FIELDS);

		assertEquals(1, problems.size(), problems.toString());
		assertSame(po, problems.get(0).object());
		assertTrue(problems.get(0).message().contains("no authentication") && problems.get(0).message().contains("BASICAUTH"),
				problems.get(0).message());
	}

	private DataSource cloudIntegration() {
		DataSource source = dataSource("CPI_EU", DataSourceType.SAP_BTP);
		source.getProducts().add(Product.CLOUDINTEGRATION);
		source.setHostname("tenant.it-cpi018.cfapps.eu10-003.hana.ondemand.com");
		source.setAuthentication(authentication(AuthenticationType.OAUTH2));
		return source;
	}
}
