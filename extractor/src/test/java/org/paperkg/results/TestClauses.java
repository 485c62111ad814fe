package org.paperkg.results;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TestClauses {

    private static Clauses of(String sentence, String kinds) {
        return new Clauses(sentence.split(" "), kinds.toCharArray());
    }

    @Test
    void andStartsAClauseUnlessItJoinsListItems() {
        // tokens:           0    1  2    3  4   5   6 7    8  9
        Clauses c = of("It gets 80.1 on Alfa and 70.2 on Bravo .", "wwnwdwnwdw");
        assertFalse(c.same(2, 6), "two statements");
        assertTrue(c.same(2, 4));
        Clauses list = of("It gets 80.1 , 70.2 and 60.3 on Alfa , Bravo and Charlie", "wwnonwnwdodwd");
        assertTrue(list.same(2, 12), "numbers and datasets listed: one clause");
    }

    @Test
    void relativeAfterAGainValueIsAnAdjectiveNotAComparison() {
        Clauses gain = of("Ours gets better Alfa ( 12 % relative gain to 81.5 )", "wwwdwnnwwwnw");
        assertTrue(gain.same(1, 10), "a 12% relative gain to 81.5: the new score stays with the subject");
        Clauses to = of("Ours gets 81.5 , 12 % relative to Zed", "wwnonnwwd");
        assertFalse(to.same(2, 8), "relative to Zed opens a comparison");
        Clauses bare = of("Ours gets 81.5 , a relative gain of 2.0", "wwnowwwwn");
        assertFalse(bare.same(2, 8), "no gain value right before: relative still opens a clause");
    }

    @Test
    void contrastWordsAndSemicolonsSplit() {
        Clauses c = of("Ours gets 80.1 on Alfa while Zed gets 70.2 ; Zed fails", "wwnwdwwwnwww");
        assertFalse(c.same(2, 8));
        assertFalse(c.same(8, 10));
        assertTrue(c.start(8) == 5);
    }

    @Test
    void andBetweenModifiersOfOneNounPhraseStartsNoClause() {
        // tokens:        0  1    2  3   4        5   6           7     8
        Clauses c = of("It gets 80.1 on the well-known and challenging Alfa", "wwnwtwwwd");
        assertTrue(c.same(2, 8), "the well-known and challenging Alfa");
        Clauses h = of("It gets 80.1 with single-model and single-scale tests on Alfa", "wwnwwwwwwd");
        assertTrue(h.same(2, 9), "single-model and single-scale");
        Clauses verb = of("It gets 80.1 on the test and reaches 70.2 on Alfa", "wwnwtwwwnwd");
        assertFalse(verb.same(2, 8), "a second statement: no article-modifier-name pattern");
        // tokens:          0  1    2  3   4        5   6           7     8     9  10  11  12 13  14
        Clauses spelled = of("It gets 80.1 on the well-known and challenging Kelp Faces in the Wild ( KFW", "wwnwtwwwwwwtwwd");
        assertTrue(spelled.same(2, 14), "a name written out before its short form in brackets");
        Clauses unnamed = of("It gets 80.1 on the small and noisy Kelp Faces split of KFW", "wwnwtwwwwwwwd");
        assertFalse(unnamed.same(2, 12), "no short form in brackets after the written name");
        Clauses other = of("It gets 80.1 on gloss-to-text and video-to-text of Alfa", "wwnwwwwwd");
        assertFalse(other.same(2, 8), "hyphenated compounds with different first words are kept apart");
    }
}
