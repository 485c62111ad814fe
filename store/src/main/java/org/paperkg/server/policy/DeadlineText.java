package org.paperkg.server.policy;

/**
 * A string that checks its query's deadline as it is read. {@link java.util.regex.Matcher} reads its input only
 * through {@link #charAt}, and a catastrophic pattern reads it billions of times, so this is where a backtracking
 * match can be stopped: Jena's cancellation is never consulted inside one match.
 */
final class DeadlineText implements CharSequence {

    /** Reads between two checks: a check costs one volatile read and one clock read. */
    private static final int CHECK_EVERY = 1 << 14;

    private final String text;
    private final QueryDeadline deadline;
    private int reads;

    DeadlineText(String text, QueryDeadline deadline) {
        this.text = text;
        this.deadline = deadline;
    }

    @Override
    public char charAt(int index) {
        if (++reads >= CHECK_EVERY) {
            reads = 0;
            deadline.check();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new DeadlineText(text.substring(start, end), deadline);
    }

    @Override
    public String toString() {
        return text;
    }
}
