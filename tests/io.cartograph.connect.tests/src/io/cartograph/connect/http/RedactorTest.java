package io.cartograph.connect.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RedactorTest {

	@Test
	void hidesKnownSecretsTokensAndAuthorizationValues() {
		Redactor redactor = new Redactor();
		redactor.hide("topsecret");
		String cleaned = redactor.clean("pw=topsecret {\"access_token\": \"abc.def\"} Authorization: Bearer xyz123");
		assertFalse(cleaned.contains("topsecret") || cleaned.contains("abc.def") || cleaned.contains("xyz123"), cleaned);
		assertEquals("pw=[hidden] {\"access_token\": \"[hidden]\"} Authorization: Bearer [hidden]", cleaned);
	}

	@Test
	void excerptsAreShortAndOnOneLine() {
		String excerpt = new Redactor().excerpt("line one\n\tline two " + "x".repeat(500));
		assertTrue(excerpt.length() <= 203 && !excerpt.contains("\n"), excerpt);
		assertEquals("(empty body)", new Redactor().excerpt(""));
	}

	@Test
	void retryAfterReadsSecondsAndDates() {
		Instant now = Instant.parse("2025-06-30T12:00:00Z");
		assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse("120", now));
		assertEquals(Optional.of(Duration.ofSeconds(30)), RetryAfter.parse("Mon, 30 Jun 2025 12:00:30 GMT", now));
		assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Mon, 30 Jun 2025 11:00:00 GMT", now));
		assertEquals(Optional.empty(), RetryAfter.parse("soon", now));
	}

	@Test
	void queryValuesArePercentEncoded() {
		assertEquals("a?$filter=LogStart%20ge%20datetime%272025-01-01T00%3A00%3A00%27",
				Query.with("a", "$filter", "LogStart ge datetime'2025-01-01T00:00:00'"));
		assertEquals("a?x=1&$top=5", Query.with("a?$top=2&x=1", "$top", "5"));
	}
}
