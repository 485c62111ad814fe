package org.paperkg.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TestLongFormWords {

    private static boolean same(String a, String b) {
        return LongFormWords.sameName(LongFormWords.of(a), LongFormWords.of(b));
    }

    @Test
    void dropsFunctionWords() {
        assertEquals(List.of("widget", "sprocket", "navigation"), LongFormWords.of("widget and sprocket navigation"));
    }

    @Test
    void wordsOfOneStemPairButWordsThatOnlyStartAlikeDoNot() {
        assertTrue(LongFormWords.sameStem("visual", "vision"));
        assertTrue(LongFormWords.sameStem("autoencoder", "autoencoding"));
        assertTrue(LongFormWords.sameStem("foundational", "foundation"));
        assertFalse(LongFormWords.sameStem("continual", "contrastive"));
        assertFalse(LongFormWords.sameStem("video", "vision"));
        assertFalse(LongFormWords.sameStem("graph", "grasp"));
        assertFalse(LongFormWords.sameStem("spatial", "sparse"), "starting alike is not enough");
        assertTrue(LongFormWords.sameStem("generative", "generation"));
    }

    @Test
    void allowsNoWordMoreOrLess() {
        assertTrue(same("widget and sprocket navigation", "widget sprocket navigation"));
        assertTrue(same("visual gizmo model", "vision gizmo model"));
        assertFalse(same("multiwidget large gizmo model", "multiwidget gizmo model"));
        assertFalse(same("gizmo sorting", "gizmo"), "one word is no name of two");
        assertFalse(same("curriculum gizmo learning", "contrastive gizmo learning"));
    }
}
