package io.cartograph.core.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import io.cartograph.core.model.LandscapeResources.LandscapeResource;
import io.cartograph.core.model.ModelBackups.Disk;
import io.cartograph.core.workspace.AtomicFiles;
import io.cartograph.core.workspace.PreparedFile;
import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.DataSourceCatalog;
import io.cartograph.model.landscape.IntegrationCatalog;
import io.cartograph.model.landscape.InterfaceCatalog;
import io.cartograph.model.landscape.Landscape;
import io.cartograph.model.landscape.Onboarding;
import io.cartograph.model.landscape.RuleBook;
import io.cartograph.model.landscape.provider.LandscapeItemProviderAdapterFactory;

/**
 * A workspace's landscape model: its files loaded into one resource set, edited through one
 * editing domain whose command stack gives undo and redo, and saved atomically file by file.
 * <p>
 * Saving writes only the files that changed, each streamed to a temporary file that is synced
 * and then renamed over the old one, after keeping the old one as {@code <file>.bak}: a crash
 * leaves the old file or the new one, never half of one. Not thread-safe: use it from one thread (the UI's).
 */
public final class LandscapeModel implements AutoCloseable {

	private final Path folder;
	private final ComposedAdapterFactory adapterFactory;
	private final ModelCommandStack commandStack = new ModelCommandStack();
	private final AdapterFactoryEditingDomain domain;
	private final ObjectsByUuid objects;
	private final Map<ModelFile, LandscapeResource> resources = new EnumMap<>(ModelFile.class);
	private final List<Runnable> dirtyListeners = new CopyOnWriteArrayList<>();
	private final List<Runnable> saveListeners = new CopyOnWriteArrayList<>();
	private Disk disk = PreparedFile::commit;

