/**
 * Server: {@code stemma serve}, a JSON API over a {@link org.stemma.store.Store} on Javalin, bound to
 * 127.0.0.1 by default. Each request reads its own {@link org.stemma.store.Snapshot}, so answers are
 * consistent while a batch is being committed. {@link org.stemma.server.WebUi} serves the web UI (static files
 * under {@code org/stemma/server/ui/}) and {@link org.stemma.server.ViewRoutes} the views it reads.
 */
package org.stemma.server;
