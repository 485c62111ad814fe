package org.paperkg.server.policy;

import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;

/** Replaces every regular-expression function of a query (REGEX, REPLACE, fn:matches, fn:replace) by its bounded form. */
final class BoundedExpressions extends ExprTransformCopy {

    private static final String FN = "http://www.w3.org/2005/xpath-functions#";

    private final long timeoutMillis;

    BoundedExpressions(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
        if (func instanceof E_Regex || isFunction(func, "matches")) {
            if (args.size() >= 2 && args.size() <= 3) {
                return new BoundedRegex(args, timeoutMillis);
            }
        } else if (func instanceof E_StrReplace || isFunction(func, "replace")) {
            if (args.size() >= 3 && args.size() <= 4) {
                return new BoundedReplace(args, timeoutMillis);
            }
        }
        return super.transform(func, args);
    }

    private static boolean isFunction(ExprFunctionN func, String localName) {
        return func instanceof E_Function f && (FN + localName).equals(f.getFunctionIRI());
    }
}
