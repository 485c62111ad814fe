package org.paperkg.queries;

import java.util.List;

/** A name or paper identifier matched nothing; the closest names found, if any, come with it. */
public class UnknownNameException extends QueryException {

    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final List<String> suggestions;

    public UnknownNameException(String parameter, String message, List<String> suggestions) {
        super(message);
        this.parameter = parameter;
        this.suggestions = List.copyOf(suggestions);
    }

    /** The parameter whose value matched nothing. */
    public String parameter() {
        return parameter;
    }

    /** The closest names, best first (may be empty). */
    public List<String> suggestions() {
        return suggestions;
    }
}
