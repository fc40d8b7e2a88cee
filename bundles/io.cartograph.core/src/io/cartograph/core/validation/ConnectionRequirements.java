package io.cartograph.core.validation;

import static io.cartograph.model.landscape.LandscapePackage.Literals.AUTHENTICATION__API_KEY_HEADER;
import static io.cartograph.model.landscape.LandscapePackage.Literals.AUTHENTICATION__CLIENT_ID;
import static io.cartograph.model.landscape.LandscapePackage.Literals.AUTHENTICATION__SCOPE;
import static io.cartograph.model.landscape.LandscapePackage.Literals.AUTHENTICATION__TOKEN_URL;
import static io.cartograph.model.landscape.LandscapePackage.Literals.AUTHENTICATION__USERNAME;
import static io.cartograph.model.landscape.LandscapePackage.Literals.DATA_SOURCE__CLIENT;
import static io.cartograph.model.landscape.LandscapePackage.Literals.DATA_SOURCE__HOSTNAME;
import static io.cartograph.model.landscape.LandscapePackage.Literals.DATA_SOURCE__PROJECT_ID;
import static io.cartograph.model.landscape.LandscapePackage.Literals.DATA_SOURCE__REGION;
import static io.cartograph.model.landscape.LandscapePackage.Literals.DATA_SOURCE__ROOT_URL;
import static io.cartograph.model.landscape.LandscapePackage.Literals.DATA_SOURCE__SYSTEM_ID;
import static io.cartograph.model.landscape.LandscapePackage.Literals.DATA_SOURCE__TENANT;
import static io.cartograph.model.landscape.LandscapePackage.Literals.DATA_SOURCE__URL;
import static io.cartograph.model.landscape.LandscapePackage.Literals.DATA_SOURCE__WORKSPACE;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;

import io.cartograph.model.landscape.AuthenticationType;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.Product;
import io.cartograph.model.landscape.TaskType;

/**
 * What each kind of data source needs before its tasks can run, taken from the onboarding guide's
 * set-up steps per platform. docs/validation.md prints the same table for users.
 * <p>
 * SAP BTP sources need what each of their products needs; every other type needs the same for
 * every source. Where the guide gives a choice (host name or URL), either field will do.
 */
public final class ConnectionRequirements {

	/** Connection fields of which at least one must be filled. */
	public record Field(String label, List<EAttribute> anyOf) {
		Field(String label, EAttribute... anyOf) {
			this(label, List.of(anyOf));
		}
	}

	private static final Field HOSTNAME = new Field("host name", DATA_SOURCE__HOSTNAME);
	private static final Field HOSTNAME_OR_URL = new Field("host name or URL", DATA_SOURCE__HOSTNAME, DATA_SOURCE__URL);
	private static final Field URL = new Field("URL", DATA_SOURCE__URL);
	private static final Field REGION = new Field("region", DATA_SOURCE__REGION);

	private ConnectionRequirements() {
	}

	/** The connection fields a source needs, given its type and (for SAP BTP) its products. */
	public static List<Field> fields(DataSource source) {
		if (source.getType() == null) {
			return List.of();
		}
		return switch (source.getType()) {
		case SAP_BTP -> {
			List<Field> fields = new ArrayList<>();
			for (Product product : source.getProducts()) {
				for (Field field : productFields(product)) {
					if (!fields.contains(field)) {
						fields.add(field);
					}
				}
			}
			yield fields;
		}
		case SAP_PO -> List.of(URL);
		case SAP_ABAP -> List.of(new Field("SAP system ID", DATA_SOURCE__SYSTEM_ID),
				new Field("client", DATA_SOURCE__CLIENT), URL);
		case MICROSOFT_AZURE -> List.of(new Field("tenant ID", DATA_SOURCE__TENANT));
		case MULESOFT_ANYPOINT, BEE360, LUY, HOPEX -> List.of(HOSTNAME);
		case JIRA -> List.of(new Field("host name or root URL", DATA_SOURCE__HOSTNAME, DATA_SOURCE__ROOT_URL),
				new Field("project ID", DATA_SOURCE__PROJECT_ID));
		case CONFLUENCE -> List.of(new Field("root URL", DATA_SOURCE__ROOT_URL));
		case LEANIX -> List.of(HOSTNAME, new Field("workspace", DATA_SOURCE__WORKSPACE));
		case LOGS -> List.of();
		};
	}

