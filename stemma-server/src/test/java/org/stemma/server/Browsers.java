package org.stemma.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Starts Debian's Chromium under Playwright for the browser tests, or skips them when it is not installed. */
final class Browsers {
    /** Debian's Chromium; {@code -Dstemma.chromium=PATH} points elsewhere (or nowhere, to see the tests skip). */
    static final Path CHROMIUM = Path.of(System.getProperty("stemma.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Chromium's flags: no sandbox (CI runs as root in a container), and no network of its own. */
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Browsers() {
    }

    /** Playwright with a headless Chromium; skips the calling test class when /usr/bin/chromium is absent. */
    static Playwright playwright() {
        if (!Files.isExecutable(CHROMIUM)) {
            System.err.println("browser tests skipped: " + CHROMIUM + " is absent (apt-get install chromium)");
        }
        assumeTrue(Files.isExecutable(CHROMIUM), "skipped: " + CHROMIUM
                + " is absent; install Debian's chromium (.ci/run does) to run the browser tests");
        return Playwright.create();
    }

    static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(ARGS));
    }

    /** Opens {@code hash} of the UI and waits until the page says it has rendered it. */
    static void open(Page page, String base, String hash) {
        page.navigate(base + "/" + hash);
        waitRendered(page);
    }

    static void waitRendered(Page page) {
        page.waitForFunction("() => document.body.dataset.ready === (location.hash || '#/')");
    }

    static void screenshot(Page page, String name) throws java.io.IOException {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