	private LandscapeModel(Path folder) {
		this.folder = folder;
		adapterFactory = new ComposedAdapterFactory();
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new LandscapeItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, LandscapeResources.newResourceSet());
		objects = new ObjectsByUuid(domain.getResourceSet());
		commandStack.addCommandStackListener(event -> dirtyListeners.forEach(Runnable::run));
	}

	/**
	 * Opens the model in a workspace's landscape folder; files that do not exist yet start with
	 * default content (and are written by the next save).
	 *
	 * @throws ModelFileException when a file cannot be read, or is missing while its backup exists
	 */
	public static LandscapeModel open(Path folder, String landscapeName) {
		LandscapeModel model = new LandscapeModel(folder);
		try {
			for (ModelFile file : ModelFile.LOAD_ORDER) {
				model.load(file, landscapeName);
			}
		} catch (RuntimeException e) {
			model.close();
			throw e;
		}
		return model;
	}

	/** Creates the model files of a new workspace and returns the model opened on them. */
	public static LandscapeModel create(Path folder, String landscapeName) throws IOException {
		Files.createDirectories(folder);
		LandscapeModel model = open(folder, landscapeName);
		try {
			model.saveAll();
		} catch (IOException | RuntimeException e) {
			model.close();
			throw e;
		}
		return model;
	}

	private void load(ModelFile file, String landscapeName) {
		Path path = folder.resolve(file.fileName());
		LandscapeResource resource = (LandscapeResource) domain.getResourceSet()
				.createResource(URI.createFileURI(path.toAbsolutePath().toString()));
		boolean onDisk = ModelBackups.present(path);
		if (onDisk) {
			try {
				resource.load(LandscapeResources.loadOptions());
			} catch (IOException | RuntimeException e) {
				throw new ModelFileException(path, ModelBackups.backupOf(path), Reasons.of(e), e);
			}
			if (resource.getContents().isEmpty() || !file.rootClass().isInstance(resource.getContents().get(0))) {
				throw new ModelFileException(path, ModelBackups.backupOf(path),
						"it does not hold a " + file.rootClass().getName(), null);
			}
			DefaultContent.completeLoaded(file, resource.getContents().get(0));
		} else {
			resource.getContents().add(DefaultContent.rootOf(file, landscapeName));
		}
		resource.onChange(change -> {
			commandStack.changed(resource);
			objects.changed(change);
		});
		resource.setTrackingModification(true);
		resource.setModified(!onDisk);
		commandStack.follow(resource, !onDisk);
		resources.put(file, resource);
	}

	/**
	 * Puts the backup of a damaged (or missing) model file in its place. The damaged file is kept
	 * beside it as {@code <file>.damaged} (numbered if that exists), so that nothing is lost even
	 * if the user chose wrongly.
	 *
	 * @return where the damaged file was kept, if there was one
	 * @throws IOException when there is no backup, or the files cannot be written
	 */
	public static Optional<Path> restoreBackup(Path file) throws IOException {
		return ModelBackups.restore(file);
	}

	public Path folder() {
		return folder;
	}

	public EditingDomain editingDomain() {
		return domain;
	}

	public BasicCommandStack commandStack() {
		return commandStack;
	}

	public ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	public Resource resource(ModelFile file) {
		return resources.get(file);
	}

	/** The file an object of this model is saved in. */
	public Optional<ModelFile> fileOf(EObject object) {
		Resource resource = object.eResource();
		return resources.entrySet().stream().filter(entry -> entry.getValue() == resource)
				.map(Map.Entry::getKey).findFirst();
	}

	/** The object with this UUID, in whichever file it is. */
	public Optional<EObject> find(String uuid) {
		return objects.find(uuid);
	}

	private <T> T root(ModelFile file, Class<T> type) {
		return type.cast(resources.get(file).getContents().get(0));
	}

	public Landscape landscape() {
		return root(ModelFile.LANDSCAPE, Landscape.class);
	}

	public InterfaceCatalog interfaces() {
		return root(ModelFile.INTERFACES, InterfaceCatalog.class);
	}

	public IntegrationCatalog integrations() {
		return root(ModelFile.INTEGRATIONS, IntegrationCatalog.class);
	}

	public DataSourceCatalog dataSources() {
		return root(ModelFile.DATA_SOURCES, DataSourceCatalog.class);
	}

	public RuleBook rules() {
		return root(ModelFile.RULES, RuleBook.class);
	}

	public ApiManagement apiManagement() {
		return root(ModelFile.API_MANAGEMENT, ApiManagement.class);
	}

	public Onboarding onboarding() {
		return root(ModelFile.ONBOARDING, Onboarding.class);
	}

	/** Every root object, in file order. */
	public List<EObject> roots() {
		List<EObject> roots = new ArrayList<>();
		resources.values().forEach(resource -> roots.add(resource.getContents().get(0)));
		return roots;
	}

	/**
	 * The files whose content in memory differs from the last save: changed by a command since
	 * (undoing back to the save makes them clean again), changed outside commands, or not on disk
	 * yet.
	 */
	public Set<ModelFile> dirtyFiles() {
		Set<ModelFile> dirty = new LinkedHashSet<>();
		resources.forEach((file, resource) -> {
			if (commandStack.unsaved(resource)) {
				dirty.add(file);
			}
		});
		return dirty;
	}

	/** Whether something is unsaved: a file, or a command done since the last save. */
	public boolean isDirty() {
		return commandStack.isSaveNeeded() || !dirtyFiles().isEmpty();
	}

	/** Told after every executed, undone or redone command and after every save. */
	public void addDirtyListener(Runnable listener) {
		dirtyListeners.add(listener);
	}

	public void removeDirtyListener(Runnable listener) {
		dirtyListeners.remove(listener);
	}

	/** Told after a save that left no file unsaved: what is on disk is now what is in memory. */
	public void addSaveListener(Runnable listener) {
		saveListeners.add(listener);
	}

	public void removeSaveListener(Runnable listener) {
		saveListeners.remove(listener);
	}

	/**
	 * Saves the files that changed. Every file is first written as XMI to a temporary file beside
	 * it, so that a model that cannot be written (or a full disk) fails before any model file is
	 * replaced; then the files are moved into place one by one in {@link ModelFile} order. When
	 * that fails for one, the files before it are saved, it and the ones after it keep their old
	 * content on disk and stay dirty.
	 *
	 * @throws IOException naming the file that could not be written
	 */
	public void save() throws IOException {
		save(dirtyFiles());
	}

	/** Saves every file, changed or not (files whose content is the same are left alone). */
	public void saveAll() throws IOException {
		save(EnumSet.allOf(ModelFile.class));
	}

	private void save(Set<ModelFile> files) throws IOException {
		Map<ModelFile, PreparedFile> prepared = new EnumMap<>(ModelFile.class);
		try {
			for (ModelFile file : files) {
				prepared.put(file, serialize(file));
			}
			for (Map.Entry<ModelFile, PreparedFile> entry : prepared.entrySet()) {
				Resource resource = resources.get(entry.getKey());
				ModelBackups.replace(entry.getValue(), disk);
				commandStack.saved(resource);
				resource.setModified(false);
			}
			if (dirtyFiles().isEmpty()) {
				commandStack.saveIsDone();
				saveListeners.forEach(Runnable::run);
			}
		} finally {
			prepared.values().forEach(PreparedFile::close);
			dirtyListeners.forEach(Runnable::run);
		}
	}

	/** Writes a file's XMI beside it, ready to replace it; nothing is replaced yet. */
	private PreparedFile serialize(ModelFile file) throws IOException {
		LandscapeResource resource = resources.get(file);
		Identities.ensureAll(resource);
		Path path = folder.resolve(file.fileName());
		try {
			return AtomicFiles.prepare(path, out -> resource.save(out, LandscapeResources.saveOptions()));
		} catch (IOException | RuntimeException e) {
			throw new IOException("Cannot save " + path + ": " + Reasons.of(e)
					+ ". Nothing was written; the changes are still open in Cartograph.", e);
		} finally {
			// EMF counts a resource as saved once serialized; it is not until it is on disk.
			resource.setModified(true);
		}
	}

	void useDisk(Disk replacement) {
		disk = replacement;
	}

	/** Drops the loaded objects; the model cannot be used afterwards. */
	@Override
	public void close() {
		commandStack.flush();
		for (Resource resource : resources.values()) {
			resource.unload();
		}
		domain.getResourceSet().getResources().clear();
		adapterFactory.dispose();
	}
}
