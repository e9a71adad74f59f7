package io.claimdiff.cli;

/** Process exit codes. */
public final class ExitCodes {

    public static final int OK = 0;
    /** A usage error, or a file that could not be read or analysed. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
