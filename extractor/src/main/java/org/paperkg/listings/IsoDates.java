package org.paperkg.listings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the date forms found in listings into ISO 8601 dates ({@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}). */
final class IsoDates {

    private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:[T ].*)?$");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private IsoDates() {
    }

    /** {@code "Nov", "20", "2021"} to {@code 2021-11-20}; null when it is not a real date. */
    static String monthDayYear(String month, String day, String year) {
        String m = month.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (m.startsWith(MONTHS[i])) {
                try {
                    return LocalDate.of(Integer.parseInt(year), i + 1, Integer.parseInt(day)).toString();
                } catch (RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * An ISO date from ISO text ({@code 2025-10-02}, {@code 2025-10-02T17:59:59Z}, {@code 2025-10}, {@code 2025}),
     * RFC 1123 text ({@code Mon, 2 Apr 2007 19:18:42 GMT}) or a year number; null when none of these.
     */
    static String parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        Matcher m = ISO_PREFIX.matcher(t);
        if (m.matches()) {
            try {
                if (m.group(3) != null) {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3))).toString();
                }
                if (m.group(2) != null) {
                    int month = Integer.parseInt(m.group(2));
                    return month >= 1 && month <= 12 ? m.group(1) + "-" + m.group(2) : null;
                }
                return m.group(1);
            } catch (RuntimeException e) {
                return null;
            }
        }
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            // not RFC 1123
        }
        try {
            return OffsetDateTime.parse(t).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
