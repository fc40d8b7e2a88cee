package io.cartograph.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cartograph.core.model.ModelFile;
import io.cartograph.core.workspace.Workspace;

/**
 * A workspace's model files as they are at one server revision: what a teammate starts from. The
 * server keeps them as opaque text. Only the model files travel (no store, no secrets), and only
 * those are written when a snapshot is unpacked: a path from the server never chooses where a
 * file goes.
 *
 * @param revision the server revision the files correspond to
 * @param files    relative path in the workspace ({@code landscape/landscape.xmi}) to file text
 */
public record Snapshot(long revision, Map<String, String> files) {

	public Snapshot {
		files = Map.copyOf(files);
	}

	/** The saved model files of a workspace (save the model first). */
	public static Snapshot of(Workspace workspace, long revision) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		for (ModelFile file : ModelFile.values()) {
			Path path = workspace.landscapeFolder().resolve(file.fileName());
			if (Files.isRegularFile(path)) {
				files.put(pathOf(file), Files.readString(path));
			}
		}
		return new Snapshot(revision, files);
	}

	static String pathOf(ModelFile file) {
		return Workspace.LANDSCAPE_FOLDER + "/" + file.fileName();
	}

	ObjectNode toJson() {
		ObjectNode node = ChangeSetCodec.MAPPER.createObjectNode();
		node.put("revision", revision);
		ObjectNode files = node.putObject("files");
		this.files.forEach(files::put);
		return node;
	}

	static Snapshot fromJson(JsonNode node) {
		Map<String, String> files = new LinkedHashMap<>();
		node.path("files").fields().forEachRemaining(field -> files.put(field.getKey(), field.getValue().asText()));
		return new Snapshot(node.path("revision").asLong(), files);
	}
}
