package io.cartograph.releng;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's code generator on cartograph.genmodel without an IDE.
 * <ul>
 * <li>{@code --generate ROOT}: rewrites src-gen of io.cartograph.model and io.cartograph.model.edit.</li>
 * <li>{@code --check ROOT SCRATCH}: generates into SCRATCH and fails when the committed code differs.</li>
 * <li>{@code --init ROOT}: writes a fresh .genmodel from the .ecore (once, when the model is new).</li>
 * </ul>
 */
public final class ModelGenerator {

	private static final String MODEL = "io.cartograph.model";
	private static final String EDIT = "io.cartograph.model.edit";
	/** What the generator owns: everything else in the two bundles is written by hand. */
	private static final List<String> GENERATED = List.of("src-gen", "icons", "plugin.properties");

	private ModelGenerator() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 2) {
			System.err.println("usage: ModelGenerator --generate|--check|--init ROOT [SCRATCH]");
			System.exit(2);
		}
		Path root = Path.of(args[1]).toAbsolutePath().normalize();
		int status = switch (args[0]) {
		case "--init" -> init(root);
		case "--generate" -> generate(root, root.resolve("bundles"), true);
		case "--check" -> check(root, Path.of(args[2]).toAbsolutePath());
		default -> 2;
		};
		// EMF leaves a reference-queue thread running: end explicitly.
		System.exit(status);
	}

	private static Path modelFolder(Path root) {
		return root.resolve("bundles").resolve(MODEL).resolve("model");
	}

	private static int init(Path root) throws IOException {
		ResourceSet resources = resourceSet(root.resolve("bundles"));
		Resource ecore = resources.getResource(URI.createFileURI(modelFolder(root).resolve("cartograph.ecore").toString()), true);
		EPackage landscape = (EPackage) ecore.getContents().get(0);
		GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
		genModel.initialize(Collections.singleton(landscape));
		Resource out = resources.createResource(URI.createFileURI(modelFolder(root).resolve("cartograph.genmodel").toString()));
		out.getContents().add(genModel);
		genModel.setModelName("Cartograph");
		genModel.setModelPluginID(MODEL);
		genModel.setEditPluginID(EDIT);
		genModel.setModelDirectory("/" + MODEL + "/src-gen");
		genModel.setEditDirectory("/" + EDIT + "/src-gen");
		genModel.setEditPluginClass("io.cartograph.model.landscape.provider.CartographEditPlugin");
		genModel.setComplianceLevel(GenJDKLevel.JDK80_LITERAL);
		genModel.setCopyrightFields(false);
		genModel.setBundleManifest(false);
		genModel.setUpdateClasspath(false);
		genModel.setOperationReflection(true);
		genModel.setImportOrganizing(true);
		genModel.setCodeFormatting(false);
		genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
		genModel.getForeignModel().add("cartograph.ecore");
		GenPackage genPackage = genModel.getGenPackages().get(0);
		genPackage.setPrefix("Landscape");
		genPackage.setBasePackage("io.cartograph.model");
		genPackage.setDisposableProviderFactory(true);
		out.save(Map.of());
		System.out.println("Wrote " + out.getURI().toFileString());
		return 0;
	}

	/** @param saveGenModel write the reconciled .genmodel back, so that it follows the .ecore */
	private static int generate(Path root, Path bundles, boolean saveGenModel) throws IOException {
		ResourceSet resources = resourceSet(bundles);
		Resource resource = resources.getResource(
				URI.createFileURI(modelFolder(root).resolve("cartograph.genmodel").toString()), true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		genModel.reconcile();
		if (saveGenModel) {
			resource.save(Map.of());
		}
		genModel.setCanGenerate(true);
		genModel.setValidateModel(true);
		Diagnostic valid = genModel.diagnose();
		if (valid.getSeverity() == Diagnostic.ERROR) {
			System.err.println("The genmodel is not valid: " + valid);
			return 1;
		}
		for (String plugin : List.of(MODEL, EDIT)) {
			for (String owned : GENERATED) {
				deleteTree(bundles.resolve(plugin).resolve(owned));
			}
		}
		Generator generator = new Generator();
		generator.setInput(genModel);
		for (String type : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
			Diagnostic result = generator.generate(genModel, type, new BasicMonitor());
			if (result.getSeverity() == Diagnostic.ERROR) {
				System.err.println("Generation failed: " + result);
				return 1;
			}
		}
		System.out.println("Generated model and edit code into " + bundles);
		return 0;
	}

	private static int check(Path root, Path scratch) throws IOException {
		deleteTree(scratch);
		// The generator reads the hand-written manifests (names, localization): give it the same ones.
		for (String plugin : List.of(MODEL, EDIT)) {
			for (String handWritten : List.of("META-INF/MANIFEST.MF", "plugin.xml", "build.properties")) {
				Path target = scratch.resolve(plugin).resolve(handWritten);
				Files.createDirectories(target.getParent());
				Files.copy(root.resolve("bundles").resolve(plugin).resolve(handWritten), target);
			}
		}
		if (generate(root, scratch, false) != 0) {
			return 1;
		}
		List<String> differences = new ArrayList<>();
		for (String plugin : List.of(MODEL, EDIT)) {
			for (String owned : GENERATED) {
				compare(root.resolve("bundles").resolve(plugin).resolve(owned), scratch.resolve(plugin).resolve(owned),
						plugin + "/" + owned, differences);
			}
		}
		if (!differences.isEmpty()) {
			System.err.println("The committed generated code is not what cartograph.ecore/.genmodel produce:");
			differences.stream().limit(20).forEach(d -> System.err.println("  " + d));
			System.err.println("Run ./cartograph generate-model and commit the result.");
			return 1;
		}
		System.out.println("Generated model code is up to date with cartograph.ecore.");
		return 0;
	}

	private static void compare(Path committed, Path fresh, String label, List<String> differences) throws IOException {
		TreeSet<String> names = new TreeSet<>();
		names.addAll(relativeFiles(committed));
		names.addAll(relativeFiles(fresh));
		for (String name : names) {
			Path a = committed.resolve(name);
			Path b = fresh.resolve(name);
			if (!Files.exists(a)) {
				differences.add("missing in the repository: " + label + "/" + name);
			} else if (!Files.exists(b)) {
				differences.add("no longer generated: " + label + "/" + name);
			} else if (Files.mismatch(a, b) != -1) {
				differences.add("changed: " + label + "/" + name);
			}
		}
	}

	private static List<String> relativeFiles(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return List.of();
		}
		if (Files.isRegularFile(folder)) {
			return List.of("");
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).toList();
		}
	}

	private static ResourceSet resourceSet(Path bundles) {
		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
		resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		for (String plugin : List.of(MODEL, EDIT)) {
			URI folder = URI.createFileURI(bundles.resolve(plugin).toString() + "/");
			EcorePlugin.getPlatformResourceMap().put(plugin, folder);
			resources.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + plugin + "/", false), folder);
		}
		resources.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(true));
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		return resources;
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
