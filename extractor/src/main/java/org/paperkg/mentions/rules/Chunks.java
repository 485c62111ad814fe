package org.paperkg.mentions.rules;

import java.util.regex.Pattern;

import java.util.Set;

/** Which tokens may be part of a noun-phrase chunk, and the word lists that trim chunks. */
final class Chunks {
    private Chunks() {
    }

    static boolean chunkable(Tok t) {
        String tag = t.tag();
        String w = t.word();
        if (w.contains("://") || w.startsWith("www.") || w.contains("github") || w.contains("@") || webPath(w)
                || registryId(w)
                || w.contains("\\") || w.indexOf('.') > 0 && w.indexOf('.') < w.length() - 1
                && Character.isUpperCase(w.charAt(w.indexOf('.') + 1))) {
            return false;
        }
        if (NAMING.contains(t.lower())) {
            return false;
        }
        if (tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("VBG") || tag.equals("VBN")
                || tag.equals("CD") || tag.equals("FW")) {
            return !t.lower().equals("such") && !t.lower().equals("which");
        }
        // hyphenated compounds and names whatever their tag
        return t.nameLike() || (t.word().indexOf('-') > 0 && Character.isLetter(t.word().charAt(0)));
    }

    static final Set<String> NAMING = Set.of("called", "named", "termed", "dubbed",
            "coined", "based", "using", "via", "%");

    static final Set<String> VERBISH = Set.of("using", "including", "following",
            "achieving", "leveraging", "given", "making", "improving", "yielding", "showing", "providing",
            "enabling", "allowing", "requiring", "based", "called", "named", "termed", "dubbed", "known",
            "existing", "proposed", "compared", "combining", "outperforming", "demonstrating", "having",
            "being", "learned", "trained", "obtained", "used", "designed", "introduced", "presented",
            "developed", "applied", "studied", "present", "presents", "introduce", "introduces", "propose", "proposes", "considered", "resulting", "underlying", "according",
            "regarding", "concerning", "involving", "containing", "ranging", "spanning", "achieved",
            "estimated", "observed", "generated", "derived", "induced", "shown", "reported");

    /** "http...", "projects/foo.html": a web address or file path, never part of a name. */
    static boolean webPath(String w) {
        return w.startsWith("http") && w.length() > 4 || w.indexOf('/') >= 0 && FILE_PATH.matcher(w).find();
    }

    private static final Pattern FILE_PATH = Pattern.compile("\\.[A-Za-z][A-Za-z0-9]{1,4}$");

    /** Registry and accession numbers ("AB01234567"): letters then six or more digits. */
    static boolean registryId(String w) {
        return REGISTRY_ID.matcher(w).matches();
    }

    private static final Pattern REGISTRY_ID = Pattern.compile("[A-Za-z]{1,6}[-_]?[0-9]{6,}");
}
