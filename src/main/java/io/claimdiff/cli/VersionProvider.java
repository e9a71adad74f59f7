package io.claimdiff.cli;

import io.claimdiff.app.AppContext;
import picocli.CommandLine.IVersionProvider;

/** Supplies {@code --version} from the build's version. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"ClaimDiff " + AppContext.version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
