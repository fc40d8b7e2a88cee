package io.cartograph.ui.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.ProxyEndpoint;
import io.cartograph.model.landscape.TargetEndpoint;
import io.cartograph.ui.landscape.ObjectLabels;

/**
 * In the Landscape Explorer a proxy's endpoints are both usually called "default" (seen in the
 * product with the sample workspace): their labels say which is which, as the flow editor does.
 */
class ExplorerLabelsTest {

	@Test
	void endpointsSayWhetherTheyFaceTheClientOrTheBackend() {
		ProxyEndpoint proxyEndpoint = Identities.create(LandscapePackage.Literals.PROXY_ENDPOINT, ProxyEndpoint.class);
		proxyEndpoint.setName("default");
		TargetEndpoint targetEndpoint = Identities.create(LandscapePackage.Literals.TARGET_ENDPOINT, TargetEndpoint.class);
		targetEndpoint.setName("default");
		assertEquals("ProxyEndpoint default", ObjectLabels.text(proxyEndpoint));
		assertEquals("TargetEndpoint default", ObjectLabels.text(targetEndpoint));
	}
}
