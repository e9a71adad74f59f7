package io.claimdiff.export;

import io.claimdiff.model.Claim;
import io.claimdiff.model.TextSpan;
import io.claimdiff.project.ClaimEntry;
import io.claimdiff.project.Link;
import io.claimdiff.project.LinkKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The analyst's writing as REFI-QDA notes in the two forms QDA tools read (issue 20): a claim's
 * note is an annotation (the note holds its text and the selection it is about, and the source
 * refers to it), while the project memo and notes on links are stand-alone memos kept as text
 * files, which QualCoder turns into journal entries. Journal names are unique, since QualCoder
 * fails on a second entry of the same name.
 */
final class QdaNotes {

    /**
     * One note.
     *
     * @param guid      the note's GUID
     * @param name      its title
     * @param text      what the analyst wrote
     * @param articleId the article an annotation is in; null for a memo
     * @param span      the annotated words; null for a memo
     */
    record Note(String guid, String name, String text, String articleId, TextSpan span) {

        /** A memo of its own (journal), stored as a text file rather than inline. */
        boolean isMemo() {
            return span == null;
        }

        /** The memo's file name inside the archive's {@code sources/} folder. */
        String file() {
            return guid + ".txt";
        }
    }

    static final String PROJECT_MEMO = io.claimdiff.project.qdpx.QdaVocabulary.PROJECT_MEMO;

    private QdaNotes() {
    }

    /** Every note of the report: claims' notes, then the project memo, then notes on links. */
    static List<Note> of(Report report) {
        List<Note> notes = new ArrayList<>();
        Set<String> memoNames = new HashSet<>();
        for (ClaimEntry e : report.claims()) {
            if (!e.note().isBlank()) {
                Claim c = e.claim();
                notes.add(new Note(QdeWriter.guid("claim-note", c.id()), "Note on " + c.speaker() + ": "
                        + QdeWriter.brief(report.text(c)), e.note(), c.articleId(), c.content()));
            }
        }
        String memo = report.state().memo();
        if (!memo.isBlank()) {
            memoNames.add(PROJECT_MEMO.toLowerCase(Locale.ROOT));
            notes.add(new Note(QdeWriter.guid("memo", "project"), PROJECT_MEMO, memo, null, null));
        }
        for (Link l : QdeWriter.linksOf(report)) {
            if (!l.note().isBlank()) {
                String name = unique(memoNames, "Note on " + describe(report, l));
                notes.add(new Note(QdeWriter.guid("link-note", l.id()), name, l.note(), null, null));
            }
        }
        return notes;
    }

    /** "contradiction, accepted: France (Emmanuel Macron) ↔ Russia (Dmitry Peskov)". */
    static String describe(Report report, Link l) {
        ClaimEntry a = report.claim(l.a());
        ClaimEntry b = report.claim(l.b());
        return (l.kind() == LinkKind.CONTRADICTS ? "contradiction" : "support") + ", "
                + l.status().name().toLowerCase(Locale.ROOT) + ": " + side(a) + " ↔ " + side(b);
    }

    private static String side(ClaimEntry e) {
        return e == null ? "?" : e.claim().party() + " (" + e.claim().speaker() + ")";
    }

    private static String unique(Set<String> taken, String name) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }
}
