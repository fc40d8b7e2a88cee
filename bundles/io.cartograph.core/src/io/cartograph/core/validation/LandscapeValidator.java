package io.cartograph.core.validation;

import static io.cartograph.model.landscape.LandscapePackage.Literals.END_TO_END_INTEGRATION__INTERFACES;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EObjectValidator;

import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.Authentication;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceCatalog;
import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.IpAllowlist;
import io.cartograph.model.landscape.KeyValueEntry;
import io.cartograph.model.landscape.Landscape;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.ObjectRule;
import io.cartograph.model.landscape.PropertyValue;
import io.cartograph.model.landscape.Proxy;
import io.cartograph.model.landscape.SystemMappingRule;
import io.cartograph.model.landscape.TagCategory;

/**
 * The landscape package's validator: EMF's own constraints (multiplicities, references that
 * resolve, unique IDs) and then Cartograph's rules ({@link Check}) for the object at hand. The
 * {@link org.eclipse.emf.ecore.util.Diagnostician} calls it once per object, walking the
 * containment tree.
 */
final class LandscapeValidator extends EObjectValidator {

	@Override
	protected EPackage getEPackage() {
		return LandscapePackage.eINSTANCE;
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = validate_EveryDefaultConstraint(object, diagnostics, context);
		if (!valid && diagnostics == null) {
			return false;
		}
		Findings findings = new Findings(diagnostics);
		switch (object) {
		case Landscape landscape -> UniqueNames.check(landscape, findings);
		case DataSourceCatalog catalog -> UniqueNames.check(catalog, findings);
		case TagCategory category -> UniqueNames.check(category, findings);
		case DataSource source -> DataSourceRules.check(source, findings);
		case Authentication authentication -> SecretRules.check(authentication, findings);
		case KeyValueEntry entry -> SecretRules.check(entry, findings);
		case Proxy proxy -> SecretRules.check(proxy, findings);
		case SystemMappingRule rule -> PatternRules.check(rule, findings);
		case ObjectRule rule -> PatternRules.check(rule, findings);
		case IpAllowlist list -> AllowlistRules.check(list, findings);
		case ApiProxy proxy -> PolicyLintRules.check(proxy, findings);
		case PropertyValue value -> PropertyRules.check(value, findings);
		case EndToEndIntegration integration -> {
			checkInterfaces(integration, findings);
			IntegrationFlowRules.check(integration, findings);
		}
		default -> {
			// no rules of our own
		}
		}
		return valid && findings.clean();
	}

	private static void checkInterfaces(EndToEndIntegration integration, Findings findings) {
		if (integration.getInterfaces().isEmpty()) {
			findings.report(Check.INTEGRATION_INTERFACES, integration, END_TO_END_INTEGRATION__INTERFACES,
					ObjectLabels.label(integration) + " lists no interfaces. Add the interfaces it runs through, in order"
							+ (integration.isProposal() ? ", or reject the proposal." : ", or delete it."));
		}
	}
}
