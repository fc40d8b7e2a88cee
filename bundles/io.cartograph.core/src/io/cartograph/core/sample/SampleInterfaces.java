package io.cartograph.core.sample;

import static io.cartograph.model.landscape.LandscapePackage.Literals.INTERFACE;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.InternalEList;

import io.cartograph.core.sample.SampleFacts.FlowFact;
import io.cartograph.core.sample.SampleFacts.ObjectFact;
import io.cartograph.core.sample.SampleFacts.SystemFact;
import io.cartograph.model.landscape.ComplexityClass;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeSystem;

/**
 * The interface catalog: each interface implements one of the company's flows on one platform,
 * with the system names the platform reports (original) and, where a rule maps them, the
 * harmonized systems. Some raw names map to nothing and some fields stay empty, as in a real
 * harvest, so that the To-do list and the dashboard have something to show.
 */
final class SampleInterfaces {

	/** Share of the interfaces per data source, in the order of {@code Sample#dataSources}. */
	private static final double[] SHARES = { 0.34, 0.20, 0.12, 0.14, 0.08, 0.07, 0.05 };
	private static final Map<String, String> PROCESSES = Map.of("Sales", "Order to Cash", "Finance", "Record to Report",
			"Procurement", "Procure to Pay", "HR", "Hire to Retire", "Logistics", "Plan to Deliver");
	private static final List<String> TEAMS = List.of("Integration Team A", "Integration Team B", "Integration Team C");

	private final Sample sample;
	private final SampleNaming naming = new SampleNaming();

	private SampleInterfaces(Sample sample) {
		this.sample = sample;
	}

	static List<Interface> fill(Sample sample, int count) {
		SampleInterfaces generator = new SampleInterfaces(sample);
		List<Interface> interfaces = new ArrayList<>(count);
		for (int number = 0; number < count; number++) {
			interfaces.add(generator.create(number));
		}
		// All new and distinct: skip the list's duplicate check, which costs a search per element.
		((InternalEList<Interface>) sample.model.interfaces().getInterfaces()).addAllUnique(interfaces);
		return interfaces;
	}

	private Interface create(int number) {
		// The first ones walk through every flow on the main tenant, so that even a small sample has them all.
		boolean covering = number < SampleFacts.FLOWS.size();
		FlowFact flow = covering ? SampleFacts.FLOWS.get(number) : sample.pick(SampleFacts.FLOWS);
		DataSource source = covering ? sample.dataSources.get(0) : source();
		ObjectFact object = SampleFacts.object(flow.object());
		SampleNaming.Names names = naming.names(source, flow, object);
		Interface item = sample.create(INTERFACE, Interface.class);
		item.setName(names.name());
		item.setExternalId(names.externalId());
		item.setType(names.type());
		item.setDataSource(source);
		item.setEnvironment(source.getEnvironment());
		item.setVersion("1." + sample.random.nextInt(6) + "." + sample.random.nextInt(25));
		item.setStatus(status(source));
		SystemFact sender = SampleFacts.system(flow.sender());
		SystemFact receiver = SampleFacts.system(flow.receiver());
		item.setOriginalSender(rawName(sender, covering));
		item.setOriginalReceiver(rawName(receiver, covering));
		item.setSender(harmonized(sender, item.getOriginalSender()));
		item.setReceiver(harmonized(receiver, item.getOriginalReceiver()));
		String senderAdapter = adapter(sender);
		String receiverAdapter = adapter(receiver);
		item.getAdapters().add(SampleNaming.adapter(source, senderAdapter));
		item.getAdapters().add(SampleNaming.adapter(source, receiverAdapter));
		item.getAuthenticationMethods().add(authentication(senderAdapter));
		item.getAuthenticationMethods().add(authentication(receiverAdapter));
		item.setComplexity(complexity());
		int age = sample.random.nextInt(100);
		item.setLastTraffic(age < 8 ? null : age < 15 ? sample.daysAgo(100 + sample.random.nextInt(300)) : sample.daysAgo(sample.random.nextInt(30)));
		item.setNotFoundInLastRun(sample.chance(0.02));
		item.getBusinessObjects().add(sample.objects.get(object.name()));
		properties(item, number, object);
		return item;
	}

