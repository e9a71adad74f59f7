package io.claimdiff.extract;

import java.util.Locale;
import java.util.Set;

/** Recognises the names of news outlets ("Reuters", "The Washington Post", "Tasnim news agency", "CNN"). */
final class MediaNames {

    private static final Set<String> WORDS = Words.set("news", "times", "post", "journal", "press", "herald",
            "tribune", "telegraph", "guardian", "gazette", "gazeta", "observer", "mail", "express", "daily",
            "weekly", "magazine", "review", "agency", "tv", "radio", "broadcasting", "television", "channel",
            "network", "wire", "chronicle", "standard", "independent", "mirror", "sun", "star", "record", "register",
            "bulletin", "today", "spiegel", "insider", "politico", "axios", "reuters", "bloomberg", "businessweek",
            "afp", "ap", "bbc", "cnn", "nbc", "cbs", "abc", "fox", "msnbc", "npr", "pbs", "upi", "xinhua", "tass",
            "ria", "interfax", "tasnim", "irna", "yonhap", "kyodo", "ansa", "efe", "dpa", "anadolu", "aljazeera",
            "deadline", "variety", "buzzfeed", "vox", "slate", "atlantic", "economist", "forbes", "fortune",
            "wired", "verge", "techcrunch", "axios", "semafor");

    private MediaNames() {
    }

    /** Whether {@code name} reads like a news outlet's name. */
    static boolean looksLikeOutlet(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).replace('’', '\'').split("[\\s\\-/]+")) {
            if (WORDS.contains(Words.stem(w))) {
                return true;
            }
        }
        return false;
    }
}
