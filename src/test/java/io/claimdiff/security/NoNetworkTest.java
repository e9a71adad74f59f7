package io.claimdiff.security;

import io.claimdiff.app.AppContext;
import io.claimdiff.cli.CliRunner;
import io.claimdiff.ingest.BadInputs;
import io.claimdiff.project.CommandStack;
import io.claimdiff.ui.workspace.TaskRunner;
import io.claimdiff.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ClaimDiff opens no network connection: hostile HTML (scripts, iframes, remote images and
 * stylesheets, meta refresh, base href) is opened, analysed and exported in every format while two
 * guards record any attempt — a default {@link ProxySelector} that every {@code URL} connection
 * consults, and (where the JDK still allows one, 17 to 23) a security manager whose
 * {@code checkConnect} sees every socket connect and host-name lookup, including NIO and
 * {@code HttpClient}. Both are restored afterwards.
 */
class NoNetworkTest {

    @TempDir
    Path dir;

    private final List<String> attempts = new CopyOnWriteArrayList<>();
    private ProxySelector previousProxy;
    private boolean securityManagerInstalled;

    @BeforeEach
    void guard() {
        previousProxy = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                attempts.add("proxy lookup for " + uri);
                throw new AssertionError("ClaimDiff tried to connect to " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
                attempts.add("connect failed " + uri);
            }
        });
        securityManagerInstalled = installConnectGuard();
    }

    @SuppressWarnings("removal")
    private boolean installConnectGuard() {
        try {
            System.setSecurityManager(new SecurityManager() {
                @Override
                public void checkPermission(Permission perm) {
                    // everything else is allowed
                }

                @Override
                public void checkPermission(Permission perm, Object context) {
                }

                @Override
                public void checkConnect(String host, int port) {
                    attempts.add("connect " + host + ":" + port);
                    throw new SecurityException("ClaimDiff tried to connect to " + host + ":" + port);
                }

                @Override
                public void checkConnect(String host, int port, Object context) {
                    checkConnect(host, port);
                }

                @Override
                public void checkListen(int port) {
                    attempts.add("listen " + port);
                    throw new SecurityException("ClaimDiff tried to listen on " + port);
                }
            });
            return true;
        } catch (UnsupportedOperationException e) {
            return false; // JDK 24+ or -Djava.security.manager=disallow: the proxy guard remains
        }
    }

    @AfterEach
    @SuppressWarnings("removal")
    void restore() {
        if (securityManagerInstalled) {
            System.setSecurityManager(null);
        }
        ProxySelector.setDefault(previousProxy);
    }

    @Test
    void theGuardsCatchAConnection() throws Exception {
        // the guards themselves work: a URL connection is stopped and recorded
        var url = URI.create("http://evil.example/x").toURL();
        assertThrows(Throwable.class, () -> url.openConnection().connect());
        assertFalse(attempts.isEmpty());
        attempts.clear();
    }

    @Test
    void hostileHtmlIsOpenedAnalysedAndExportedWithoutAnyConnection() throws Exception {
        BadInputs.materialise(dir);
        Path html = dir.resolve("hostile.html");

        CliRunner.Result analyzed = CliRunner.run("analyze", "--json", html.toString());
        assertEquals(0, analyzed.code(), analyzed.err());
        assertFalse(analyzed.out().contains("evil.example"), analyzed.out());

        for (String format : List.of("html", "md", "json", "qdpx", "claimreview", "csv")) {
            Path out = dir.resolve("report-" + format + (format.equals("csv") ? "" : "." + format));
            CliRunner.Result exported = CliRunner.run("export", "-f", format, "-o", out.toString(), html.toString());
            assertEquals(0, exported.code(), format + ": " + exported.err());
        }
        String report = Files.readString(dir.resolve("report-html.html"));
        assertFalse(report.contains("evil.example"), "no remote reference in the report");
        assertFalse(report.toLowerCase().contains("<iframe"));
        assertFalse(report.contains("<script>alert"), "page text is escaped in the report");
        assertTrue(report.contains("&lt;script&gt;alert(&quot;escaped&quot;)&lt;/script&gt;"),
                "markup written as text in the article stays text");

        WorkspaceViewModel vm = new WorkspaceViewModel(AppContext.standard(), TaskRunner.direct(), new CommandStack());
        vm.openFiles(List.of(html));
        assertEquals(1, vm.articles().size(), vm.errors().toString());
        assertEquals(List.of(), attempts, "no connection attempted");
    }
}
