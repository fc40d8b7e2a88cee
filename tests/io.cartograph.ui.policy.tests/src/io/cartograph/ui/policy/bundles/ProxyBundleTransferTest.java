package io.cartograph.ui.policy.bundles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.apim.ProxyImport;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.Policy;
import io.cartograph.policy.bundle.BundleException;
import io.cartograph.ui.policy.SalesOrderProxy;

/** What File > Export and Import API Proxy Bundle... do with real zips, and which proxy Export takes. */
class ProxyBundleTransferTest {

	@TempDir
	Path folder;

	LandscapeModel source;
	LandscapeModel target;

	@AfterEach
	void close() {
		if (source != null) {
			source.close();
		}
		if (target != null) {
			target.close();
		}
	}

	@Test
	void anExportedProxyImportsIntoAnotherWorkspaceInOneUndoableStepAndReplacesByName() throws Exception {
		source = LandscapeModel.create(folder.resolve("a"), "A");
		SalesOrderProxy sales = new SalesOrderProxy(source);
		Path zip = folder.resolve("out/SalesOrders.zip");
		Files.createDirectories(zip.getParent());
		ProxyBundleTransfer.write(sales.proxy, zip);
		assertTrue(Files.size(zip) > 0);

		target = LandscapeModel.create(folder.resolve("b"), "B");
		ProxyBundleTransfer.Read read = ProxyBundleTransfer.read(List.of(zip));
		assertEquals(List.of(), read.problems());
		ProxyImport plan = ProxyImport.of(target, read.proxies());
		assertTrue(ProxyBundleTransfer.apply(target, plan));
		assertEquals("1 new, 0 replaced", plan.summary());
		ApiProxy imported = target.apiManagement().getProxies().get(0);
		assertEquals("SalesOrders", imported.getName());
		assertEquals(sales.proxy.getPolicies().stream().map(Policy::getXml).toList(),
				imported.getPolicies().stream().map(Policy::getXml).toList(), "policies verbatim");

		ProxyImport again = ProxyImport.of(target, ProxyBundleTransfer.read(List.of(zip)).proxies());
		assertTrue(ProxyBundleTransfer.apply(target, again));
		assertEquals("0 new, 1 replaced", again.summary());
		assertEquals(1, target.apiManagement().getProxies().size());
		assertEquals(imported.getUuid(), target.apiManagement().getProxies().get(0).getUuid(), "the replacement keeps the UUID");
		target.commandStack().undo();
		assertSame(imported, target.apiManagement().getProxies().get(0));
		target.commandStack().undo();
		assertTrue(target.apiManagement().getProxies().isEmpty(), "each import is one undo");
	}

	@Test
	void aFileThatIsNoBundleImportsNothingAndSaysWhich() throws Exception {
		Path junk = folder.resolve("notes.zip");
		Files.writeString(junk, "not a zip");
		BundleException refused = assertThrows(BundleException.class, () -> ProxyBundleTransfer.read(List.of(junk)));
		assertTrue(refused.getMessage().startsWith("notes.zip: "), refused.getMessage());
	}

	@Test
	void exportTakesTheSelectedProxyWhenNoFlowEditorIsActive() throws Exception {
		source = LandscapeModel.create(folder.resolve("a"), "A");
		SalesOrderProxy sales = new SalesOrderProxy(source);
		assertSame(sales.proxy, ExportProxyBundleHandler.proxy(null, sales.proxy));
		assertNull(ExportProxyBundleHandler.proxy(null, sales.verifyKey));
		assertNull(ExportProxyBundleHandler.proxy(null, null));
	}
}
