package kr.oneteam.rules.guard;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.*;
import org.drools.mvel.parser.ast.expr.DrlxExpression;

/**
 * Walks one DRL file as Drools' parser read it ({@link PackageDescr}) and refuses every construct routing
 * does not need: functions, queries, globals, function imports, entry points, windows, timers, named
 * consequences, {@code collect}, {@code accumulate} with custom code, the MVEL dialect, {@code declare} with
 * anything but fields. What is left — patterns with constraints, {@code not}/{@code exists}/{@code forall},
 * {@code from} over a fact's list, {@code accumulate} with count/sum/min/max/average, {@code eval} and the
 * consequences — is checked expression by expression ({@link ExpressionChecker}, {@link ConsequenceChecker}).
 *
 * <p>It also makes every rule look at one proposal at a time: after the first pattern of a proposal, every
 * pattern of a type that belongs to a proposal must be joined to it ({@code proposalId == $id}); otherwise a
 * batch joins every proposal's facts with every other's, and one proposal can change another's routing.
 */
final class DescrChecker {

    private static final Set<String> ATTRIBUTES = Set.of("salience", "no-loop", "dialect");

    /**
     * Patterns a rule may join, so that no rule multiplies facts without bound: at most this many facts of
     * the proposal (the Proposal itself, its outcomes, its classification facts) …
     */
    static final int MAX_PROPOSAL_PATTERNS = 4;
    /** … and at most one table (ServedBy rows, a declared type of caps). */
    static final int MAX_TABLE_PATTERNS = 1;
    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average");
    private static final Pattern FACT_CHANGE = Pattern.compile("\\b(modify|update|retract|delete|insertLogical)\\s*\\(");
    private static final Pattern LITERAL = Pattern.compile(
            "-?\\d+(\\.\\d+)?[lLdD]?|true|false|\"[^\"\\\\]*\"|[A-Z][A-Za-z0-9]*\\.[A-Z][A-Z0-9_]*");

    private final FileContext ctx;
    private final ParsedDrl drl;
    private final List<GuardReport.RuleOutline> outlines;

    DescrChecker(FileContext ctx, ParsedDrl drl, List<GuardReport.RuleOutline> outlines) {
        this.ctx = ctx;
        this.drl = drl;
        this.outlines = outlines;
    }

    void check() {
        PackageDescr pkg = drl.descr();
        for (AttributeDescr a : pkg.getAttributes()) {
            attribute(a);
        }
        pkg.getFunctionImports().forEach(f -> ctx.refuse(offset(f), "import static and import function are not "
                + "allowed: rules call no functions; write the computation in the consequence"));
        pkg.getGlobals().forEach(g -> ctx.refuse(offset(g), "globals are not allowed: rules read facts and insert "
                + "outcomes; a table of values is a rule without conditions that inserts facts (see backlog.drl)"));
        pkg.getFunctions().forEach(f -> ctx.refuse(offset(f), "functions are not allowed: write the computation in "
                + "the consequence (locals, if / else, the ternary, Math.min/max)"));
        pkg.getEnumDeclarations().forEach(e -> ctx.refuse(offset(e), "declare enum is not allowed: use the "
                + "vocabulary's enums (SizeClass, Category, …)"));
        pkg.getEntryPointDeclarations().forEach(e -> ctx.refuse(offset(e), "entry points are not allowed"));
        pkg.getWindowDeclarations().forEach(w -> ctx.refuse(offset(w), "windows are not allowed"));
        for (RuleDescr rule : pkg.getRules()) {
            if (rule.isQuery()) {
                ctx.refuse(offset(rule), "queries are not allowed: routing needs rules only");
            } else {
                rule(rule);
            }
        }
    }

