package kr.oneteam.rules.guard;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.*;
import com.github.javaparser.ast.type.Type;
import java.lang.reflect.Executable;
import java.util.Optional;

/**
 * Checks a consequence (the Java after {@code then}) statement by statement. Allowed: local variables,
 * assignments to them, {@code if}/{@code else}, blocks, and {@code insert(…)} of an outcome. Refused: every
 * loop, {@code throw}/{@code try}, {@code switch}, {@code return}, labels, {@code synchronized}, local
 * classes. Without loops a consequence runs each of its statements at most once, so it cannot hang; with at
 * most {@link #MAX_INSERTS} inserts and bounded text it cannot fill the memory either.
 */
final class ConsequenceChecker extends ExpressionChecker {

    /** More outcomes than this from one firing is a mistake (or an attack), not policy: the largest table has 14. */
    static final int MAX_INSERTS = 100;

    /** Table facts (no proposal) of a whole ruleset: every evaluation holds all of them. */
    static final int MAX_TABLE_FACTS = 1_000;

    private final boolean matchesProposal;
    private final boolean conditions;
    private final org.drools.drl.ast.descr.RuleDescr rule;
    /** The text JavaParser read: the consequence in braces (positions of its nodes are in this text). */
    private final DrlText parsed;
    private int inserts;

    /**
     * @param matchesProposal whether the rule's conditions match a proposal (then its outcomes name that
     *     proposal)
     * @param conditions whether the rule has conditions at all; only a rule without any inserts table facts
     *     such as ServedBy (it fires once per evaluation, whatever the proposals)
     */
    ConsequenceChecker(FileContext ctx, Locator at, Scope scope, boolean matchesProposal, boolean conditions) {
        this(ctx, at, scope, matchesProposal, conditions, null, null);
    }

    /**
     * @param rule the rule whose consequence this is, and {@code parsed} the text JavaParser read ("{" + the
     *     consequence + "}"): each {@code insert(…)} statement is recorded with its place for {@link CollectedOutcomes}
     */
    ConsequenceChecker(FileContext ctx, Locator at, Scope scope, boolean matchesProposal, boolean conditions,
            org.drools.drl.ast.descr.RuleDescr rule, DrlText parsed) {
        super(ctx, at, Mode.CONSEQUENCE, null, scope);
        this.matchesProposal = matchesProposal;
        this.conditions = conditions;
        this.rule = rule;
        this.parsed = parsed;
    }

    void block(BlockStmt block) {
        Scope outer = scope;
        scope = scope.child();
        for (Statement s : block.getStatements()) {
            statement(s);
        }
        scope = outer;
    }

    private void statement(Statement s) {
        if (s instanceof BlockStmt b) {
            block(b);
        } else if (s instanceof ExpressionStmt e) {
            expressionStatement(e.getExpression());
        } else if (s instanceof IfStmt i) {
            check(i.getCondition());
            branch(i.getThenStmt());
            i.getElseStmt().ifPresent(this::branch);
        } else if (s instanceof EmptyStmt) {
            // nothing to run
        } else if (s instanceof ForStmt || s instanceof ForEachStmt || s instanceof WhileStmt || s instanceof DoStmt) {
            refuse(s, keyword(s), "loops are not allowed in rules: a rule fires once for each match; to look at each "
                    + "item of a list, match it in the conditions with from, e.g. exists(ConsortiumMember(smeLike) "
                    + "from $p.consortium)");
        } else if (s instanceof ThrowStmt || s instanceof TryStmt) {
            refuse(s, keyword(s), "throw and try are not allowed in rules: say why a programme does not fit with an "
                    + "outcome (a Contribution INELIGIBLE or an Exclusion with its reason)");
        } else if (s instanceof SwitchStmt) {
            refuse(s, "switch", "switch is not allowed in rules: use if / else");
        } else if (s instanceof LocalClassDeclarationStmt || s instanceof LocalRecordDeclarationStmt) {
            refuse(s, "class", "local classes are not allowed in rules");
        } else {
            String kind = s.getClass().getSimpleName().replace("Stmt", "").toLowerCase(java.util.Locale.ROOT);
            refuse(s, keyword(s), kind + " statements are not allowed in rules: a consequence declares local "
                    + "variables, assigns them, uses if / else and inserts outcomes");
        }
    }

    private void branch(Statement s) {
        Scope outer = scope;
        scope = scope.child();
        statement(s);
        scope = outer;
    }

    private void expressionStatement(Expression e) {
        if (e instanceof VariableDeclarationExpr declaration) {
            declare(declaration);
        } else if (e instanceof MethodCallExpr || e instanceof AssignExpr || e instanceof UnaryExpr) {
            check(e);
        } else {
            check(e);
            refuse(e, null, "this expression does nothing on its own: a statement of a consequence inserts an "
                    + "outcome, declares or assigns a local variable");
        }
    }

