package io.claimdiff.project;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One dispute as the analyst sees it: every contradiction link between the versions of its two
 * statements that the outlets carried, with the affirmed and the rejecting side told apart.
 *
 * @param label     "K1", "K2", … in the order of the clashes' strongest links
 * @param affirmed  the side that says the disputed thing
 * @param rejecting the side that denies or disputes it
 * @param links     the clash's contradiction links, strongest first (see {@link Clashes#STRONGEST_FIRST})
 */
public record Clash(String label, ClashSide affirmed, ClashSide rejecting, List<Link> links) {

    public Clash {
        links = List.copyOf(links);
    }

    /** Ids of the articles on either side: the affirmed side's first, then the rejecting side's. */
    public List<String> articles() {
        Set<String> all = new LinkedHashSet<>(affirmed.articles());
        all.addAll(rejecting.articles());
        return List.copyOf(all);
    }

    /** How many articles (outlets' reports) carry either side. */
    public int outlets() {
        return articles().size();
    }
}