    /** {@code declare X field : Type end}: a new fact type with typed fields and literal defaults, nothing else. */
    static void declaration(FileContext ctx, TypeDeclarationDescr type, Map<String, DeclaredType> registry,
            String packageName, Map<String, TypeRef> fields) {
        int at = offset(ctx, type);
        if (ctx.vocabulary.type(type.getTypeName()).filter(t -> t.kind() == TypeRef.Kind.JAVA).isPresent()) {
            ctx.refuse(at, "declare " + type.getTypeName() + " names an existing type: declare only new fact types");
            return;
        }
        if (type.isTrait() || !type.getSuperTypes().isEmpty()) {
            ctx.refuse(at, "declare … extends and traits are not allowed: declare a new type with its own fields");
        }
        if (!type.getAnnotationNames().isEmpty()) {
            ctx.refuse(at, "annotations (@" + String.join(", @", type.getAnnotationNames()) + ") are not allowed in declare");
        }
        for (TypeFieldDescr field : type.getFields().values()) {
            int fieldAt = offset(ctx, field);
            if (!field.getAnnotationNames().isEmpty()) {
                ctx.refuse(fieldAt, "annotations are not allowed on declared fields");
            }
            String typeName = field.getPattern() == null ? "" : field.getPattern().getObjectType();
            Optional<TypeRef> fieldType = typeName.matches("boolean|byte|short|char|int|long|float|double")
                    ? Optional.of(TypeRef.java(ExpressionChecker.primitive(typeName))) : ctx.vocabulary.type(typeName);
            if (fieldType.isEmpty() || !ctx.vocabulary.localType(fieldType.get())) {
                ctx.refuse(fieldAt, "field " + field.getFieldName() + " : " + typeName + " — a declared field is an int, "
                        + "long, double, boolean, String, BigDecimal, LocalDate or a vocabulary enum");
                continue;
            }
            String init = field.getInitExpr();
            if (init != null && !LITERAL.matcher(init.strip()).matches()) {
                ctx.refuse(fieldAt, "the default of " + field.getFieldName() + " must be a literal (16, 10000000L, "
                        + "\"text\", true, SizeClass.SME), not " + init.strip());
            }
            fields.put(field.getFieldName(), fieldType.get());
        }
    }

    private void attribute(AttributeDescr a) {
        String name = a.getName();
        String value = a.getValue() == null ? "" : a.getValue().strip();
        if (!ATTRIBUTES.contains(name)) {
            ctx.refuse(offset(a), "the attribute " + name + " is not allowed: rules may use salience (a whole number, "
                    + "only where the policy orders rules) and no-loop");
        } else if (name.equals("dialect") && !value.equals("java")) {
            ctx.refuse(offset(a), "dialect \"" + value + "\" is not allowed: consequences are Java (dialect \"java\", the "
                    + "default). MVEL runs its own loops, inline arrays and method calls the guard cannot read");
        } else if (name.equals("salience") && !value.matches("-?\\d{1,6}")) {
            ctx.refuse(offset(a), "salience must be a whole number, e.g. salience -50 (not " + value + ")");
        }
    }

    // ---- rules --------------------------------------------------------------------------------------------

    /** What the walk over a rule's conditions knows so far. */
    private static final class RuleState {
        Scope scope = new Scope(null);
        boolean anchored;
        boolean matchesProposal;
        int proposalPatterns;
        int tablePatterns;

        RuleState copy() {
            RuleState s = new RuleState();
            s.scope = scope.child();
            s.anchored = anchored;
            s.matchesProposal = matchesProposal;
            s.proposalPatterns = proposalPatterns;
            s.tablePatterns = tablePatterns;
            return s;
        }
    }

    private void rule(RuleDescr rule) {
        int at = nameOffset(rule);
        outlines.add(new GuardReport.RuleOutline(drl.descr().getNamespace(), rule.getName(), ctx.file,
                ctx.text.line(at), ctx.text.column(at)));
        if (!DrlGuard.RULE_NAME.matcher(rule.getName()).matches()) {
            ctx.refuse(at, "rule name \"" + rule.getName() + "\" must start with its policy id, e.g. \"R-CMP-01 SME "
                    + "small GPU request → P01\"");
        }
        rule.getAttributes().values().forEach(this::attribute);
        if (rule.hasParent()) {
            ctx.refuse(at, "rule … extends is not allowed: repeat the conditions, or derive a fact both rules match");
        }
        if (!rule.getNamedConsequences().isEmpty()) {
            ctx.refuse(at, "named consequences (then[…], do[…]) are not allowed: write one rule per case");
        }
        RuleState state = new RuleState();
        if (rule.getLhs() != null) {
            lhs(rule.getLhs(), state, true);
        }
        consequence(rule, state);
    }

