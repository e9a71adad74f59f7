package io.claimdiff.compare;

import io.claimdiff.model.Stance;

import java.util.Set;

/** How strongly two claims exclude each other, from stance, negation and opposite predicates alone. */
final class Opposition {

    private static final double NEGATION_CLASH = 0.7;
    /** A denial against a claim that says no to the same thing: weaker than a plain clash. */
    private static final double ECHO = 0.6;
    private static final double OPPOSITE_CLASH = 0.8;

    private Opposition() {
    }

    /** 0 when the claims can both hold; up to 1 when one rejects what the other affirms. */
    static double of(ClaimProfile a, ClaimProfile b) {
        if (a.stance() == Stance.DECLINE || b.stance() == Stance.DECLINE) {
            return 0;
        }
        if (a.rejects() != b.rejects()) {
            return saysNoToo(a.rejects() ? b : a, a.rejects() ? a : b) ? ECHO : 1.0;
        }
        if (a.rejects()) {
            return 0;
        }
        if (a.stance() == Stance.ASSERT && b.stance() == Stance.ASSERT && a.negated() != b.negated()) {
            for (var e : a.features().entrySet()) {
                Boolean other = b.features().get(e.getKey());
                if (other != null && other != e.getValue() && !e.getKey().startsWith("@")) {
                    return NEGATION_CLASH;
                }
            }
        }
        return opposites(a, b) ? OPPOSITE_CLASH : 0;
    }

    /** Of two clashing claims, the one that says no: the denial, or else the negated one. */
    static ClaimProfile rejecting(ClaimProfile a, ClaimProfile b) {
        if (a.rejects() != b.rejects()) {
            return a.rejects() ? a : b;
        }
        return b.negated() && !a.negated() ? b : a;
    }

    /**
     * True when the affirming claim itself says no to every word it shares with the denial ("noted
     * the absence of confirmation of this call" against "denied that they had spoken"): the two
     * more likely agree, unless the negation sits inside what is claimed ("obtained that there
     * will be no escalation"), which words alone cannot tell.
     */
    private static boolean saysNoToo(ClaimProfile affirming, ClaimProfile denial) {
        boolean shared = false;
        for (var e : affirming.features().entrySet()) {
            if (!e.getKey().startsWith("@") && denial.features().containsKey(e.getKey())) {
                if (!e.getValue()) {
                    return false;
                }
                shared = true;
            }
        }
        return shared;
    }

    /** One says "talks continue", the other "talks collapsed", neither negated. */
    private static boolean opposites(ClaimProfile a, ClaimProfile b) {
        for (var e : a.features().entrySet()) {
            Set<String> opposite = Lexicon.OPPOSITES.get(e.getKey());
            if (opposite == null || e.getValue()) {
                continue;
            }
            for (String o : opposite) {
                if (Boolean.FALSE.equals(b.features().get(o))) {
                    return true;
                }
            }
        }
        return false;
    }
}
