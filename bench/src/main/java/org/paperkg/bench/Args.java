package org.paperkg.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Minimal {@code --name value} / {@code --flag} / positional argument parsing for the harness mains. */
final class Args {

    private final Map<String, List<String>> options = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    Args(String[] args, String... flags) {
        List<String> flagList = Arrays.asList(flags);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String value;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (flagList.contains(name)) {
                    value = "true";
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException("option --" + name + " needs a value");
                }
                options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                positional.add(a);
            }
        }
    }

    String get(String name, String dflt) {
        List<String> v = options.get(name);
        return v == null ? dflt : v.get(v.size() - 1);
    }

    String require(String name) {
        String v = get(name, null);
        if (v == null) {
            throw new IllegalArgumentException("option --" + name + " is required");
        }
        return v;
    }

    int getInt(String name, int dflt) {
        return Integer.parseInt(get(name, Integer.toString(dflt)));
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(get(name, "false"));
    }

    List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    List<Integer> ints(String name, String dflt) {
        List<Integer> out = new ArrayList<>();
        for (String s : get(name, dflt).split(",")) {
            out.add(parseSize(s.strip()));
        }
        return out;
    }

    List<String> positional() {
        return positional;
    }

    /** "1000", "10k", "1.5k", "1m". */
    static int parseSize(String s) {
        String t = s.toLowerCase();
        double mul = 1;
        if (t.endsWith("k")) {
            mul = 1_000;
            t = t.substring(0, t.length() - 1);
        } else if (t.endsWith("m")) {
            mul = 1_000_000;
            t = t.substring(0, t.length() - 1);
        }
        return (int) Math.round(Double.parseDouble(t) * mul);
    }

    /** 1000 → "1k", 100000 → "100k", 1234 → "1234". */
    static String sizeLabel(int n) {
        if (n % 1_000_000 == 0) {
            return n / 1_000_000 + "m";
        }
        return n % 1000 == 0 ? n / 1000 + "k" : Integer.toString(n);
    }
}
