package io.claimdiff;

import io.claimdiff.app.AppContext;
import io.claimdiff.cli.Cli;
import io.claimdiff.ui.startup.GuiLauncher;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The program's entry point for {@code java -jar claimdiff.jar}: the GUI, or a headless command.
 * It does not extend {@code Application}, so JavaFX can live on the plain class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        AppContext context = AppContext.standard();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = Cli.run(args, context, request -> GuiLauncher.launch(context, request), out, err);
        System.exit(code);
    }
}
