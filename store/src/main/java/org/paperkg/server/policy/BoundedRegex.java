package org.paperkg.server.policy;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.sse.Tags;

/**
 * SPARQL {@code REGEX} whose match stops when its query is cancelled or out of time: the text is matched through a
 * {@link DeadlineText}. Same results as Jena's {@code E_Regex} with the Java engine.
 */
final class BoundedRegex extends ExprFunctionN {

    private final long timeoutMillis;
    /** The compiled pattern when pattern and flags are constants (the usual case), else null. */
    private final Pattern constant;

    BoundedRegex(ExprList args, long timeoutMillis) {
        super(Tags.tagRegex, args);
        this.timeoutMillis = timeoutMillis;
        this.constant = constantPattern(args);
    }

    private static Pattern constantPattern(ExprList args) {
        Expr pattern = args.get(1);
        Expr flags = args.size() > 2 ? args.get(2) : null;
        if (pattern.isConstant() && pattern.getConstant().isString() && (flags == null || flags.isConstant())) {
            return compile(pattern.getConstant(), flags == null ? null : flags.getConstant());
        }
        return null;
    }

    private static Pattern compile(NodeValue pattern, NodeValue flags) {
        if (!pattern.isString() || (flags != null && !flags.isString())) {
            throw new ExprEvalException("REGEX: pattern and flags must be strings");
        }
        return RegexEngine.makePattern("REGEX", pattern.getString(), flags == null ? null : flags.getString());
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = StringArgument.of("REGEX", args.get(0));
        Pattern p = constant != null ? constant : compile(args.get(1), args.size() > 2 ? args.get(2) : null);
        DeadlineText input = new DeadlineText(text.getLiteralLexicalForm(), QueryDeadline.of(env, timeoutMillis));
        return NodeValue.booleanReturn(p.matcher(input).find());
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedRegex(newArgs, timeoutMillis);
    }
}
