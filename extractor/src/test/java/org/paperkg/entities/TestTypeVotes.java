package org.paperkg.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperkg.mentions.EntityType;
import org.paperkg.mentions.Mention;
import org.paperkg.mentions.MentionRole;

class TestTypeVotes {

    private static Mention m(String text, EntityType type, String rule) {
        return new Mention(text, type, MentionRole.USED, 0, text.length(), "s", rule, 0.6, null);
    }

    @Test
    void weakMentionTakesTheTypeMostPapersGaveItsName() {
        TypeVotes votes = new TypeVotes();
        votes.learn(List.of(m("widget ranking", EntityType.TASK, "head:task"),
                m("widget ranking", EntityType.TASK, "head:task")));
        votes.learn(List.of(m("widget rankings", EntityType.TASK, "cue:for-gerund")));
        votes.learn(List.of(m("widget ranking", EntityType.METHOD, "head:method")));
        Mention weak = m("widget ranking", EntityType.METHOD, "name:method");
        Mention retyped = votes.retype(List.of(weak)).get(0);
        assertEquals(EntityType.TASK, retyped.type());
        assertEquals("name:method+corpus-type", retyped.rule());
    }

    @Test
    void oneVoteIsNotEnoughAndStrongMentionsKeepTheirType() {
        TypeVotes votes = new TypeVotes();
        votes.learn(List.of(m("gadget sorting", EntityType.TASK, "head:task")));
        Mention weak = m("gadget sorting", EntityType.METHOD, "name:method");
        assertEquals(EntityType.METHOD, votes.retype(List.of(weak)).get(0).type());
        votes.learn(List.of(m("gadget sorting", EntityType.TASK, "head:task")));
        assertEquals(EntityType.TASK, votes.retype(List.of(weak)).get(0).type());
        Mention strong = m("gadget sorting", EntityType.METHOD, "head:method");
        assertEquals(EntityType.METHOD, votes.retype(List.of(strong)).get(0).type());
    }

    @Test
    void knowsWhichRulesTypeStrongly() {
        assertTrue(TypeVotes.stronglyTyped(m("x", EntityType.METHOD, "head:method")));
        assertTrue(TypeVotes.stronglyTyped(m("x", EntityType.METHOD, "cue:contribution+cue:called")));
        assertFalse(TypeVotes.stronglyTyped(m("x", EntityType.METHOD, "head:method-weak")));
        assertFalse(TypeVotes.stronglyTyped(m("x", EntityType.METHOD, "name:method")));
    }
}
