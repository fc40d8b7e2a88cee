package io.cartograph.rules.proposals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys of rejected proposals, so that a rejected sequence is not proposed again. The model
 * has no place for them yet, so they are kept in a text file (one key per line), e.g. in the
 * workspace's landscape folder; keys are interface UUIDs, which survive re-harvesting.
 */
public final class RejectedProposals {

	private final Path file;
	private final Set<String> keys = new LinkedHashSet<>();

	private RejectedProposals(Path file) {
		this.file = file;
	}

	/** Reads the file if it exists; {@code null} keeps them in memory only. */
	public static RejectedProposals in(Path file) {
		RejectedProposals rejected = new RejectedProposals(file);
		if (file != null && Files.isRegularFile(file)) {
			try {
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					if (!line.isBlank()) {
						rejected.keys.add(line.trim());
					}
				}
			} catch (IOException e) {
				throw new UncheckedIOException("Cannot read the rejected proposals in " + file + ": " + e.getMessage(), e);
			}
		}
		return rejected;
	}

	public synchronized boolean contains(String key) {
		return keys.contains(key);
	}

	/** Remembers the proposal as rejected and writes the file (when there is one). */
	public synchronized void reject(Proposal proposal) {
		if (keys.add(proposal.key()) && file != null) {
			try {
				Files.createDirectories(file.toAbsolutePath().getParent());
				Files.write(file, List.copyOf(keys), StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new UncheckedIOException("Cannot write the rejected proposals to " + file + ": " + e.getMessage(), e);
			}
		}
	}
}
