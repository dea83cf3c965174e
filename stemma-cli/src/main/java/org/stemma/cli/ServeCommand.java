package org.stemma.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.stemma.server.ServerConfig;
import org.stemma.server.StemmaServer;
import org.stemma.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code stemma serve}: the JSON API over a store, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Serves the store in --data as JSON over HTTP on 127.0.0.1: articles, storylines, events, "
                    + "provenance families, quotes, search, trace, export and ingest under /api/, described by "
                    + "/api/openapi.json and docs/API.md. Runs until stopped (Ctrl-C). The store may grow "
                    + "meanwhile with stemma analyze --into from another process.",
            "",
            "The web UI is at / on the same port: storylines, search, trace, storyline and article pages."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:failure (e.g. the port is taken)", "2:bad usage"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "The store's data folder (created empty if missing).")
    Path data;

    @Option(names = "--port", paramLabel = "N", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = ServerConfig.DEFAULT_PORT;

    @Override
    public Integer call() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        try (Store store = Store.open(data);
             StemmaServer server = StemmaServer.start(store, ServerConfig.defaults().withPort(port))) {
            spec.commandLine().getOut().printf("serving %s on http://%s:%d/api/%n", data,
                    ServerConfig.DEFAULT_HOST, server.port());
            spec.commandLine().getOut().flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return ExitCode.OK;
    }
}