    private void lhs(BaseDescr d, RuleState st, boolean top) {
        if (d instanceof AndDescr and) {
            and.getDescrs().forEach(child -> lhs(child, st, top));
        } else if (d instanceof OrDescr or) {
            boolean matches = false;
            for (BaseDescr branch : or.getDescrs()) {
                RuleState s = st.copy();
                lhs(branch, s, top);
                matches |= s.matchesProposal;
                if (top) {
                    st.scope = s.scope; // a binding used after an "or" must be bound in each branch; the compiler checks
                }
            }
            st.matchesProposal |= matches;
            st.anchored |= matches;
        } else if (d instanceof NotDescr || d instanceof ExistsDescr || d instanceof ForallDescr) {
            RuleState inner = st.copy();
            ((ConditionalElementDescr) d).getDescrs().forEach(child -> lhs((BaseDescr) child, inner, false));
        } else if (d instanceof EvalDescr eval) {
            eval(eval, st);
        } else if (d instanceof PatternDescr p) {
            pattern(p, st, top);
        } else if (d instanceof ConditionalBranchDescr || d instanceof NamedConsequenceDescr) {
            ctx.refuse(offset(d), "conditional consequences (if … do[…]) are not allowed: write one rule per case");
        } else {
            ctx.refuse(offset(d), d.getClass().getSimpleName().replace("Descr", "") + " is not allowed in a rule's conditions");
        }
    }

    private void eval(EvalDescr eval, RuleState st) {
        String text = String.valueOf(eval.getContent());
        int start = offset(eval);
        int inner = ctx.text.find("eval", start, start + 8);
        int found = ctx.text.original().indexOf(text, inner);
        int from = found < 0 ? start : found;
        Optional<Expression> e = JavaSnippets.expression(ctx, text, from);
        e.ifPresent(x -> new ExpressionChecker(ctx, JavaSnippets.locator(ctx, from, text), ExpressionChecker.Mode.EXPRESSION,
                null, st.scope).check(x));
    }

    private void pattern(PatternDescr p, RuleState st, boolean top) {
        int at = offset(p);
        PatternSourceDescr source = p.getSource();
        if (source instanceof CollectDescr) {
            ctx.refuse(offset(source, at), "collect is not allowed: count with accumulate(…; $n : count()) or test with exists(…)");
            return;
        } else if (source instanceof EntryPointDescr) {
            ctx.refuse(ctx.text.find("entry", at, at + 400), "entry points are not allowed: rules see the proposals the engine inserts");
            return;
        } else if (source != null && !(source instanceof FromDescr) && !(source instanceof AccumulateDescr)) {
            ctx.refuse(offset(source, at), source.getClass().getSimpleName().replace("Descr", "") + " is not allowed as a pattern source");
            return;
        }
        boolean fromAccumulate = source instanceof AccumulateDescr;
        Optional<TypeRef> type = fromAccumulate && p.getObjectType().equals("Object")
                ? Optional.of(TypeRef.java(Object.class)) : ctx.vocabulary.type(p.getObjectType());
        if (type.isEmpty() || (!ctx.vocabulary.matchable(type.get()) && !fromAccumulate)) {
            ctx.refuse(ctx.text.find(simple(p.getObjectType()), at, at + 200), "'" + p.getObjectType()
                    + "' cannot be matched: patterns match the facts (Proposal and its sections), the outcomes ("
                    + Vocabulary.creatableList() + ") and, with from, strings and enum values");
            return;
        }
        if (!(fromAccumulate && p.getObjectType().equals("Object"))) {
            ctx.collecting.matched(type.get()); // an accumulate's Object result pattern matches no fact
        }
        if (p.isQuery()) {
            ctx.refuse(at, "queries are not allowed in rules");
        }
        if (!p.getBehaviors().isEmpty()) {
            ctx.refuse(at, "windows (over window:…) are not allowed");
        }
        if (!p.getAnnotationNames().isEmpty()) {
            // @watch and the like steer property reactivity, which routing turns off (decision record 045): a fact is
            // never modified, so there is nothing to react to. Refused here, in the guard's words, instead of by
            // Drools' compiler ("Wrong usage of @Watch annotation on class … not annotated as @PropertyReactive").
            String first = p.getAnnotationNames().iterator().next();
            ctx.refuse(ctx.text.find("@" + first, at, at + 400), "pattern annotations (@" + String.join(", @",
                    p.getAnnotationNames()) + ") are not allowed: facts are never modified, so there is nothing to watch");
        }
        boolean fromList = false;
        if (source instanceof FromDescr from) {
            fromList = true;
            from(p, from, st);
        } else if (source instanceof AccumulateDescr acc) {
            accumulate(p, acc, st);
        }
        TypeRef t = type.get();
        boolean joined = false;
        for (BaseDescr c : p.getDescrs()) {
            joined |= constraint(c, t, st);
        }
        if (p.getIdentifier() != null) {
            st.scope.put(new Scope.Variable(p.getIdentifier(), t, false, false, Scope.Text.NONE));
        }
        if (fromList || fromAccumulate) {
            return;
        }
        int typeAt = ctx.text.find(simple(p.getObjectType()), at, at + 200);
        if (ctx.vocabulary.perProposal(t)) {
            if (!joined && (!top || st.anchored)) {
                ctx.refuse(typeAt, "join " + t.display() + " to its proposal: write proposalId == $id (bind $id : id "
                        + "on the Proposal pattern). A pattern that is not joined mixes the proposals of a batch");
            }
            st.anchored = true;
            st.matchesProposal = true;
            if (top && ++st.proposalPatterns == MAX_PROPOSAL_PATTERNS + 1) {
                ctx.refuse(typeAt, "a rule may match at most " + MAX_PROPOSAL_PATTERNS + " facts of a proposal: each "
                        + "more multiplies the matches; derive a classification fact instead");
            }
        } else if (top && ++st.tablePatterns == MAX_TABLE_PATTERNS + 1) {
            ctx.refuse(typeAt, "a rule may match at most one table (facts such as ServedBy that name no proposal): two "
                    + "tables multiply each other; put the values in one declared type");
        }
    }

