package io.cartograph.core.workspace;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

import io.cartograph.core.CartographVersion;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.model.ModelCounts;
import io.cartograph.core.model.ModelFileException;
import io.cartograph.store.LocalStore;
import io.cartograph.store.StoreException;

/**
 * A Cartograph workspace: a folder the user owns and may copy elsewhere, holding
 * <ul>
 * <li>{@code cartograph-workspace.properties}: name, format version, when and by which version
 * it was created;</li>
 * <li>{@code landscape/}: the landscape model;</li>
 * <li>{@code store/}: the local H2 store (task runs, raw artifacts, ...).</li>
 * </ul>
 * Window layouts and other per-user settings are deliberately not kept here. An open workspace
 * holds its store open; close the workspace to release it.
 */
public final class Workspace implements AutoCloseable {

	public static final String DESCRIPTOR_FILE_NAME = WorkspaceDescriptor.FILE_NAME;
	public static final String LANDSCAPE_FOLDER = "landscape";
	public static final String STORE_FOLDER = "store";

	/** The workspace format this build writes, and the newest it opens. */
	public static final int FORMAT_VERSION = WorkspaceDescriptor.CURRENT_FORMAT;

	private static final String HOW_TO_CREATE =
			"Use File > New Workspace... or `cartograph cli workspace create`.";

	private final Path root;
	private final WorkspaceDescriptor descriptor;
	private final LocalStore store;
	private LandscapeModel model;

	private Workspace(Path root, WorkspaceDescriptor descriptor, LocalStore store) {
		this.root = root;
		this.descriptor = descriptor;
		this.store = store;
	}

	/** Whether the folder holds a workspace descriptor (it may still be damaged or too new). */
	public static boolean isWorkspace(Path folder) {
		return Files.isRegularFile(folder.resolve(DESCRIPTOR_FILE_NAME));
	}

	/**
	 * Opens an existing workspace and its store.
	 *
	 * @throws WorkspaceException when the folder is missing, not a workspace, of a newer format,
	 *                            has a damaged descriptor, or its store cannot be opened
	 */
	public static Workspace open(Path folder) {
		Path root = folder.toAbsolutePath().normalize();
		if (!Files.exists(root)) {
			throw new WorkspaceException(root + " does not exist. " + HOW_TO_CREATE);
		}
		if (!Files.isDirectory(root)) {
			throw new WorkspaceException(root + " is a file, not a workspace folder.");
		}
		if (!isWorkspace(root)) {
			throw new WorkspaceException(root + " is not a Cartograph workspace (no "
					+ DESCRIPTOR_FILE_NAME + "). " + HOW_TO_CREATE);
		}
		WorkspaceDescriptor descriptor = WorkspaceDescriptor.read(root.resolve(DESCRIPTOR_FILE_NAME));
		return new Workspace(root, descriptor, openStore(root));
	}

	/**
	 * Creates a workspace in a new or empty folder and returns it opened. The descriptor is
	 * written last, so a creation that fails half-way never leaves something that looks like a
	 * workspace; what was created is removed again.
	 *
	 * @throws WorkspaceException when the folder is already a workspace, is not empty, or cannot
	 *                            be written
	 */
	public static Workspace create(Path folder, String name) {
		Path root = folder.toAbsolutePath().normalize();
		String cleanName = name == null ? "" : name.strip();
		if (cleanName.isEmpty()) {
			throw new WorkspaceException("A workspace needs a name.");
		}
		if (isWorkspace(root)) {
			throw new WorkspaceException(root + " is already a Cartograph workspace. "
					+ "Open it instead of creating it again.");
		}
		boolean rootExisted = Files.exists(root);
		if (rootExisted && !Files.isDirectory(root)) {
			throw new WorkspaceException(root + " is a file. Choose a new or empty folder for the workspace.");
		}
		if (rootExisted && !isEmptyFolder(root)) {
			throw new WorkspaceException(root + " is not empty and is not a Cartograph workspace. "
					+ "Choose a new or empty folder for the workspace.");
		}
		WorkspaceDescriptor descriptor = new WorkspaceDescriptor(cleanName,
				FORMAT_VERSION, Instant.now().truncatedTo(ChronoUnit.SECONDS), CartographVersion.current());
		LocalStore store = null;
		LandscapeModel model = null;
		try {
			Files.createDirectories(root.resolve(LANDSCAPE_FOLDER));
			AtomicFiles.writeString(root.resolve(LANDSCAPE_FOLDER).resolve("README.md"), LandscapeReadme.TEXT);
			model = LandscapeModel.create(root.resolve(LANDSCAPE_FOLDER), cleanName);
			store = openStore(root);
			descriptor.write(root.resolve(DESCRIPTOR_FILE_NAME));
			Workspace workspace = new Workspace(root, descriptor, store);
			// The model just written is the one the caller works on: no second read from disk.
			workspace.model = model;
			return workspace;
		} catch (IOException | RuntimeException e) {
			if (model != null) {
				model.close();
			}
			if (store != null) {
				try {
					store.close();
				} catch (RuntimeException closeFailure) {
					e.addSuppressed(closeFailure);
				}
			}
			removeCreated(root, rootExisted, e);
			if (e instanceof WorkspaceException workspaceProblem) {
				throw workspaceProblem;
			}
			if (e instanceof IOException ioProblem) {
				throw WorkspaceException.because("Cannot create a workspace in " + root, ioProblem);
			}
			throw (RuntimeException) e;
		}
	}

