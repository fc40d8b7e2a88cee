package io.cartograph.core.apim;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.ReplaceCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.ApiProduct;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.LandscapePackage;

/**
 * Proxies read from bundles, put into the workspace as one undoable command: a proxy whose name
 * is new is added; one that replaces a proxy of the same name takes over its UUID and its place
 * in the products that list it, so that nothing pointing at it breaks.
 *
 * @param command  execute it on the model's command stack
 * @param added    proxies new to the workspace
 * @param replaced proxies that replace one of the same name
 */
public record ProxyImport(Command command, int added, int replaced) {

	public static ProxyImport of(LandscapeModel model, List<ApiProxy> proxies) {
		ApiManagement apim = model.apiManagement();
		EditingDomain domain = model.editingDomain();
		CompoundCommand command = new CompoundCommand(proxies.size() == 1 ? "Import API proxy " + proxies.get(0).getName()
				: "Import " + proxies.size() + " API proxies");
		int replaced = 0;
		for (ApiProxy proxy : proxies) {
			ApiProxy old = apim.getProxies().stream().filter(p -> p.getName() != null && p.getName().equals(proxy.getName()))
					.findFirst().orElse(null);
			if (old == null) {
				command.append(AddCommand.create(domain, apim, LandscapePackage.Literals.API_MANAGEMENT__PROXIES, proxy));
				continue;
			}
			replaced++;
			proxy.setUuid(old.getUuid());
			command.append(ReplaceCommand.create(domain, apim, LandscapePackage.Literals.API_MANAGEMENT__PROXIES, old, List.of(proxy)));
			for (ApiProduct product : apim.getProducts()) {
				if (product.getProxies().contains(old)) {
					Collection<ApiProxy> replacement = List.of(proxy);
					command.append(ReplaceCommand.create(domain, product, LandscapePackage.Literals.API_PRODUCT__PROXIES, old, replacement));
				}
			}
		}
		return new ProxyImport(command, proxies.size() - replaced, replaced);
	}

	/** {@code 2 new, 1 replaced} */
	public String summary() {
		return added + " new, " + replaced + " replaced";
	}
}
