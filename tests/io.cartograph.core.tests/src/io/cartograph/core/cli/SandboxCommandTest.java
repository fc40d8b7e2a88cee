package io.cartograph.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.cartograph.connect.sandbox.SandboxOptions;

class SandboxCommandTest {

	@Test
	void servesATenantThatIssuesTokensUntilStopped() throws Exception {
		CountDownLatch stop = new CountDownLatch(1);
		PipedInputStream printed = new PipedInputStream();
		PrintStream out = new PrintStream(new PipedOutputStream(printed), true, StandardCharsets.UTF_8);
		CommandLine commandLine = new CommandLine(List.of(new SandboxCommand(stop)));
		CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
				() -> commandLine.run(List.of("sandbox", "--port", "0", "--messages", "100"), out, new PrintStream(new ByteArrayOutputStream())));

		String banner = firstLine(printed);
		Matcher token = Pattern.compile("token URL (\\S+?),").matcher(banner);
		assertTrue(banner.contains("sandbox") && token.find(), banner);
		String basic = Base64.getEncoder().encodeToString((SandboxOptions.CLIENT_ID + ":" + SandboxOptions.CLIENT_SECRET)
				.getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(token.group(1)))
				.header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(200, answer.statusCode(), answer.body());
		assertTrue(answer.body().contains("access_token"), answer.body());

		stop.countDown();
		assertEquals(0, exit.get(30, TimeUnit.SECONDS));
	}

	@Test
	void aPortThatIsNotANumberIsAUsageError() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = new CommandLine(List.of(new SandboxCommand(new CountDownLatch(0))))
				.run(List.of("sandbox", "--port", "eighty"), new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(2, exit);
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("--port needs a whole number from 0 to 65535"), err.toString(StandardCharsets.UTF_8));
	}

	private static String firstLine(PipedInputStream printed) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int next = printed.read(); next != -1 && next != '\n'; next = printed.read()) {
			line.write(next);
		}
		return line.toString(StandardCharsets.UTF_8);
	}
}