	private static List<Field> productFields(Product product) {
		return switch (product) {
		case CLOUDINTEGRATION -> List.of(HOSTNAME_OR_URL);
		case APIMANAGEMENT, INTEGRATIONASSESSMENT -> List.of(REGION);
		case EVENTMESH -> List.of(HOSTNAME);
		case CLOUDCONNECTOR -> List.of(URL);
		};
	}

	/** Whether the type has to name its products (only SAP BTP does). */
	public static boolean needsProducts(DataSourceType type) {
		return type == DataSourceType.SAP_BTP;
	}

	/**
	 * The kinds of authentication a source may use; empty when it needs none (LOGS). For SAP
	 * BTP, what all of its products accept.
	 */
	public static Set<AuthenticationType> authentications(DataSource source) {
		if (source.getType() == null) {
			return EnumSet.noneOf(AuthenticationType.class);
		}
		return switch (source.getType()) {
		case SAP_BTP -> {
			Set<AuthenticationType> allowed = EnumSet.of(AuthenticationType.OAUTH2, AuthenticationType.BASICAUTH);
			for (Product product : source.getProducts()) {
				if (product != Product.CLOUDINTEGRATION && product != Product.CLOUDCONNECTOR) {
					allowed.retainAll(EnumSet.of(AuthenticationType.OAUTH2));
				}
			}
			yield allowed;
		}
		case SAP_PO, SAP_ABAP, LUY -> EnumSet.of(AuthenticationType.BASICAUTH);
		case MICROSOFT_AZURE, MULESOFT_ANYPOINT, LEANIX -> EnumSet.of(AuthenticationType.OAUTH2);
		case JIRA, CONFLUENCE -> EnumSet.of(AuthenticationType.BASICAUTH, AuthenticationType.ACCESSTOKEN);
		case BEE360, HOPEX -> EnumSet.of(AuthenticationType.APIKEY);
		case LOGS -> EnumSet.noneOf(AuthenticationType.class);
		};
	}

	/** The authentication fields a kind of authentication needs (its secret is checked apart). */
	public static List<Field> authenticationFields(DataSourceType sourceType, AuthenticationType type) {
		if (type == null) {
			return List.of();
		}
		return switch (type) {
		case OAUTH2 -> sourceType == DataSourceType.MICROSOFT_AZURE
				? List.of(new Field("client ID", AUTHENTICATION__CLIENT_ID), new Field("token URL", AUTHENTICATION__TOKEN_URL),
						new Field("scope", AUTHENTICATION__SCOPE))
				: List.of(new Field("client ID", AUTHENTICATION__CLIENT_ID), new Field("token URL", AUTHENTICATION__TOKEN_URL));
		case BASICAUTH -> List.of(new Field("user name", AUTHENTICATION__USERNAME));
		case APIKEY -> List.of(new Field("API key header", AUTHENTICATION__API_KEY_HEADER));
		case ACCESSTOKEN, NONE -> List.of();
		};
	}

	/** The task types the platform runs, from the guide's task lists per platform. */
	public static Set<TaskType> tasks(DataSourceType type) {
		if (type == null) {
			return EnumSet.allOf(TaskType.class);
		}
		return switch (type) {
		case SAP_BTP, SAP_ABAP, MICROSOFT_AZURE, MULESOFT_ANYPOINT ->
				EnumSet.of(TaskType.CONFIGURATION, TaskType.INVENTORY, TaskType.RUNTIME);
		case SAP_PO -> EnumSet.of(TaskType.INVENTORY, TaskType.UPDATE);
		case JIRA, BEE360 -> EnumSet.of(TaskType.CONFIGURATION);
		case CONFLUENCE -> EnumSet.of(TaskType.UPDATE);
		case LEANIX, HOPEX -> EnumSet.of(TaskType.CONFIGURATION, TaskType.UPDATE);
		case LUY -> EnumSet.of(TaskType.CONFIGURATION, TaskType.RUNTIME, TaskType.UPDATE);
		case LOGS -> EnumSet.of(TaskType.RUNTIME, TaskType.UPDATE);
		};
	}
}
