package io.cartograph.rules;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.ObjectRule;
import io.cartograph.model.landscape.RuleBook;
import io.cartograph.model.landscape.SystemMappingRule;

/**
 * The rules benchmark ({@code ./cartograph bench rules}): a generated rule book and interfaces
 * (same seed, same model), applied by the naive loop and by the engine, beside the floor: one
 * regex pass over all interface names with a single pattern.
 */
public final class RuleBenchmark {

	private static final LandscapeFactory MAKE = LandscapeFactory.eINSTANCE;
	private static final String[] AREAS = { "SO", "PO", "FI", "HR", "LE", "MM", "PP", "QM", "SD", "WM" };
	private static final String[] SCOPES = { "Global", "Local", "Intercompany", "Domestic", "Export", "Retail", "Service",
			"Spare", "Project", "Consignment" };
	private static final String[] SUBJECTS = { "Sales", "Purchase", "Invoice", "Delivery", "Material", "Customer", "Vendor",
			"Payment", "Employee", "Shipment" };
	private static final String[] THINGS = { "Order", "Item", "Document", "Master", "Record", "Confirmation", "Notice",
			"Request", "Statement", "Plan" };
	private static final String[] VERBS = { "Create", "Update", "Delete", "Replicate", "Notify" };
	private static final String[] PLATFORMS = { "SAP_ERP", "S4HANA", "CRM", "SF", "ARIBA", "CONCUR", "WMS", "MES", "BANK",
			"EDI" };

	/** A generated rule book and interfaces to apply it to. */
	public record Model(RuleBook book, List<Interface> interfaces) {
	}

	/**
	 * @param naiveMillis       the naive loop, once
	 * @param engineMillis      the engine, best of the warm runs
	 * @param engineCpuMillis   CPU time of the engine's best warm run on its thread (the machine may be busy)
	 * @param engineFirstMillis the engine's first (cold) run
	 * @param floorMillis       one regex over all names, best of the warm runs
	 * @param identical         whether engine and naive loop agree on every slot and object
	 */
	public record Figures(long naiveMillis, long engineMillis, long engineCpuMillis, long engineFirstMillis, long floorMillis, boolean identical,
			String difference, int slotsWon, int objectLinks, int invalidRules) {
	}

	private RuleBenchmark() {
	}

	public static Model generate(int interfaceCount, int systemRuleCount, int objectRuleCount, long seed) {
		Random random = new Random(seed);
		List<DataSource> sources = new ArrayList<>();
		for (int s = 0; s < 4; s++) {
			DataSource source = MAKE.createDataSource();
			source.setUuid("ds-" + s);
			source.setName("CPI_" + s);
			sources.add(source);
		}
		List<String> raw = new ArrayList<>();
		List<LandscapeSystem> systems = new ArrayList<>();
		for (int s = 0; s < 300; s++) {
			LandscapeSystem system = MAKE.createLandscapeSystem();
			system.setUuid("sys-" + s);
			system.setName("System " + s);
			systems.add(system);
			raw.add(PLATFORMS[s % PLATFORMS.length] + "_" + s);
			raw.add(PLATFORMS[s % PLATFORMS.length].toLowerCase(Locale.ROOT) + "-prd-" + s);
		}
		List<Interface> interfaces = new ArrayList<>(interfaceCount);
		for (int n = 0; n < interfaceCount; n++) {
			Interface item = MAKE.createInterface();
			item.setUuid("if-" + n);
			item.setName(AREAS[random.nextInt(AREAS.length)] + "_" + combo(random, 3) + "_" + VERBS[random.nextInt(VERBS.length)]
					+ "_v" + random.nextInt(5) + "_" + n);
			item.setOriginalSender(random.nextInt(20) == 0 ? null : raw.get(random.nextInt(raw.size())));
			item.setOriginalReceiver(random.nextInt(20) == 0 ? null : raw.get(random.nextInt(raw.size())));
			item.setDataSource(sources.get(random.nextInt(sources.size())));
			interfaces.add(item);
		}
		RuleBook book = MAKE.createRuleBook();
		for (int r = 0; r < systemRuleCount; r++) {
			book.getSystemMappingRules().add(systemRule(r, random, raw, systems, sources, interfaces));
		}
		List<BusinessObject> objects = new ArrayList<>();
		for (int o = 0; o < 1000; o++) {
			BusinessObject object = MAKE.createBusinessObject();
			object.setUuid("bo-" + o);
			object.setName(SCOPES[o / 100 % 10] + " " + SUBJECTS[o / 10 % 10] + " " + THINGS[o % 10]);
			objects.add(object);
		}
		for (int r = 0; r < objectRuleCount; r++) {
			book.getObjectRules().add(objectRule(r, random, objects, interfaces));
		}
		return new Model(book, interfaces);
	}