    /** Checks one constraint; true when it joins the pattern to a bound proposal id. */
    private boolean constraint(BaseDescr c, TypeRef type, RuleState st) {
        if (!(c instanceof ExprConstraintDescr e)) {
            ctx.refuse(offset(c), "this kind of constraint is not allowed");
            return false;
        }
        int start = offset(e);
        if (e.getType() == ExprConstraintDescr.Type.POSITIONAL) {
            ctx.refuse(start, "positional constraints are not allowed: name the field, e.g. proposalId == $id");
            return false;
        }
        String text = e.getExpression();
        int from = ctx.text.original().indexOf(text, start);
        from = from < 0 ? start : from;
        Optional<DrlxExpression> parsed = JavaSnippets.constraint(ctx, text, from);
        if (parsed.isEmpty()) {
            return false;
        }
        DrlxExpression x = parsed.get();
        Locator locator = new Locator(ctx.text, from, from + text.length(), null, 0);
        ExpressionChecker.Value v = new ExpressionChecker(ctx, locator, ExpressionChecker.Mode.CONSTRAINT, type, st.scope)
                .check(x.getExpr());
        if (x.getBind() != null && !v.reported()) {
            String bound = x.getExpr() instanceof NameExpr n ? n.getNameAsString() : null;
            boolean key = ("id".equals(bound) && type.raw() == kr.oneteam.rules.fact.Proposal.class)
                    || ("proposalId".equals(bound) && ctx.vocabulary.perProposal(type));
            st.scope.put(new Scope.Variable(x.getBind().getIdentifier(), v.type(), false, key, Scope.Text.NONE));
        }
        return joins(x.getExpr(), st.scope);
    }

    /** {@code proposalId == $id}, {@code $id == proposalId} or {@code id == $id} with $id a proposal's id. */
    private static boolean joins(Expression e, Scope scope) {
        if (!(e instanceof com.github.javaparser.ast.expr.BinaryExpr b)
                || b.getOperator() != com.github.javaparser.ast.expr.BinaryExpr.Operator.EQUALS) {
            return false;
        }
        return joinSides(b.getLeft(), b.getRight(), scope) || joinSides(b.getRight(), b.getLeft(), scope);
    }

    private static boolean joinSides(Expression field, Expression variable, Scope scope) {
        if (!(field instanceof NameExpr f) || !(variable instanceof NameExpr v)) {
            return false;
        }
        String name = f.getNameAsString();
        Scope.Variable bound = scope.find(v.getNameAsString());
        return (name.equals("proposalId") || name.equals("id")) && bound != null && bound.proposalKey();
    }

    private void from(PatternDescr p, FromDescr from, RuleState st) {
        String text = from.getExpression();
        int start = offset(p);
        int fromKeyword = ctx.text.find("from", start, ctx.text.length());
        int at = ctx.text.original().indexOf(text, fromKeyword);
        int begin = at < 0 ? fromKeyword : at;
        JavaSnippets.expression(ctx, text, begin).ifPresent(x -> {
            ExpressionChecker.Value v = new ExpressionChecker(ctx, JavaSnippets.locator(ctx, begin, text),
                    ExpressionChecker.Mode.EXPRESSION, null, st.scope).check(x);
            if (!v.reported() && !v.type().isCollection() && !ctx.vocabulary.matchable(v.type())) {
                ctx.refuse(begin, "from takes a list of the proposal (e.g. from $p.consortium), not " + v.type().display());
            }
        });
    }

