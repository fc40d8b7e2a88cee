package io.cartograph.connect.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.cartograph.connect.sandbox.SandboxLandscape.Flow;

/**
 * End-to-end chains of the sandbox: a few sequences of deployed flows whose messages share a
 * correlation id, so that a harvest of the sandbox gives end-to-end proposals something to find.
 * Messages come in blocks of {@link #BLOCK} consecutive indexes; the first messages of a block
 * run one chain's flows in order (block {@code b} runs chain {@code b % chains}) under one
 * correlation id, the rest of the block is ordinary traffic. As LogStart grows with the index,
 * the flows of a chain are logged in chain order. Chains are derived from the seed alone, so
 * nothing is stored per message.
 */
final class SandboxChains {

	/** Messages per block: with chains of 2 to 4 flows, a tenth to a fifth of the traffic is chained. */
	static final int BLOCK = 20;
	private static final int CHAINS = 3;
	private static final long SALT = 0x5A4D_B0C5_C4A1_45EDL;

	private final long seed;
	private final List<List<Flow>> chains;

	SandboxChains(SandboxOptions options, SandboxLandscape landscape) {
		this.seed = options.seed();
		this.chains = build(new SplittableRandom(seed ^ SALT), landscape.deployed);
	}

	/** The chains, each with 2 to 4 distinct deployed flows; no flow is in two chains. */
	List<List<Flow>> chains() {
		return chains;
	}

	/** The flow message {@code i} runs as a step of a chain, or null for an ordinary message. */
	Flow flowAt(long i) {
		if (chains.isEmpty()) {
			return null;
		}
		List<Flow> chain = chains.get((int) ((i / BLOCK) % chains.size()));
		int step = (int) (i % BLOCK);
		return step < chain.size() ? chain.get(step) : null;
	}

	/** The correlation id shared by the chained messages of message {@code i}'s block. */
	String correlationId(long i) {
		return SandboxMessages.id(new SplittableRandom((seed * 1_000_003L + i / BLOCK) ^ SALT));
	}

	/**
	 * Each chain starts, where the landscape allows, at a flow whose receiver sends to another
	 * unused flow, and goes on to a flow sent by the previous step's receiver; where no such flow
	 * is left it goes on to any unused deployed flow.
	 */
	private static List<List<Flow>> build(SplittableRandom random, List<Flow> deployed) {
		List<Flow> unused = new ArrayList<>(deployed);
		List<List<Flow>> result = new ArrayList<>();
		while (result.size() < CHAINS && unused.size() >= 2) {
			int length = Math.min(unused.size(), 2 + random.nextInt(3));
			List<Flow> starts = unused.stream().filter(f -> !followers(f, unused).isEmpty()).toList();
			Flow step = pick(random, starts.isEmpty() ? unused : starts);
			List<Flow> chain = new ArrayList<>();
			while (true) {
				chain.add(step);
				unused.remove(step);
				if (chain.size() == length) {
					break;
				}
				List<Flow> next = followers(step, unused);
				step = pick(random, next.isEmpty() ? unused : next);
			}
			result.add(List.copyOf(chain));
		}
		return List.copyOf(result);
	}

	/** The flows among {@code candidates} that the system receiving {@code flow}'s messages sends. */
	static List<Flow> followers(Flow flow, List<Flow> candidates) {
		return candidates.stream().filter(f -> f != flow && f.sender().equals(flow.receiver())).toList();
	}

	private static Flow pick(SplittableRandom random, List<Flow> flows) {
		return flows.get(random.nextInt(flows.size()));
	}
}