	private static SystemMappingRule systemRule(int r, Random random, List<String> raw, List<LandscapeSystem> systems,
			List<DataSource> sources, List<Interface> interfaces) {
		SystemMappingRule rule = MAKE.createSystemMappingRule();
		rule.setUuid("sr-" + r);
		rule.setEnabled(true);
		int value = random.nextInt(raw.size());
		rule.setHarmonizedSystem(systems.get(value / 2));
		String area = AREAS[random.nextInt(AREAS.length)];
		int kind = random.nextInt(100);
		if (r == 1) {
			rule.setInterfacePattern("(" + area + "_.*");
			rule.setOriginalSystem(".*");
		} else if (kind < 65) {
			rule.setInterfacePattern(".*");
			rule.setOriginalSystem(raw.get(value));
		} else if (kind < 75) {
			rule.setInterfacePattern(area + "_.*");
			rule.setOriginalSystem(PLATFORMS[random.nextInt(PLATFORMS.length)] + "_.*");
			rule.setDataSourceFilter(random.nextBoolean() ? sources.get(random.nextInt(sources.size())) : null);
		} else if (kind < 83) {
			rule.setInterfacePattern(".*" + combo(random, 2) + ".*");
			rule.setOriginalSystem(raw.get(value));
		} else if (kind < 88) {
			rule.setInterfacePattern("(SO|PO)_.*_v[0-9]_.*");
			rule.setOriginalSystem("SAP_ERP_[0-9]+");
		} else if (kind < 92) {
			rule.setInterfacePattern(area + "_.*");
			rule.setOriginalSystem(random.nextBoolean() ? "Sender" : "Receiver");
		} else if (kind < 95) {
			rule.setInterfacePattern(".*");
			rule.setOriginalSystem(raw.get(value));
			rule.setEnabled(false);
		} else if (kind < 98) {
			rule.setInterfacePattern(interfaces.isEmpty() ? "NONE" : interfaces.get(random.nextInt(interfaces.size())).getName());
			rule.setOriginalSystem(".*");
		} else {
			rule.setInterfacePattern("(?i).*" + combo(random, 2).toLowerCase(Locale.ROOT) + ".*");
			rule.setOriginalSystem("(?i)s4hana_.*");
		}
		return rule;
	}

	private static ObjectRule objectRule(int r, Random random, List<BusinessObject> objects, List<Interface> interfaces) {
		ObjectRule rule = MAKE.createObjectRule();
		rule.setUuid("or-" + r);
		rule.setEnabled(r % 50 != 7);
		int o = random.nextInt(objects.size());
		rule.setHarmonizedObject(objects.get(o));
		String three = SCOPES[o / 100 % 10] + SUBJECTS[o / 10 % 10] + THINGS[o % 10];
		int kind = random.nextInt(100);
		if (r == 1) {
			rule.setInterfacePattern(".*[" + three);
		} else if (kind < 60) {
			rule.setInterfacePattern(".*" + three + ".*");
		} else if (kind < 75) {
			rule.setInterfacePattern("(?i).*" + (SUBJECTS[o / 10 % 10] + THINGS[o % 10]).toLowerCase(Locale.ROOT) + ".*");
		} else if (kind < 85) {
			rule.setInterfacePattern(AREAS[random.nextInt(AREAS.length)] + "_" + three + ".*");
		} else if (kind < 90) {
			rule.setInterfacePattern(interfaces.isEmpty() ? "NONE" : interfaces.get(random.nextInt(interfaces.size())).getName());
		} else {
			rule.setInterfacePattern(".*" + three + "_(Create|Update)_v[0-2]_.*");
		}
		return rule;
	}

	private static String combo(Random random, int words) {
		String combo = SUBJECTS[random.nextInt(SUBJECTS.length)] + THINGS[random.nextInt(THINGS.length)];
		return words == 3 ? SCOPES[random.nextInt(SCOPES.length)] + combo : combo;
	}

	/** Runs the naive loop once, the engine and the floor {@code warmRuns} times after a first run. */
	public static Figures measure(Model model, int warmRunsAsked) {
		int warmRuns = Math.max(1, warmRunsAsked);
		long started = System.nanoTime();
		RuleResults naive = RuleEngine.applyNaively(model.book(), model.interfaces());
		long naiveMillis = millisSince(started);
		started = System.nanoTime();
		RuleResults engine = RuleEngine.apply(model.book(), model.interfaces());
		long first = millisSince(started);
		long best = Long.MAX_VALUE;
		long bestCpu = Long.MAX_VALUE;
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int run = 0; run < warmRuns; run++) {
			long cpu = threads.getCurrentThreadCpuTime();
			started = System.nanoTime();
			engine = RuleEngine.apply(model.book(), model.interfaces());
			best = Math.min(best, millisSince(started));
			bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
		}
		long floor = Long.MAX_VALUE;
		Pattern single = Pattern.compile(".*Order.*");
		int hits = 0;
		for (int run = 0; run <= warmRuns; run++) {
			started = System.nanoTime();
			hits = 0;
			for (Interface item : model.interfaces()) {
				hits += single.matcher(item.getName()).matches() ? 1 : 0;
			}
			floor = Math.min(floor, millisSince(started));
		}
		int slots = 0;
		int links = 0;
		for (int i = 0; i < engine.size(); i++) {
			for (Slot slot : Slot.values()) {
				slots += engine.winners[slot.ordinal()][i] >= 0 ? 1 : 0;
			}
			links += engine.objectMatches[i].length;
		}
		return new Figures(naiveMillis, best, bestCpu, first, floor + (hits < 0 ? 1 : 0), engine.sameAs(naive),
				engine.firstDifference(naive), slots, links, engine.problems().size());
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}
}
