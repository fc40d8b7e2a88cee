package io.cartograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.cartograph.server.TestClient.Answer;

class LoginThrottleTest {

	@TempDir
	Path folder;

	/** A clock the test moves. */
	private static final class MovingClock extends Clock {
		Instant now = Instant.parse("2026-11-21T10:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	@Test
	void waitsDoubleAfterFiveFailuresAndARightPasswordClears() {
		MovingClock clock = new MovingClock();
		LoginThrottle throttle = new LoginThrottle(clock);
		for (int i = 0; i < 4; i++) {
			throttle.failed("carla");
		}
		assertEquals(Duration.ZERO, throttle.wait("carla"), "four wrong passwords are free");
		throttle.failed("carla");
		assertEquals(Duration.ofSeconds(1), throttle.wait("carla"));
		throttle.failed("carla");
		assertEquals(Duration.ofSeconds(2), throttle.wait("carla"));
		throttle.failed("carla");
		assertEquals(Duration.ofSeconds(4), throttle.wait("carla"));
		assertEquals(Duration.ZERO, throttle.wait("uma"), "per user");
		clock.now = clock.now.plusSeconds(3);
		assertEquals(Duration.ofSeconds(1), throttle.wait("carla"));
		for (int i = 0; i < 30; i++) {
			throttle.failed("carla");
		}
		assertEquals(Duration.ofMinutes(5), throttle.wait("carla"), "never longer than five minutes");
		throttle.succeeded("carla");
		assertEquals(Duration.ZERO, throttle.wait("carla"));
	}

	@Test
	void theTokenEndpointRefusesEvenTheRightPasswordWhileThrottled() throws Exception {
		try (Fixture fixture = new Fixture(Backend.H2, folder)) {
			JsonNode wrong = TestClient.JSON.createObjectNode().put("user", "carla").put("password", "guess");
			Answer answer = null;
			for (int attempt = 0; attempt < 20; attempt++) {
				answer = fixture.client.post("/auth/token", null, wrong);
				if (answer.status() == 429 && answer.body().get("retryAfterSeconds").asLong() >= 2) {
					break;
				}
			}
			assertEquals(429, answer.status());
			assertEquals("too-many-attempts", answer.code());
			Answer right = fixture.client.post("/auth/token", null,
					TestClient.JSON.createObjectNode().put("user", "carla").put("password", Fixture.PASSWORD));
			assertEquals(429, right.status());
			assertEquals(200, fixture.client.post("/auth/token", null,
					TestClient.JSON.createObjectNode().put("user", "uma").put("password", Fixture.PASSWORD)).status());
		}
	}

	@Test
	void theTokenEndpointTakesOnlySmallBodies() throws Exception {
		try (Fixture fixture = new Fixture(Backend.H2, folder)) {
			String big = "{\"user\":\"carla\",\"password\":\"" + "x".repeat((int) SyncServer.OPEN_BODY_LIMIT) + "\"}";
			assertEquals(413, fixture.client.post("/auth/token", null, big).status());
		}
	}
}
