package io.cartograph.tests.support;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.fragment.MModelFragment;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * The workbench's application model in small, for add-ons that open views: one window with the
 * editor and bottom stacks, the part descriptors of the bundle under test (read from its
 * fragment.e4xmi), and in the window's context a part service and model service that do to the
 * model what the workbench's do: find parts and stacks by id, make a part from its descriptor, and
 * show a part by selecting it in its stack and making it the active one. Parts are not rendered.
 */
public final class WorkbenchWindow implements AutoCloseable {

	public static final String EDITOR_STACK = "io.cartograph.app.partstack.editors";
	public static final String BOTTOM_STACK = "io.cartograph.app.partstack.bottom";

	public final MApplication application = MApplicationFactory.INSTANCE.createApplication();
	public final MTrimmedWindow window = MBasicFactory.INSTANCE.createTrimmedWindow();
	private final IEclipseContext applicationContext = EclipseContextFactory.create("application");
	private final List<MPart> activated = new ArrayList<>();

	/** With the part descriptors of the bundle that testClass's fragment is hosted by. */
	public WorkbenchWindow(Class<?> testClass) throws IOException {
		for (MModelFragment fragment : BundleFragment.load(testClass).getFragments()) {
			// A copy: adding a descriptor to the application takes it out of the fragment.
			List.copyOf(fragment.getElements()).stream().filter(MPartDescriptor.class::isInstance)
					.map(MPartDescriptor.class::cast).forEach(application.getDescriptors()::add);
		}
		for (String id : List.of(EDITOR_STACK, BOTTOM_STACK)) {
			MPartStack stack = MBasicFactory.INSTANCE.createPartStack();
			stack.setElementId(id);
			window.getChildren().add(stack);
		}
		application.getChildren().add(window);
		application.setSelectedElement(window);
		application.setContext(applicationContext);
		applicationContext.set(MApplication.class, application);
		IEclipseContext windowContext = applicationContext.createChild("window");
		windowContext.set(EPartService.class, service(EPartService.class, this::parts));
		windowContext.set(EModelService.class, service(EModelService.class, this::models));
		window.setContext(windowContext);
	}

	/** Makes an add-on the way the workbench does, injected from the application's context. */
	public <T> T addon(Class<T> type) {
		return ContextInjectionFactory.make(type, applicationContext);
	}

	public MPartStack stack(String id) {
		return (MPartStack) find(id, window);
	}

	/** Every part with the id in the window. */
	public List<MPart> parts(String id) {
		List<MPart> found = new ArrayList<>();
		collect(window, id, found);
		return found;
	}

	/** The parts the part service activated, in order. */
	public List<MPart> activated() {
		return activated;
	}

	private Object parts(String method, Object[] args) {
		switch (method) {
		case "findPart":
			List<MPart> found = parts((String) args[0]);
			return found.isEmpty() ? null : found.get(0);
		case "createPart":
			return application.getDescriptors().stream().filter(d -> d.getElementId().equals(args[0])).findFirst()
					.map(WorkbenchWindow::partOf).orElse(null);
		case "showPart":
			if (args[0] instanceof MPart part) {
				if (part.getParent() == null) {
					// As the workbench does without a stack for it: beside the other parts.
					stack(EDITOR_STACK).getChildren().add(part);
				}
				part.getParent().setSelectedElement(part);
				if (args[1] == PartState.ACTIVATE) {
					activated.add(part);
				}
				return part;
			}
			break;
		default:
			break;
		}
		throw new UnsupportedOperationException("EPartService." + method + " is not in this small workbench");
	}

	private Object models(String method, Object[] args) {
		if (method.equals("find") && args.length == 2 && args[1] instanceof MUIElement root) {
			return find((String) args[0], root);
		}
		throw new UnsupportedOperationException("EModelService." + method + " is not in this small workbench");
	}

	private static MPart partOf(MPartDescriptor descriptor) {
		MPart part = MBasicFactory.INSTANCE.createPart();
		part.setElementId(descriptor.getElementId());
		part.setLabel(descriptor.getLabel());
		part.setContributionURI(descriptor.getContributionURI());
		part.setCloseable(descriptor.isCloseable());
		return part;
	}

	private static MUIElement find(String id, MUIElement root) {
		if (id.equals(root.getElementId())) {
			return root;
		}
		if (root instanceof MApplication app) {
			for (MUIElement child : app.getChildren()) {
				MUIElement found = find(id, child);
				if (found != null) {
					return found;
				}
			}
		} else if (root instanceof MElementContainer<?> container) {
			for (MUIElement child : container.getChildren()) {
				MUIElement found = find(id, child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static void collect(MUIElement element, String id, List<MPart> found) {
		if (element instanceof MPart part && id.equals(part.getElementId())) {
			found.add(part);
		}
		if (element instanceof MElementContainer<?> container) {
			container.getChildren().forEach(child -> collect(child, id, found));
		}
	}

	private interface Calls {
		Object answer(String method, Object[] args);
	}

	private static <T> T service(Class<T> type, Calls calls) {
		InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
		case "toString" -> "small workbench " + type.getSimpleName();
		case "hashCode" -> System.identityHashCode(proxy);
		case "equals" -> proxy == args[0];
		default -> calls.answer(method.getName(), args == null ? new Object[0] : args);
		};
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler));
	}

	@Override
	public void close() {
		applicationContext.dispose();
	}
}
