package io.claimdiff.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * ClaimDiff writes XML (REFI-QDA) but never reads it; the only XML readers are the test's schema
 * validator and parser, and they must not resolve external entities (XXE) either.
 */
class XxeTest {

    @TempDir
    Path dir;

    private byte[] payload(Path secret) {
        return ("<?xml version=\"1.0\"?>\n<!DOCTYPE Project [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&xxe;\" origin=\"x\"/>")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theValidatorDoesNotResolveExternalEntities() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-MARKER");
        AssertionError e = assertThrows(AssertionError.class, () -> QdpxExportTest.validate(payload(secret)));
        assertFalse(String.valueOf(e.getMessage()).contains("TOP-SECRET-MARKER"), e.getMessage());
    }

    @Test
    void theParserRefusesDoctypes() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-MARKER");
        Exception e = assertThrows(Exception.class, () -> QdpxExportTest.parse(payload(secret)));
        assertFalse(String.valueOf(e.getMessage()).contains("TOP-SECRET-MARKER"), e.getMessage());
    }
}
