package io.cartograph.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import io.cartograph.connect.sandbox.SandboxOptions;
import io.cartograph.connect.sandbox.SandboxTenant;
import io.cartograph.core.workspace.WorkspaceException;

/**
 * {@code cartograph sandbox [--port N] [--messages N] [--seed S]}: serves a generated SAP Cloud
 * Integration tenant on this machine until stopped, so that data source tasks can be tried
 * without a real tenant. The sample workspace's CPI_SANDBOX data source points at the default port.
 */
final class SandboxCommand implements CliCommand {

	static final int DEFAULT_PORT = 8765;

	private final CountDownLatch stopped;

	SandboxCommand() {
		this(new CountDownLatch(1));
	}

	/** Tests hand in the latch that ends the command; from a shell, Ctrl+C ends it. */
	SandboxCommand(CountDownLatch stopped) {
		this.stopped = stopped;
	}

	@Override
	public String name() {
		return "sandbox";
	}

	@Override
	public String summary() {
		return "Serve a generated SAP Cloud Integration tenant (a sandbox) on localhost until stopped";
	}

	@Override
	public List<CliOption> options() {
		return List.of(
				CliOption.optional("--port", "N", "the port to listen on (default " + DEFAULT_PORT + "; 0 picks a free one)"),
				CliOption.optional("--messages", "N", "message processing logs over the last 30 days (default "
						+ SandboxOptions.defaults().messages() + ")"),
				CliOption.optional("--seed", "S", "the random seed; the same seed gives the same tenant (default "
						+ SandboxOptions.defaults().seed() + ")"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		int port = (int) arguments.number("--port", DEFAULT_PORT, 0, 65_535);
		SandboxOptions options = SandboxOptions.defaults()
				.withMessages(arguments.number("--messages", SandboxOptions.defaults().messages(), 0, 100_000_000))
				.withSeed(arguments.number("--seed", SandboxOptions.defaults().seed(), Long.MIN_VALUE, Long.MAX_VALUE));
		SandboxTenant tenant;
		try {
			tenant = SandboxTenant.start(port, options);
		} catch (IOException e) {
			throw new WorkspaceException("Cannot serve the sandbox on port " + port + ": " + e.getMessage()
					+ ". Is another sandbox running? Choose another port with --port.", e);
		}
		Thread stopOnExit = new Thread(tenant::stop, "sandbox shutdown");
		Runtime.getRuntime().addShutdownHook(stopOnExit);
		out.println(tenant.banner());
		out.println("Client id " + options.clientId() + ", client secret " + options.clientSecret()
				+ " (generated data only; not a real credential). Stop with Ctrl+C.");
		out.flush();
		try {
			stopped.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			tenant.stop();
			try {
				Runtime.getRuntime().removeShutdownHook(stopOnExit);
			} catch (IllegalStateException e) {
				// The JVM is already shutting down: the hook runs and finds the sandbox stopped.
			}
		}
		return 0;
	}
}
