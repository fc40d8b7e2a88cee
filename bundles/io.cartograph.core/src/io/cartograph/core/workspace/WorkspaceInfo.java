package io.cartograph.core.workspace;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.cartograph.core.model.ModelCounts;

/**
 * A snapshot of what a workspace is and holds, for {@code cartograph cli workspace info} and
 * the UI.
 *
 * @param fileCount  regular files in the workspace folder, the store's files included: this is
 *                   what someone copies when taking the workspace to a customer site
 * @param totalBytes size of those files
 * @param storeFile  the H2 database file
 * @param storeBytes size of the database file alone
 * @param model      what the landscape model holds; null when it cannot be read
 * @param modelProblem why the model cannot be read (naming the file and its backup); null when
 *                   it can
 */
public record WorkspaceInfo(
		String name,
		Path root,
		int formatVersion,
		Instant created,
		String createdBy,
		long fileCount,
		long totalBytes,
		int storeSchemaVersion,
		Path storeFile,
		long storeBytes,
		ModelCounts model,
		String modelProblem) {

	/** Several lines of text for people; the labels line up. */
	public String describe() {
		StringBuilder text = new StringBuilder();
		line(text, "Workspace", name);
		line(text, "Folder", root.toString());
		line(text, "Format version", Integer.toString(formatVersion));
		line(text, "Created", created + " by Cartograph " + createdBy);
		line(text, "Contents", fileCount + (fileCount == 1 ? " file, " : " files, ")
				+ size(totalBytes) + " (store included)");
		line(text, "Store", storeFile + " (schema version " + storeSchemaVersion + ", "
				+ size(storeBytes) + ")");
		line(text, "Model", model != null ? model.describe() : "cannot be read. " + modelProblem);
		return text.toString();
	}

	/**
	 * The same facts with stable keys and plain values (strings and numbers), e.g. for JSON. The
	 * model's counts come last; when the model cannot be read, {@code modelProblem} stands in
	 * their place.
	 */
	public Map<String, Object> asMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("name", name);
		map.put("root", root.toString());
		map.put("formatVersion", formatVersion);
		map.put("created", created.toString());
		map.put("createdBy", createdBy);
		map.put("fileCount", fileCount);
		map.put("totalBytes", totalBytes);
		map.put("storeSchemaVersion", storeSchemaVersion);
		map.put("storeFile", storeFile.toString());
		map.put("storeBytes", storeBytes);
		if (model != null) {
			map.put("systems", model.systems());
			map.put("interfaces", model.interfaces());
			map.put("endToEndIntegrations", model.endToEndIntegrations());
			map.put("dataSources", model.dataSources());
			map.put("rules", model.rules());
		} else {
			map.put("modelProblem", modelProblem);
		}
		return map;
	}

	private static void line(StringBuilder text, String label, String value) {
		text.append(String.format(Locale.ROOT, "%-16s%s%n", label, value));
	}

	/** 1023 bytes, 1.5 KiB, 12.0 MiB: binary units, one decimal, the same in every locale. */
	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + (bytes == 1 ? " byte" : " bytes");
		}
		String[] units = {"KiB", "MiB", "GiB", "TiB"};
		double value = bytes;
		int unit = -1;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
	}
}
