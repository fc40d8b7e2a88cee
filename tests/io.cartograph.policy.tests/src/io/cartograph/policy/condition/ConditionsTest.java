package io.cartograph.policy.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionsTest {

	static final Variables POST = Variables.of(Map.of("request.verb", "POST", "proxy.pathsuffix", "/orders/42/items",
			"request.header.x-api-key", "abc", "response.status.code", "201", "flag", "false"));

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiterString = " -> ", value = {
			"request.verb = \"POST\" -> true",
			"request.verb == \"post\" -> false",
			"request.verb := \"post\" -> true",
			"request.verb EqualsCaseInsensitive \"post\" -> true",
			"request.verb equals \"POST\" -> true",
			"request.verb != \"GET\" -> true",
			"request.verb = \"POST\" or request.verb = \"PUT\" -> true",
			"request.verb = \"GET\" OR request.verb = \"DELETE\" -> false",
			"(request.verb = \"POST\") AND NOT (request.verb = \"PUT\") -> true",
			"request.verb = \"GET\" or request.verb = \"POST\" and flag -> false",
			"!(request.verb = \"GET\") && request.header.x-api-key -> true",
			"response.status.code >= 200 and response.status.code < 300 -> true",
			"response.status.code > 1000 -> false",
			"proxy.pathsuffix =| \"/orders\" -> true",
			"proxy.pathsuffix ~ \"/orders/*\" -> true",
			"proxy.pathsuffix MatchesPath \"/orders/*\" -> false",
			"proxy.pathsuffix ~/ \"/orders/*/items\" -> true",
			"proxy.pathsuffix ~/ \"/orders/**\" -> true",
			"proxy.pathsuffix ~~ \"/orders/[0-9]+/items\" -> true",
			"proxy.pathsuffix JavaRegex \"/orders/(\" -> false",
			"request.header.missing = null -> true",
			"request.header.missing != \"x\" -> true",
			"request.header.missing = \"\" -> false",
			"flag -> false",
			"request.header.missing -> false",
			"'' -> true" })
	void evaluatesAsDocumented(String condition, boolean expected) throws Exception {
		String text = condition.equals("''") ? "" : condition;
		assertEquals(expected, Conditions.parse(text).test(POST), text);
	}

	@Test
	void notBindsTighterThanAndWhichBindsTighterThanOr() throws Exception {
		Condition condition = Conditions.parse("a or b and not c");
		Condition.Or or = assertInstanceOf(Condition.Or.class, condition);
		Condition.And and = assertInstanceOf(Condition.And.class, or.right());
		assertInstanceOf(Condition.Not.class, and.right());
	}

	@Test
	void knowsTheVariablesItReads() throws Exception {
		assertEquals(Set.of("request.verb", "private.user", "x"),
				Conditions.parse("request.verb = \"POST\" and (private.user != null or x)").variables());
	}

	@Test
	void syntaxErrorsSayWhatAndWhere() {
		List<Object[]> cases = List.of(
				new Object[] { "request.verb = ", 14, "Expected a variable or a quoted value after '=' but the condition ends" },
				new Object[] { "(request.verb = \"GET\"", 0, "This '(' is not closed" },
				new Object[] { "request.verb = \"GET\")", 20, "This ')' closes no '('" },
				new Object[] { "request.verb = \"GET", 15, "The string is not closed: add \" at its end" },
				new Object[] { "request.verb # \"GET\"", 13, "Unexpected character '#'" },
				new Object[] { "a = \"x\" b", 8, "Expected AND, OR or the end of the condition, found 'b'" },
				new Object[] { "and a", 0, "Expected a variable, a quoted value or '(', found 'and'" });
		for (Object[] each : cases) {
			ConditionSyntaxException error = assertThrows(ConditionSyntaxException.class, () -> Conditions.parse((String) each[0]),
					(String) each[0]);
			assertEquals(each[2], error.getMessage(), (String) each[0]);
			assertEquals(each[1], error.offset(), (String) each[0]);
		}
	}

	@Test
	void operatorWordsAreCaseInsensitiveButVariablesAreNot() throws Exception {
		assertTrue(Conditions.parse("request.verb STARTSWITH \"PO\"").test(POST));
		assertFalse(Conditions.parse("REQUEST.VERB = \"POST\"").test(POST));
	}
}
