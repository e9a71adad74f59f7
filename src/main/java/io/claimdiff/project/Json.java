package io.claimdiff.project;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one place ClaimDiff's {@link ObjectMapper} is built. */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    // project files live in git: sorted keys and "\n" on every platform keep diffs small and stable
    private static final ObjectMapper SORTED = ((JsonMapper) MAPPER).rebuild()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private static final DefaultPrettyPrinter STABLE_PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private static final CsvMapper CSV = CsvMapper.builder().build();

    private Json() {
    }

    /** The shared, immutable-once-built mapper; thread-safe for reading and writing. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * The writer for files people keep in version control ({@code .claimdiff}): properties in
     * alphabetical order unless a type fixes the order, two-space indent, {@code \n} line ends,
     * one value per line.
     */
    public static ObjectWriter stableWriter() {
        return SORTED.writer(STABLE_PRINTER);
    }

    /** The mapper for CSV exports (and for reading them back in tests). */
    public static CsvMapper csvMapper() {
        return CSV;
    }

    /** The mapper matching {@link #stableWriter()}, for reading such files back. */
    public static ObjectMapper stableMapper() {
        return SORTED;
    }
}