	private DataSource source() {
		double draw = sample.random.nextDouble();
		for (int i = 0; i < SHARES.length; i++) {
			draw -= SHARES[i];
			if (draw < 0) {
				return sample.dataSources.get(i);
			}
		}
		return sample.dataSources.get(0);
	}

	private String status(DataSource source) {
		if (source.getType() == DataSourceType.SAP_ABAP) {
			return "Active";
		}
		int draw = sample.random.nextInt(100);
		return draw < 92 ? "Started" : draw < 96 ? "Error" : "Stopped";
	}

	/** Mostly one of the names rules map; now and then one nobody mapped. */
	private String rawName(SystemFact system, boolean mapped) {
		if (!mapped && sample.chance(0.06)) {
			return sample.pick(SampleFacts.UNMAPPED_RAW_NAMES);
		}
		return sample.pick(system.rawNames());
	}

	/** What the transformation rules make of the raw name: the system, or nothing for an unmapped name. */
	private LandscapeSystem harmonized(SystemFact system, String rawName) {
		return system.rawNames().contains(rawName) ? sample.systems.get(system.key()) : null;
	}

	private String adapter(SystemFact system) {
		return sample.chance(0.7) ? system.adapters().get(0) : sample.pick(system.adapters());
	}

	private String authentication(String adapter) {
		return switch (adapter) {
		case "SFTP" -> "Public Key";
		case "AS2" -> "Client Certificate";
		case "IDoc", "RFC", "ODP" -> sample.chance(0.8) ? "Basic" : "Client Certificate";
		default -> {
			int draw = sample.random.nextInt(100);
			yield draw < 55 ? "OAuth2 Client Credentials" : draw < 80 ? "Basic" : draw < 92 ? "Client Certificate" : "API Key";
		}
		};
	}

	private ComplexityClass complexity() {
		int draw = sample.random.nextInt(100);
		return draw < 5 ? ComplexityClass.UNKNOWN : draw < 45 ? ComplexityClass.LOW : draw < 80 ? ComplexityClass.MEDIUM
				: draw < 95 ? ComplexityClass.HIGH : ComplexityClass.VERY_HIGH;
	}

	private void properties(Interface item, int number, ObjectFact object) {
		sample.property(item, "Interface ID", String.format("IF-%05d", number + 1));
		if (sample.chance(0.45)) {
			sample.property(item, "Documentation URL", "https://wiki.acme.example/integration/" + item.getName());
		}
		if (sample.chance(0.9)) {
			sample.property(item, "Functional Team", object.domain());
		}
		if (sample.chance(0.8)) {
			sample.property(item, "Technical Owner", sample.pick(TEAMS));
		}
		sample.property(item, "Business Process", PROCESSES.get(object.domain()));
		boolean retiring = sample.chance(0.04);
		if (retiring) {
			sample.property(item, "End of Life", "2026-" + String.format("%02d", 4 + sample.random.nextInt(9)) + "-30");
		}
		if (sample.chance(0.3)) {
			sample.property(item, "LeanIX ID", "lx-" + HexFormat.of().toHexDigits(sample.random.nextInt()));
		}
		if (item.getLastTraffic() != null && sample.chance(0.7)) {
			sample.property(item, "Messages per Day", Integer.toString(1 + sample.random.nextInt(5000)));
		}
		item.getTags().add(sample.tag("Domain", object.domain()));
		int draw = sample.random.nextInt(100);
		item.getTags().add(sample.tag("Criticality", draw < 20 ? "High" : draw < 70 ? "Medium" : "Low"));
		item.getTags().add(sample.tag("Lifecycle Phase", retiring ? "Deprecated" : sample.chance(0.03) ? "Planned" : "Live"));
	}
}
