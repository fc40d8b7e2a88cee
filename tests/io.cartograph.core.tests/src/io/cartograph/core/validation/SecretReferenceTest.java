package io.cartograph.core.validation;

import static io.cartograph.model.landscape.LandscapePackage.Literals.AUTHENTICATION__SECRET;
import static io.cartograph.model.landscape.LandscapePackage.Literals.KEY_VALUE_ENTRY__VALUE;
import static io.cartograph.model.landscape.LandscapePackage.Literals.PROXY__PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.Authentication;
import io.cartograph.model.landscape.AuthenticationType;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.KeyValueEntry;
import io.cartograph.model.landscape.KeyValueMap;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.Proxy;

class SecretReferenceTest extends ValidationFixture {

	@Test
	void credentialsWithSecretReferencesAreFine() {
		DataSource po = dataSource("PO", DataSourceType.SAP_PO);
		po.setAuthentication(authentication(AuthenticationType.BASICAUTH));
		entry(map(), "password").setValue(secret());
		Proxy proxy = proxy("SCC");
		proxy.setUsername("scc-user");
		proxy.setPassword(secret());
		proxy("No user");

		assertEquals(List.of(), problems(Check.SECRET_REFERENCE));
	}

	@Test
	void anAuthenticationWithoutSecretIsAnError() {
		DataSource po = dataSource("PO", DataSourceType.SAP_PO);
		Authentication basic = authentication(AuthenticationType.BASICAUTH);
		basic.setSecret(null);
		po.setAuthentication(basic);

		List<Problem> problems = problems(Check.SECRET_REFERENCE);

		assertEquals(1, problems.size());
		assertSame(basic, problems.get(0).object());
		assertEquals(AUTHENTICATION__SECRET, problems.get(0).feature());
		assertTrue(problems.get(0).message().contains("has no password") && problems.get(0).message().contains("secure storage"),
				problems.get(0).message());
	}

	@Test
	void aKeyValueEntryWithoutValueAndAProxyUserWithoutPasswordAreErrors() {
		KeyValueEntry entry = entry(map(), "password");
		Proxy proxy = proxy("SCC");
		proxy.setUsername("scc-user");

		List<Problem> problems = problems(Check.SECRET_REFERENCE);

		assertEquals(2, problems.size(), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.object() == entry && p.feature() == KEY_VALUE_ENTRY__VALUE));
		assertTrue(problems.stream().anyMatch(p -> p.object() == proxy && p.feature() == PROXY__PASSWORD));
		Problem kvm = problems.stream().filter(p -> p.object() == entry).findFirst().orElseThrow();
		assertEquals("apim.xmi", kvm.file());
		assertEquals("Key value map 'backend' > Key value entry 'password'", kvm.path());
	}

	private KeyValueMap map() {
		KeyValueMap map = Identities.create(LandscapePackage.Literals.KEY_VALUE_MAP, KeyValueMap.class);
		map.setName("backend");
		model.apiManagement().getKeyValueMaps().add(map);
		return map;
	}

	private static KeyValueEntry entry(KeyValueMap map, String key) {
		KeyValueEntry entry = Identities.create(LandscapePackage.Literals.KEY_VALUE_ENTRY, KeyValueEntry.class);
		entry.setName(key);
		map.getEntries().add(entry);
		return entry;
	}

	private Proxy proxy(String name) {
		Proxy proxy = Identities.create(LandscapePackage.Literals.PROXY, Proxy.class);
		proxy.setName(name);
		proxy.setHost("scc.example");
		model.dataSources().getProxies().add(proxy);
		return proxy;
	}
}
