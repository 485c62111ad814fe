package org.paperkg.results;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A dataset link that names the hardware or the software a method runs on, not data it is scored on: "a Kaldi-like
 * speech toolkit", "two Zorb GPUs", code at "github.com/owner/name", or the device of a speed ("120 FPS on a Zorb
 * X900"). Such a link is no dataset of a result; left in, it makes a second dataset in the sentence and stops the
 * rules that take the sentence's or the paper's only dataset.
 */
final class EquipmentName {

    /** Words in a name that make it a processor. */
    private static final Set<String> PROCESSOR_WORDS = Set.of("gpu", "gpus", "cpu", "cpus", "tpu", "tpus", "npu",
            "npus", "fpga", "fpgas");
    /** Head nouns of a name that make it software. */
    private static final Set<String> SOFTWARE_HEADS = Set.of("toolkit", "toolkits", "toolbox", "library",
            "libraries", "package", "packages", "software", "repository", "codebase", "compiler");
    private static final Pattern WORDS = Pattern.compile("[\\s/_()-]+");
    /** A speed and then "on": what follows is the device the speed was measured on ("at 120 FPS on a ..."). */
    private static final Pattern SPEED_ON = Pattern.compile(
            "(?i)\\b(fps|frames per second|ms|milliseconds|images per second|img/s|tokens per second)\\s+on\\s+"
                    + "(an?\\s+|the\\s+|one\\s+|a\\s+single\\s+|single\\s+)?$");
    /**
     * A device's model number: one letter and digits ("V100"), or digits and a letter suffix ("1080Ti"). A dataset's
     * number is a year, a count or a version ("2007", "CIFAR-10", "ZB17"), which this shape leaves out.
     */
    private static final Pattern MODEL_NUMBER = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Z]\\d{1,4}|\\d{3,4}[A-Za-z]{1,3})(?![A-Za-z0-9])");
    /** An owner's path of code, "owner/name". */
    private static final Pattern REPOSITORY = Pattern.compile("[\\w.-]+/[\\w.-]+");
    /** A web address right before the name: the name is the path of code, not data. */
    private static final Pattern ADDRESS = Pattern.compile("(?i)(https?://|www\\.)\\S*(\\s?)$|\\.(com|org|io)/\\s?$");

    private EquipmentName() {
    }

    /** True when the label or one of the link's names in the text names hardware or software. */
    static boolean is(String label, Collection<String> names, String text) {
        String[] words = WORDS.split(label.toLowerCase(Locale.ROOT).strip());
        for (String w : words) {
            if (PROCESSOR_WORDS.contains(w)) {
                return true;
            }
        }
        if (words.length >= 2 && SOFTWARE_HEADS.contains(words[words.length - 1])) {
            return true;
        }
        // code at a web address ("github.com/ owner/name"); a dataset's own page may hold its name too, but not as an
        // owner's path
        if (names.stream().anyMatch(n -> REPOSITORY.matcher(n).matches() && after(ADDRESS, text, n))) {
            return true;
        }
        // a dataset may also be where a speed is measured ("at 90 FPS on Zorb-10"): a device only when its name has a
        // model number and every place that names the link is such a place
        if (names.stream().noneMatch(n -> MODEL_NUMBER.matcher(n).find())) {
            return false;
        }
        boolean seen = false;
        for (String name : names) {
            if (name.length() < 2) {
                continue;
            }
            for (int at : ResultExtractor.positions(text, name)) {
                if (!SPEED_ON.matcher(text.substring(Math.max(0, at - 60), at)).find()) {
                    return false;
                }
                seen = true;
            }
        }
        return seen;
    }

    private static boolean after(Pattern before, String text, String name) {
        for (int at : ResultExtractor.positions(text, name)) {
            if (before.matcher(text.substring(Math.max(0, at - 60), at)).find()) {
                return true;
            }
        }
        return false;
    }
}
