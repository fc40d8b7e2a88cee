package io.cartograph.core.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import io.cartograph.core.workspace.AtomicFiles;
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
 * Saving writes only the files that changed, each to a temporary file that is synced and then
 * renamed over the old one, after keeping the old one as {@code <file>.bak}: a crash leaves the
 * old file or the new one, never half of one.
 */
public final class LandscapeModel implements AutoCloseable {

	static final String BACKUP_SUFFIX = ".bak";

	private final Path folder;
	private final ComposedAdapterFactory adapterFactory;
	private final BasicCommandStack commandStack = new BasicCommandStack();
	private final AdapterFactoryEditingDomain domain;
	private final Map<ModelFile, Resource> resources = new EnumMap<>(ModelFile.class);
	private final List<Runnable> dirtyListeners = new CopyOnWriteArrayList<>();

	private LandscapeModel(Path folder) {
		this.folder = folder;
		adapterFactory = new ComposedAdapterFactory();
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new LandscapeItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		ResourceSet resourceSet = LandscapeResources.newResourceSet();
		domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, resourceSet);
		commandStack.addCommandStackListener(event -> {
			Command last = commandStack.getMostRecentCommand();
			if (last != null) {
				for (Object affected : last.getAffectedObjects()) {
					if (affected instanceof EObject object) {
						Identities.ensureTree(object);
					}
				}
			}
			dirtyListeners.forEach(Runnable::run);
		});
	}

	/** Opens the model in a workspace's landscape folder; files that do not exist yet start with default content. */
	public static LandscapeModel open(Path folder, String landscapeName) {
		LandscapeModel model = new LandscapeModel(folder);
		for (ModelFile file : ModelFile.values()) {
			model.load(file, landscapeName);
		}
		return model;
	}

	/** Creates the model files of a new workspace and returns the model opened on them. */
	public static LandscapeModel create(Path folder, String landscapeName) throws IOException {
		Files.createDirectories(folder);
		LandscapeModel model = open(folder, landscapeName);
		model.saveAll();
		return model;
	}

	private void load(ModelFile file, String landscapeName) {
		Path path = folder.resolve(file.fileName());
		Resource resource = domain.getResourceSet().createResource(URI.createFileURI(path.toString()));
		if (Files.exists(path)) {
			try {
				resource.load(null);
			} catch (IOException | RuntimeException e) {
				domain.getResourceSet().getResources().remove(resource);
				throw new ModelFileException(path, backupOf(path), reason(e), e);
			}
			if (resource.getContents().isEmpty() || !file.rootClass().isInstance(resource.getContents().get(0))) {
				throw new ModelFileException(path, backupOf(path), "it does not hold a " + file.rootClass().getName(), null);
			}
		} else {
			resource.getContents().add(DefaultContent.rootOf(file, landscapeName));
			resource.setModified(true);
		}
		resource.setTrackingModification(true);
		if (!Files.exists(path)) {
			resource.setModified(true);
		}
		resources.put(file, resource);
	}

	private static String reason(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage();
		return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
	}

	private static Path backupOf(Path file) {
		Path backup = file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
		return Files.exists(backup) ? backup : null;
	}

	/**
	 * Puts the backup of a damaged model file in its place. The damaged file is kept beside it as
	 * {@code <file>.damaged}, so that nothing is lost even if the user chose wrongly.
	 */
	public static void restoreBackup(Path file) throws IOException {
		Path backup = backupOf(file);
		if (backup == null) {
			throw new IOException("There is no backup of " + file);
		}
		if (Files.exists(file)) {
			Files.copy(file, file.resolveSibling(file.getFileName() + ".damaged"), StandardCopyOption.REPLACE_EXISTING);
		}
		AtomicFiles.write(file, Files.readAllBytes(backup));
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

	/** The files with changes that are not saved yet. */
	public Set<ModelFile> dirtyFiles() {
		Set<ModelFile> dirty = new LinkedHashSet<>();
		resources.forEach((file, resource) -> {
			if (resource.isModified()) {
				dirty.add(file);
			}
		});
		return dirty;
	}

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

	/** Saves the files that changed. */
	public void save() throws IOException {
		save(dirtyFiles());
	}

	/** Saves every file, changed or not. */
	public void saveAll() throws IOException {
		save(Set.of(ModelFile.values()));
	}

	private void save(Set<ModelFile> files) throws IOException {
		for (ModelFile file : files) {
			Resource resource = resources.get(file);
			Identities.ensureAll(resource);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
			resource.save(bytes, LandscapeResources.saveOptions());
			Path path = folder.resolve(file.fileName());
			if (Files.exists(path)) {
				AtomicFiles.write(path.resolveSibling(path.getFileName() + BACKUP_SUFFIX), Files.readAllBytes(path));
			}
			AtomicFiles.write(path, bytes.toByteArray());
			resource.setModified(false);
		}
		commandStack.saveIsDone();
		dirtyListeners.forEach(Runnable::run);
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
