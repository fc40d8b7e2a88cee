package io.cartograph.server;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code cartograph bench sync [--clients N] [--seconds S] [--objects N] [--data DIR | --jdbc URL]}:
 * starts a server on localhost, lets N clients pull and push against one workspace for S
 * seconds (each pushing on the head it pulled, pulling again when behind), and reports
 * throughput and p50/p99 latencies; then pushes one change set of N changed objects and pulls it.
 */
final class BenchSyncCommand implements ServerApplication.ServerCommand {

	@Override
	public String usage() {
		return "Usage: cartograph bench sync [--clients N] [--seconds S] [--objects N] " + StorageOptions.USAGE + "\n\n"
				+ "N clients (default 50) push and pull against a server on localhost for S seconds (default 10); then\n"
				+ "one change set of --objects changed objects (default 10,000) is pushed and pulled. Default database:\n"
				+ "H2 in a temporary folder.\n";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Options.UsageError {
		Set<String> valued = new HashSet<>(StorageOptions.NAMES);
		valued.addAll(Set.of("--clients", "--seconds", "--objects"));
		Options options = Options.parse(args, valued, Set.of());
		int clients = (int) options.number("--clients", 50, 1, 1000);
		int seconds = (int) options.number("--seconds", 10, 1, 3600);
		int objects = (int) options.number("--objects", 10_000, 1, 1_000_000);
		Path temporary = null;
		List<String> storageArgs = new ArrayList<>(args);
		if (options.value("--jdbc") == null && options.value("--data") == null) {
			try {
				temporary = Files.createTempDirectory("cartograph-bench-sync");
			} catch (IOException e) {
				err.println("cartograph: no temporary folder: " + e.getMessage());
				return 1;
			}
			storageArgs.addAll(List.of("--data", temporary.toString()));
		}
		try (JdbcStorage storage = StorageOptions.open(Options.parse(storageArgs, valued, Set.of()));
				SyncServer server = SyncServer.start(ServerConfig.defaults().withPort(0), storage)) {
			String workspace = "bench-" + UUID.randomUUID().toString().substring(0, 8);
			String user = "bench-" + UUID.randomUUID().toString().substring(0, 8);
			String password = UUID.randomUUID().toString();
			storage.addUser(user, PasswordHash.create(password.toCharArray()));
			storage.createWorkspace(workspace, "Benchmark", "{\"revision\":0,\"files\":{}}");
			storage.setRole(user, workspace, Role.CONFIGURATOR);
			BenchClient probe = new BenchClient(server.uri(), null);
			String token = probe.send(HttpRequest.newBuilder(server.uri().resolve("/auth/token")).POST(HttpRequest.BodyPublishers
					.ofString("{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}"))).get("token").asText();
			out.printf("bench sync: %d clients for %d s against %s (%s)%n", clients, seconds, server.uri(), storage.databaseName());
			load(server.uri(), token, workspace, clients, seconds, out);
			bulk(server.uri(), token, workspace, objects, out);
			return 0;
		} catch (IOException e) {
			err.println("cartograph: " + e.getMessage());
			return 1;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return 1;
		} finally {
			if (temporary != null) {
				delete(temporary);
			}
		}
	}

	private static void load(URI server, String token, String workspace, int clients, int seconds, PrintStream out)
			throws InterruptedException {
		Latencies pushes = new Latencies();
		Latencies pulls = new Latencies();
		ExecutorService threads = Executors.newFixedThreadPool(clients);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Integer>> behind = new ArrayList<>();
		long[] window = new long[2];
		for (int c = 0; c < clients; c++) {
			BenchClient client = new BenchClient(server, token);
			behind.add(threads.submit(() -> {
				go.await();
				return client.pushAndPull(workspace, window, pushes, pulls);
			}));
		}
		window[0] = System.nanoTime();
		window[1] = window[0] + TimeUnit.SECONDS.toNanos(seconds);
		go.countDown();
		int refused = 0;
		try {
			for (Future<Integer> result : behind) {
				refused += result.get();
			}
		} catch (java.util.concurrent.ExecutionException e) {
			throw new IllegalStateException("a client failed: " + e.getCause(), e.getCause());
		} finally {
			threads.shutdownNow();
		}
		double elapsed = (System.nanoTime() - window[0]) / 1e9;
		out.printf("  requests: %d in %.1f s = %.0f/s; committed change sets: %d = %.0f/s; pushes behind (409): %d%n",
				pushes.count() + pulls.count() + refused, elapsed, (pushes.count() + pulls.count() + refused) / elapsed,
				pushes.count(), pushes.count() / elapsed, refused);
		out.printf("  push (committed) p50 %.1f ms, p99 %.1f ms; pull p50 %.1f ms, p99 %.1f ms%n", pushes.percentile(50),
				pushes.percentile(99), pulls.percentile(50), pulls.percentile(99));
	}

	private static void bulk(URI server, String token, String workspace, int objects, PrintStream out)
			throws IOException, InterruptedException {
		BenchClient client = new BenchClient(server, token);
		long head = client.pull(workspace, 0, 1).get("head").asLong();
		ObjectNode changeSet = BenchClient.changeSet(head);
		ArrayNode changes = changeSet.putArray("changes");
		for (int i = 0; i < objects; i++) {
			changes.addObject().put("op", "set").put("object", UUID.randomUUID().toString()).put("objectType", "Interface")
					.put("feature", "description").put("value", "changed " + i).put("old", "was " + i);
		}
		byte[] body = Call.JSON.writeValueAsBytes(changeSet);
		long start = System.nanoTime();
		client.send(client.request("/workspaces/" + workspace + "/changes").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
		long pushed = System.nanoTime();
		JsonNode pulled = client.pull(workspace, head, 1);
		long done = System.nanoTime();
		int received = pulled.get("changeSets").get(0).get("changes").size();
		out.printf("  %d changed objects (%.1f MB): push %.0f ms, pull %.0f ms (%d objects back)%n", objects,
				body.length / 1e6, (pushed - start) / 1e6, (done - pushed) / 1e6, received);
	}

	private static void delete(Path folder) {
		try (var files = Files.walk(folder)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			// left in the temporary folder
		}
	}

	/** Latencies of one kind of request, in nanoseconds. */
	static final class Latencies {
		private final List<Long> nanos = new ArrayList<>();

		synchronized void add(long value) {
			nanos.add(value);
		}

		synchronized int count() {
			return nanos.size();
		}

		/** In milliseconds; 0 without samples. */
		synchronized double percentile(int percent) {
			if (nanos.isEmpty()) {
				return 0;
			}
			List<Long> sorted = new ArrayList<>(nanos);
			sorted.sort(null);
			int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
			return sorted.get(Math.max(0, index)) / 1e6;
		}
	}

	/** One simulated client. */
	static final class BenchClient {
		private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		private final URI server;
		private final String token;

		BenchClient(URI server, String token) {
			this.server = server;
			this.token = token;
		}

		/** Pull, push on the head pulled, repeat until the window closes; returns how many pushes were behind. */
		int pushAndPull(String workspace, long[] window, Latencies pushes, Latencies pulls) throws IOException, InterruptedException {
			long known = 0;
			int behind = 0;
			while (System.nanoTime() < window[1]) {
				long start = System.nanoTime();
				JsonNode page = pull(workspace, known, ChangeEndpoints.LARGEST_PAGE);
				pulls.add(System.nanoTime() - start);
				known = page.get("head").asLong();
				start = System.nanoTime();
				HttpResponse<String> pushed = http.send(request("/workspaces/" + workspace + "/changes")
						.POST(HttpRequest.BodyPublishers.ofString(changeSet(known).toString())).build(), HttpResponse.BodyHandlers.ofString());
				if (pushed.statusCode() == 201) {
					pushes.add(System.nanoTime() - start);
				} else if (pushed.statusCode() == 409) {
					behind++;
				} else {
					throw new IOException("push answered " + pushed.statusCode() + ": " + pushed.body());
				}
			}
			return behind;
		}

		JsonNode pull(String workspace, long since, int limit) throws IOException, InterruptedException {
			return send(request("/workspaces/" + workspace + "/changes?since=" + since + "&limit=" + limit).GET());
		}

		HttpRequest.Builder request(String path) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(server.resolve(path)).header("Content-Type", "application/json");
			return token == null ? builder : builder.header("Authorization", "Bearer " + token);
		}

		JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 300) {
				throw new IOException(response.statusCode() + ": " + response.body());
			}
			return Call.JSON.readTree(response.body());
		}

		static ObjectNode changeSet(long base) {
			ObjectNode changeSet = Call.JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("baseRevision", base)
					.put("summary", "Set Name of ERP_PRD").put("createdAt", java.time.Instant.now().toString());
			changeSet.putArray("changes").addObject().put("op", "set").put("object", UUID.randomUUID().toString())
					.put("objectType", "LandscapeSystem").put("feature", "name").put("value", "ERP_PRD").put("old", "ERP");
			return changeSet;
		}
	}
}
