package io.cartograph.connect.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonToken;

import io.cartograph.connect.Cancellation;
import io.cartograph.connect.ConnectorContext;
import io.cartograph.connect.ConnectorException;
import io.cartograph.connect.ConnectorException.Failure;
import io.cartograph.connect.DataSources;
import io.cartograph.connect.TestServer;
import io.cartograph.connect.TestServer.Answer;

class ODataPagesTest {

	private final DataSources sources = new DataSources();
	private final List<String> ids = new ArrayList<>();
	private TestServer server;
	private ApiClient client;

	@BeforeEach
	void start() throws IOException {
		server = new TestServer();
		client = ApiClient.forDataSource(ConnectorContext.of(sources.cpi(server.url()), sources));
	}

	@AfterEach
	void stop() {
		client.close();
		server.close();
	}

	private long read(String url, int pageSize) {
		return ODataPages.readAll(client, url, pageSize, new Cancellation(), parser -> {
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				if (name.equals("Id")) {
					ids.add(parser.getText());
				} else {
					parser.skipChildren();
				}
			}
		}, (entries, total) -> {
		});
	}

	@Test
	void v2FollowsNextLinksWhereverTheyStandInTheObject() {
		server.then("/v2/Items",
				Answer.json("{\"d\":{\"results\":[{\"Id\":\"1\"},{\"Id\":\"2\"}],\"__next\":\"" + server.url()
						+ "v2/Items?$skiptoken=2\"}}"),
				Answer.json("{\"d\":{\"__next\":\"v2/Items?$skiptoken=3\",\"results\":[{\"Id\":\"3\",\"Nested\":{\"x\":[1,2]}}]}}"),
				Answer.json("{\"d\":{\"results\":[]}}"));
		assertEquals(3, read("v2/Items", 0));
		assertEquals(List.of("1", "2", "3"), ids);
		assertEquals("$skiptoken=3", server.requests.get(2).query());
	}

	@Test
	void v4FollowsNextLink() {
		server.then("/v4/Items",
				Answer.json("{\"@odata.context\":\"$metadata#Items\",\"value\":[{\"Id\":\"a\"}],"
						+ "\"@odata.nextLink\":\"v4/Items?$skiptoken=1\"}"),
				Answer.json("{\"value\":[{\"Id\":\"b\"}]}"));
		assertEquals(2, read("v4/Items", 0));
		assertEquals(List.of("a", "b"), ids);
	}

	@Test
	void fullPagesWithoutNextLinkContinueWithSkip() {
		server.then("/v2/Items", Answer.json("{\"d\":{\"results\":[{\"Id\":\"1\"},{\"Id\":\"2\"}]}}"),
				Answer.json("{\"d\":{\"results\":[{\"Id\":\"3\"},{\"Id\":\"4\"}]}}"),
				Answer.json("{\"d\":{\"results\":[{\"Id\":\"5\"}]}}"));
		assertEquals(5, read("v2/Items?$filter=x", 2));
		assertEquals(List.of("$filter=x&$top=2", "$filter=x&$top=2&$skip=2", "$filter=x&$top=2&$skip=4"),
				server.requests.stream().map(TestServer.Request::query).toList());
	}

	@Test
	void aNextLinkToAnotherHostIsNotFollowed() {
		server.then("/v2/Items", Answer.json("{\"d\":{\"results\":[],\"__next\":\"https://evil.example.com/steal\"}}"));
		ConnectorException e = assertThrows(ConnectorException.class, () -> read("v2/Items", 0));
		assertEquals(Failure.MALFORMED_RESPONSE, e.failure());
		assertEquals(1, server.requests.size());
	}

	@Test
	void anAnswerWithoutACollectionIsMalformed() {
		server.then("/v2/Items", Answer.json("{\"d\":{\"Id\":\"single\"}}"));
		ConnectorException e = assertThrows(ConnectorException.class, () -> read("v2/Items", 0));
		assertEquals(Failure.MALFORMED_RESPONSE, e.failure());
		assertTrue(e.getMessage().contains("v2/Items"), e.getMessage());
	}

	@Test
	void pagesAboveTheODataLimitAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> read("v2/Items", 1001));
	}
}
