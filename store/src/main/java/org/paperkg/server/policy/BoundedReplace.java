package org.paperkg.server.policy;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.sse.Tags;

/** SPARQL {@code REPLACE} whose matching stops when its query is cancelled or out of time (see {@link DeadlineText}). */
final class BoundedReplace extends ExprFunctionN {

    private final long timeoutMillis;

    BoundedReplace(ExprList args, long timeoutMillis) {
        super(Tags.tagReplace, args);
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = StringArgument.of("REPLACE", args.get(0));
        String pattern = StringArgument.of("REPLACE", args.get(1)).getLiteralLexicalForm();
        String replacement = StringArgument.of("REPLACE", args.get(2)).getLiteralLexicalForm();
        String flags = args.size() > 3 ? StringArgument.of("REPLACE", args.get(3)).getLiteralLexicalForm() : null;
        Pattern p = RegexEngine.makePattern("REPLACE", pattern, flags);
        String in = text.getLiteralLexicalForm();
        String out = p.matcher(new DeadlineText(in, QueryDeadline.of(env, timeoutMillis))).replaceAll(replacement);
        if (out.equals(in)) {
            return args.get(0);
        }
        String lang = text.getLiteralLanguage();
        return lang == null || lang.isEmpty() ? NodeValue.makeString(out) : NodeValue.makeLangString(out, lang);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedReplace(newArgs, timeoutMillis);
    }
}