    private void declare(VariableDeclarationExpr declaration) {
        for (VariableDeclarator v : declaration.getVariables()) {
            Optional<Value> init = v.getInitializer().map(this::check);
            boolean reported = init.isPresent() && init.get().reported();
            TypeRef type = reported && v.getType().isVarType() ? TypeRef.UNKNOWN
                    : localType(v.getType(), init.map(Value::type).orElse(null), v);
            if (type == null) {
                continue;
            }
            // A refused initializer still declares the name, so that its later uses are not reported again.
            Scope.Text text = reported ? Scope.Text.NONE : init.map(Value::text).orElse(Scope.Text.NONE);
            scope.put(new Scope.Variable(v.getNameAsString(), type, true, false, text));
        }
    }

    private TypeRef localType(Type type, TypeRef inferred, Node at) {
        if (type.isArrayType()) {
            refuse(at, type.asString(), "arrays are not allowed in rules: read the fact's fields and lists");
            return null;
        }
        if (type.isPrimitiveType()) {
            return TypeRef.java(primitive(type.asString()));
        }
        if (type.isVarType()) {
            if (inferred == null || !inferred.isInstance() || !ctx.vocabulary.localType(inferred)) {
                refuse(at, "var", "var needs a value of a type rules may use; write the type: int, long, String, …");
                return null;
            }
            return inferred;
        }
        String name = type.isClassOrInterfaceType() ? type.asClassOrInterfaceType().getNameWithScope() : type.asString();
        Optional<TypeRef> t = ctx.vocabulary.type(name);
        if (t.isEmpty() || !ctx.vocabulary.localType(t.get())) {
            refuse(at, type.asString(), "a local variable of type " + type.asString() + " is not allowed: use int, "
                    + "long, double, boolean, String, BigDecimal, LocalDate, an enum of the vocabulary or an outcome type");
            return null;
        }
        return t.get();
    }

    @Override
    protected Value unscopedCall(Expression x, String name, NodeList<Expression> args) {
        if (!name.equals("insert")) {
            return super.unscopedCall(x, name, args);
        }
        if (++inserts == MAX_INSERTS + 1) {
            return refuse(x, name, "more than " + MAX_INSERTS + " insert(…) in one rule: split the table into "
                    + "several rules");
        }
        if (args.size() != 1) {
            return refuse(x, name, "insert takes one outcome: insert(new Contribution(…))");
        }
        Expression arg = args.get(0);
        if (!(arg instanceof ObjectCreationExpr) && !(arg instanceof MethodCallExpr)) {
            check(arg);
            return refuse(arg, null, "insert(…) takes a new outcome: insert(new Contribution(…)) or an outcome's "
                    + "factory such as insert(Grant.gpus(…))");
        }
        Value v = check(arg);
        if (!v.reported() && !ctx.vocabulary.creatable(v.type())) {
            return refuse(arg, null, "insert(…) takes an outcome: " + Vocabulary.creatableList());
        }
        if (!v.reported() && parsed != null && x instanceof MethodCallExpr call
                && call.getParentNode().filter(p -> p instanceof ExpressionStmt).isPresent()) {
            call.getName().getBegin().ifPresent(begin -> ctx.collecting.inserted(rule,
                    parsed.offset(begin.line, begin.column) - 1, v.type()));
        }
        return Value.of(TypeRef.UNKNOWN);
    }

    @Override
    protected boolean isInsertArgument(Expression x) {
        return x.getParentNode().filter(p -> p instanceof MethodCallExpr call && call.getScope().isEmpty()
                && call.getNameAsString().equals("insert")).isPresent();
    }

    @Override
    protected void created(Expression x, TypeRef type, Executable made, NodeList<Expression> args) {
        super.created(x, type, made, args);
        tableCheck(x, type);
    }

    /**
     * A fact that names no proposal (a table row such as ServedBy) comes from a rule without conditions, and an
     * outcome of one proposal from a rule that matches it: otherwise one proposal of a batch could change the
     * routing of another.
     */
    private void tableCheck(Expression x, TypeRef type) {
        boolean perProposal = ctx.vocabulary.perProposal(type);
        if (!perProposal && !conditions && ctx.tableFact() == MAX_TABLE_FACTS + 1) {
            refuse(x, type.display(), "more than " + MAX_TABLE_FACTS + " table facts in the ruleset: a table this "
                    + "large belongs in the catalogue, not in rules");
        }
        if (!perProposal && conditions) {
            refuse(x, type.display(), type.display() + " is a table fact (it names no proposal): insert it from a rule "
                    + "without conditions, like \"R-BKL-01 served-by table\", so that one proposal cannot change "
                    + "another's routing");
        } else if (perProposal && !matchesProposal) {
            refuse(x, type.display(), type.display() + " belongs to one proposal: insert it from a rule that matches "
                    + "the proposal (Proposal($id : id, …))");
        }
    }

    private static String keyword(Statement s) {
        if (s instanceof ForStmt || s instanceof ForEachStmt) {
            return "for";
        } else if (s instanceof WhileStmt) {
            return "while";
        } else if (s instanceof DoStmt) {
            return "do";
        } else if (s instanceof ThrowStmt) {
            return "throw";
        } else if (s instanceof TryStmt) {
            return "try";
        } else if (s instanceof ReturnStmt) {
            return "return";
        }
        return null;
    }
}