	private static LocalStore openStore(Path root) {
		try {
			return LocalStore.open(root.resolve(STORE_FOLDER), CartographVersion.current());
		} catch (StoreException e) {
			throw new WorkspaceException(e.getMessage(), e);
		}
	}

	private static boolean isEmptyFolder(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		} catch (IOException e) {
			throw WorkspaceException.because("Cannot look into " + folder, e);
		}
	}

	/** The folder was empty or missing before: everything in it now is ours to remove. */
	private static void removeCreated(Path root, boolean keepRoot, Exception failure) {
		if (!Files.exists(root)) {
			return;
		}
		try {
			Files.walkFileTree(root, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
					Files.delete(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
					if (!(keepRoot && directory.equals(root))) {
						Files.delete(directory);
					}
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException cleanupFailure) {
			failure.addSuppressed(cleanupFailure);
		}
	}

	public Path root() {
		return root;
	}

	public String name() {
		return descriptor.name();
	}

	public int formatVersion() {
		return descriptor.formatVersion();
	}

	public Instant created() {
		return descriptor.created();
	}

	/** The Cartograph version that created the workspace. */
	public String createdBy() {
		return descriptor.createdBy();
	}

	public LocalStore store() {
		return store;
	}

	public Path landscapeFolder() {
		return root.resolve(LANDSCAPE_FOLDER);
	}

	/**
	 * The landscape model, loaded on first use.
	 *
	 * @throws ModelFileException when a model file cannot be read
	 */
	public synchronized LandscapeModel model() {
		if (model == null) {
			model = LandscapeModel.open(landscapeFolder(), name());
		}
		return model;
	}

	/** Whether the model has been loaded. */
	public synchronized boolean isModelLoaded() {
		return model != null;
	}

	/**
	 * Looks through the folder, the store and the model now (loading the model if needed); takes
	 * a moment for big workspaces. A model that cannot be read is reported, not thrown.
	 */
	public WorkspaceInfo info() {
		FolderContents contents = FolderContents.of(root);
		Path storeFile = store.databaseFile();
		long storeBytes;
		try {
			storeBytes = Files.size(storeFile);
		} catch (IOException e) {
			storeBytes = 0;
		}
		ModelCounts counts = null;
		String modelProblem = null;
		try {
			counts = ModelCounts.of(model());
		} catch (ModelFileException e) {
			modelProblem = e.getMessage();
		}
		return new WorkspaceInfo(name(), root, formatVersion(), created(), createdBy(),
				contents.files(), contents.bytes(), store.schemaVersion(), storeFile, storeBytes, counts, modelProblem);
	}

	public boolean isClosed() {
		return store.isClosed();
	}

	/** Drops the model and closes the store. Closing twice does nothing. */
	@Override
	public void close() {
		synchronized (this) {
			if (model != null) {
				model.close();
				model = null;
			}
		}
		try {
			store.close();
		} catch (StoreException e) {
			throw new WorkspaceException(e.getMessage(), e);
		}
	}

	@Override
	public String toString() {
		return "Workspace[" + name() + " at " + root + "]";
	}
}
