package org.paperkg.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Tokens joined back as gold/show.py's detokenize does (invented tokens). */
class TestTokenJoiner {

    @Test
    void joinsTokensAsTheAnnotatorsReadThem() {
        assertEquals("We train Zorblat (a frobber) on SnarkSet's snarks, gaining 3% over Quux-like models.",
                TokenJoiner.join(List.of("We", "train", "Zorblat", "(", "a", "frobber", ")", "on",
                        "SnarkSet", "'s", "snarks", ",", "gaining", "3", "%", "over", "Quux", "-like", "models", ".")));
        // only the exact shapes are glued: a bare hyphen, an upper-case clitic and a quote-word keep their space
        assertEquals("a - b 'S 'quoted [x] {y}", TokenJoiner.join(List.of("a", "-", "b", "'S", "'quoted",
                "[", "x", "]", "{", "y", "}")));
        assertEquals("(i.e. the server). Done?!", TokenJoiner.join(List.of("(i.e.", "the", "server).",
                "Done", "?!")));
    }

    @Test
    void treebankEscapesBecomeTheirCharacters() {
        assertEquals("A frobber (Zorblat) is \"fast\" [1] {x}.", TokenJoiner.join(List.of("A", "frobber", "-LRB-",
                "Zorblat", "-RRB-", "is", "``", "fast", "''", "-LSB-", "1", "-RSB-", "-LCB-", "x", "-RCB-", ".")));
    }
}