    private void accumulate(PatternDescr p, AccumulateDescr acc, RuleState st) {
        int at = offset(acc, offset(p));
        if (acc.getInitCode() != null || acc.getActionCode() != null || acc.getResultCode() != null
                || acc.getReverseCode() != null) {
            ctx.refuse(at, "accumulate with custom code (init/action/reverse/result) is not allowed: use count, sum, "
                    + "min, max or average, e.g. accumulate(Contribution(proposalId == $id); $n : count())");
            return;
        }
        RuleState inner = st.copy();
        if (acc.getInput() != null) {
            lhs(acc.getInput(), inner, false);
        }
        for (AccumulateDescr.AccumulateFunctionCallDescr f : acc.getFunctions()) {
            if (!ACCUMULATE_FUNCTIONS.contains(f.getFunction())) {
                ctx.refuse(ctx.text.find(f.getFunction(), at, ctx.text.length()), "accumulate function " + f.getFunction()
                        + " is not allowed: use count, sum, min, max or average");
                continue;
            }
            for (String param : f.getParams()) {
                int paramAt = ctx.text.original().indexOf(param, at);
                int begin = paramAt < 0 ? at : paramAt;
                JavaSnippets.expression(ctx, param, begin).ifPresent(x -> new ExpressionChecker(ctx,
                        JavaSnippets.locator(ctx, begin, param), ExpressionChecker.Mode.EXPRESSION, null, inner.scope).check(x));
            }
            if (f.getBind() != null) {
                TypeRef result = f.getFunction().equals("count") ? TypeRef.java(Long.class) : TypeRef.java(Number.class);
                st.scope.put(new Scope.Variable(f.getBind(), result, false, false, Scope.Text.NONE));
            }
        }
    }

    // ---- consequences -------------------------------------------------------------------------------------

    private void consequence(RuleDescr rule, RuleState st) {
        Object consequence = rule.getConsequence();
        if (consequence == null) {
            return;
        }
        if (!(consequence instanceof String text)) {
            ctx.refuse(nameOffset(rule), "this consequence cannot be read as Java");
            return;
        }
        int lhsEnd = rule.getLhs() != null && rule.getLhs().getEndCharacter() > 0 ? rule.getLhs().getEndCharacter()
                : Math.max(0, rule.getStartCharacter());
        int start = text.isBlank() ? lhsEnd : ctx.text.original().indexOf(text, lhsEnd);
        if (start < 0) {
            start = ctx.text.offset(rule.getConsequenceLine(), 1);
        }
        Matcher change = FACT_CHANGE.matcher(ctx.text.code().substring(start, Math.min(ctx.text.length(), start + text.length())));
        if (change.find()) {
            ctx.refuse(start + change.start(), "'" + change.group(1) + "' is not allowed: rules record outcomes with "
                    + "insert(new …) and never change or remove facts");
            return;
        }
        int begin = start;
        Optional<BlockStmt> block = JavaSnippets.block(ctx, text, begin);
        boolean conditions = rule.getLhs() != null && !rule.getLhs().getDescrs().isEmpty();
        block.ifPresent(b -> new ConsequenceChecker(ctx, JavaSnippets.blockLocator(ctx, begin, text), st.scope,
                st.matchesProposal, conditions, rule, DrlText.of("{" + text + "\n}")).block(b));
    }

    // ---- positions ----------------------------------------------------------------------------------------

    private int offset(BaseDescr d) {
        return offset(ctx, d);
    }

    private int offset(BaseDescr d, int fallback) {
        int o = offset(ctx, d);
        return o == 0 && (d.getLine() <= 0) ? fallback : o;
    }

    static int offset(FileContext ctx, BaseDescr d) {
        if (d.getStartCharacter() >= 0) {
            return d.getStartCharacter();
        }
        if (d.getLine() > 0) {
            return ctx.text.offset(d.getLine(), d.getColumn() + 1);
        }
        return 0;
    }

    /** The rule's name right after the keyword, where the analyst reads it. */
    private int nameOffset(RuleDescr rule) {
        int at = offset(rule);
        int quoted = ctx.text.original().indexOf(rule.getName(), at);
        return quoted < 0 || quoted > at + 40 + rule.getName().length() ? at : Math.max(at, quoted - 1);
    }

    private static String simple(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
