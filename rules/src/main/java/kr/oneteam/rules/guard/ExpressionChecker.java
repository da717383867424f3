package kr.oneteam.rules.guard;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.*;
import java.lang.reflect.Executable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.drools.mvel.parser.ast.expr.BigDecimalLiteralExpr;
import org.drools.mvel.parser.ast.expr.BigIntegerLiteralExpr;
import org.drools.mvel.parser.ast.expr.HalfBinaryExpr;
import org.drools.mvel.parser.ast.expr.HalfPointFreeExpr;
import org.drools.mvel.parser.ast.expr.NullSafeFieldAccessExpr;
import org.drools.mvel.parser.ast.expr.NullSafeMethodCallExpr;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;

/**
 * Checks one expression — a constraint of a pattern (Drools' DRLX syntax), an {@code eval}, a {@code from}
 * source, or an expression of a consequence — against the {@link Vocabulary}: every name must resolve, every
 * field must exist on its fact type, every call must be on the list for its receiver's type, every
 * {@code new} must create an outcome inside {@code insert(…)}, and text built with {@code +} must stay
 * small. It computes static types as it goes (from the fact classes' getters), which is what lets it tell
 * {@code company.sizeClass} (allowed) from {@code company.getClass()} (refused) and say "Company has no
 * field "size" — did you mean sizeClass?".
 */
class ExpressionChecker {

    enum Mode { CONSTRAINT, EXPRESSION, CONSEQUENCE }

    /** Text built in one expression or held by one local may come from at most this many values … */
    static final int MAX_TEXT_PIECES = 64;
    /** … and hold at most this many characters of literals. */
    static final int MAX_TEXT_LITERALS = 65_536;

    /** An expression's static type and text bound; {@code reported} when a refusal was already given for it. */
    record Value(TypeRef type, Scope.Text text, boolean reported) {

        static final Value REPORTED = new Value(TypeRef.UNKNOWN, Scope.Text.NONE, true);

        static Value of(TypeRef type) {
            return new Value(type, type.isString() ? Scope.Text.ONE_VALUE : Scope.Text.NONE, false);
        }

        static Value text(Scope.Text text) {
            return new Value(TypeRef.STRING, text, false);
        }
    }

    private static final Set<String> ENGINE_NAMES = Set.of("drools", "kcontext");
    private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jakarta", "jdk", "sun", "com", "org",
            "net", "io", "kr", "groovy", "kotlin", "scala");
    private static final Set<String> FACT_CHANGES = Set.of("modify", "update", "retract", "delete", "insertLogical");
    private static final Set<String> POINT_FREE = Set.of("contains", "memberOf", "in");

    protected final FileContext ctx;
    protected final Locator at;
    private final Mode mode;
    private final TypeRef pattern;
    protected Scope scope;

    ExpressionChecker(FileContext ctx, Locator at, Mode mode, TypeRef pattern, Scope scope) {
        this.ctx = ctx;
        this.at = at;
        this.mode = mode;
        this.pattern = pattern;
        this.scope = scope;
    }

    Value check(Expression e) {
        if (e instanceof EnclosedExpr x) {
            return check(x.getInner());
        } else if (e instanceof NameExpr x) {
            return name(x);
        } else if (e instanceof FieldAccessExpr x) {
            return field(x, x.getScope(), x.getNameAsString());
        } else if (e instanceof NullSafeFieldAccessExpr x) {
            return field(x, x.getScope(), x.getNameAsString());
        } else if (e instanceof MethodCallExpr x) {
            return call(x, x.getScope().orElse(null), x.getNameAsString(), x.getArguments());
        } else if (e instanceof NullSafeMethodCallExpr x) {
            return call(x, x.getScope().orElse(null), x.getNameAsString(), x.getArguments());
        } else if (e instanceof ObjectCreationExpr x) {
            return creation(x);
        } else if (e instanceof StringLiteralExpr x) {
            return Value.text(Scope.Text.literal(x.getValue().length()));
        } else if (e instanceof TextBlockLiteralExpr x) {
            return Value.text(Scope.Text.literal(x.getValue().length()));
        } else if (e instanceof CharLiteralExpr) {
            return Value.of(TypeRef.java(char.class));
        } else if (e instanceof IntegerLiteralExpr) {
            return Value.of(TypeRef.INT);
        } else if (e instanceof LongLiteralExpr) {
            return Value.of(TypeRef.LONG);
        } else if (e instanceof DoubleLiteralExpr) {
            return Value.of(TypeRef.DOUBLE);
        } else if (e instanceof BooleanLiteralExpr) {
            return Value.of(TypeRef.BOOLEAN);
        } else if (e instanceof NullLiteralExpr) {
            return Value.of(TypeRef.NULL);
        } else if (e instanceof BigDecimalLiteralExpr || e instanceof BigIntegerLiteralExpr) {
            return Value.of(TypeRef.java(BigDecimal.class));
        } else if (e instanceof BinaryExpr x) {
            return binary(x);
        } else if (e instanceof UnaryExpr x) {
            return unary(x);
        } else if (e instanceof ConditionalExpr x) {
            return conditional(x);
        } else if (e instanceof CastExpr x) {
            return cast(x);
        } else if (e instanceof InstanceOfExpr x) {
            return instanceOf(x);
        } else if (e instanceof AssignExpr x) {
            return assign(x);
        } else if (e instanceof ThisExpr x) {
            return self(x);
        } else if (e instanceof PointFreeExpr x) {
            return pointFree(x, x.getOperator().getIdentifier(), x.getLeft(), x.getRight());
        } else if (e instanceof HalfPointFreeExpr x) {
            return pointFree(x, x.getOperator().getIdentifier(), null, x.getRight());
        } else if (e instanceof HalfBinaryExpr x) {
            Value right = check(x.getRight());
            return right.reported() ? right : Value.of(TypeRef.BOOLEAN);
        }
        return refuse(e, refusalOf(e));
    }

    /** Why a kind of expression is not allowed, and what to write instead. */
    private static String refusalOf(Expression e) {
        String kind = e.getClass().getSimpleName();
        if (e instanceof ArrayAccessExpr || e instanceof ArrayCreationExpr || e instanceof ArrayInitializerExpr) {
            return "arrays are not allowed in rules: read the fact's fields and lists (contains, size, get)";
        } else if (e instanceof LambdaExpr || e instanceof MethodReferenceExpr) {
            return "lambdas and method references are not allowed in rules: write the condition in the pattern, "
                    + "or match list items with from";
        } else if (e instanceof ClassExpr) {
            return "class literals (.class) are not allowed in rules";
        } else if (e instanceof SwitchExpr) {
            return "switch is not allowed in rules: use if / else or the ternary a ? b : c";
        } else if (e instanceof VariableDeclarationExpr) {
            return "a local variable can only be declared as a statement of the consequence";
        } else if (kind.contains("InlineCast")) {
            return "inline casts (#Type) are not allowed in rules: match the type in its own pattern";
        } else if (kind.contains("OOPath")) {
            return "OOPath expressions are not allowed in rules: write the path with dots, or match list items with from";
        } else if (kind.contains("ListCreation") || kind.contains("MapCreation")) {
            return "inline lists and maps are not allowed in rules: write the values with in (A, B, C)";
        } else if (kind.contains("Temporal")) {
            return "temporal operators are not allowed in rules: compare dates with <, <=, >, >= (receivedDate)";
        } else if (e instanceof SuperExpr) {
            return "super is not allowed in rules";
        }
        return kind.replace("Expr", "") + " expressions are not allowed in rules";
    }

    // ---- names and fields ---------------------------------------------------------------------------------

    private Value name(NameExpr x) {
        String name = x.getNameAsString();
        if (ENGINE_NAMES.contains(name)) {
            return refuse(x, name, "'" + name + "' is not allowed: rules do not reach the engine; they record "
                    + "outcomes with insert(new Contribution(…)) and the other outcome types");
        }
        Scope.Variable v = scope.find(name);
        if (v != null) {
            return new Value(v.type(), v.local() ? v.text() : (v.type().isString() ? Scope.Text.ONE_VALUE : Scope.Text.NONE), false);
        }
        if (mode == Mode.CONSTRAINT && pattern != null) {
            Optional<TypeRef> property = ctx.vocabulary.property(pattern, name);
            if (property.isPresent()) {
                return Value.of(property.get());
            }
        }
        Optional<TypeRef> type = ctx.vocabulary.type(name);
        if (type.isPresent()) {
            return Value.of(type.get().asTypeName());
        }
        if (ctx.vocabulary.isPackagePrefix(name)) {
            return Value.of(TypeRef.packagePrefix(name));
        }
        if (mode == Mode.CONSTRAINT && pattern != null && !Character.isUpperCase(name.charAt(0)) && !name.startsWith("$")) {
            return refuse(x, name, noField(pattern, name));
        }
        if (Character.isUpperCase(name.charAt(0))) {
            return refuse(x, name, "'" + name + "' is not a type rules may use: " + allowedTypes());
        }
        if (PACKAGE_ROOTS.contains(name)) {
            return refuse(x, name, "'" + name + ".…' is not allowed in rules: " + allowedTypes());
        }
        return refuse(x, name, "unknown name '" + name + "'" + Suggestions.didYouMean(name, scope.names())
                + (scope.names().isEmpty() ? "" : " (the names here are " + String.join(", ", scope.names()) + ")"));
    }

    static String allowedTypes() {
        return "rules use the facts (Proposal and its sections), the outcomes (" + Vocabulary.creatableList()
                + "), the vocabulary enums (SizeClass, Category, …), String, numbers, BigDecimal, LocalDate, "
                + "Math.min/max/abs and Labels.korean";
    }

    private String noField(TypeRef owner, String name) {
        List<String> fields = ctx.vocabulary.propertyNames(owner);
        return owner.display() + " has no field \"" + name + "\"" + Suggestions.didYouMean(name, fields)
                + (fields.isEmpty() ? "" : " (fields of " + owner.display() + ": " + String.join(", ", fields) + ")");
    }

    private Value field(Expression x, Expression scopeExpr, String name) {
        Value owner = check(scopeExpr);
        if (owner.reported()) {
            return owner;
        }
        TypeRef t = owner.type();
        switch (t.kind()) {
            case PACKAGE -> {
                String qualified = t.packagePrefix() + "." + name;
                Optional<TypeRef> type = ctx.vocabulary.type(qualified);
                if (type.isPresent()) {
                    return Value.of(type.get().asTypeName());
                }
                if (ctx.vocabulary.isPackagePrefix(qualified)) {
                    return Value.of(TypeRef.packagePrefix(qualified));
                }
                return refuse(x, name, "'" + qualified + "' is not allowed in rules: " + allowedTypes());
            }
            case TYPE_NAME -> {
                Optional<TypeRef> constant = ctx.vocabulary.staticField(t, name);
                if (constant.isPresent()) {
                    return Value.of(constant.get());
                }
                Class<?> c = t.raw();
                if (c != null && Vocabulary.isVocabularyEnum(c)) {
                    List<String> constants = Vocabulary.constants(c);
                    return refuse(x, name, c.getSimpleName() + " has no value " + name + Suggestions.didYouMean(name, constants)
                            + " (values: " + String.join(", ", constants) + ")");
                }
                return refuse(x, name, "'" + t.display() + "." + name + "' is not allowed in rules");
            }
            case JAVA, DECLARED -> {
                Optional<TypeRef> property = ctx.vocabulary.property(t, name);
                if (property.isPresent()) {
                    return new Value(property.get(), property.get().isString() ? Scope.Text.ONE_VALUE : Scope.Text.NONE, false);
                }
                return refuse(x, name, noField(t, name));
            }
            default -> {
                return refuse(x, name, "cannot read '" + name + "' here: the value before it has no known type");
            }
        }
    }

    private Value self(ThisExpr x) {
        if (mode == Mode.CONSTRAINT && pattern != null) {
            return Value.of(pattern);
        }
        return refuse(x, "this", "'this' is only allowed in a pattern's conditions (String(this in (…)) from …)");
    }

    // ---- calls and creations ------------------------------------------------------------------------------

    private Value call(Expression x, Expression scopeExpr, String name, NodeList<Expression> args) {
        if (scopeExpr == null) {
            return unscopedCall(x, name, args);
        }
        Value owner = check(scopeExpr);
        Value[] values = new Value[args.size()];
        for (int i = 0; i < args.size(); i++) {
            values[i] = check(args.get(i));
        }
        if (owner.reported()) {
            return owner;
        }
        TypeRef t = owner.type();
        if (t.kind() == TypeRef.Kind.PACKAGE) {
            return refuse(x, name, "'" + t.packagePrefix() + "." + name + "' is not allowed in rules: " + allowedTypes());
        }
        if (t.isTypeName()) {
            Optional<TypeRef> result = ctx.vocabulary.staticMethod(t, name, args.size());
            if (result.isEmpty()) {
                return refuse(x, name, notCallable(t, name));
            }
            if (t.raw() != null && Vocabulary.CREATABLE_OUTCOMES.contains(t.raw())) {
                if (!isInsertArgument(x)) {
                    return refuse(x, name, t.display() + "." + name + "(…) is only allowed as the argument of insert(…): "
                            + "insert(" + t.display() + "." + name + "(…))");
                }
                created(x, result.get(), Vocabulary.factory(t.raw(), name, args.size()).orElse(null), args);
            }
            return textOf(result.get(), values, name);
        }
        if (!t.isInstance()) {
            return refuse(x, name, "cannot call " + name + "(…) here: the value before it has no known type");
        }
        Optional<TypeRef> result = ctx.vocabulary.method(t, name, args.size());
        if (result.isEmpty()) {
            return refuse(x, name, notCallable(t, name));
        }
        if (t.isString() && result.get().isString()) {
            return new Value(TypeRef.STRING, owner.text(), false); // substring, trim, toLowerCase: no longer than the text itself
        }
        return textOf(result.get(), values, name);
    }

    private static Value textOf(TypeRef result, Value[] args, String name) {
        if (!result.isString()) {
            return Value.of(result);
        }
        // String.valueOf(x), Labels.korean(x), Labels.percent(x): one value of bounded length.
        return Value.text(name.equals("valueOf") && args.length == 1 ? args[0].text().max(Scope.Text.ONE_VALUE) : Scope.Text.ONE_VALUE);
    }

    private String notCallable(TypeRef t, String name) {
        if (Set.of("getClass", "getDeclaringClass", "wait", "notify", "notifyAll", "hashCode", "clone", "finalize").contains(name)) {
            return name + "() is not allowed in rules (methods of Object other than equals and toString are refused)";
        }
        if (Set.of("stream", "forEach", "iterator", "toArray", "parallelStream", "removeIf", "spliterator").contains(name)) {
            return name + "() is not allowed in rules: to look at each item of a list, match it in the conditions "
                    + "with from, e.g. exists(ConsortiumMember(smeLike) from $p.consortium)";
        }
        if (t.raw() == String.class && Set.of("format", "formatted", "repeat", "replaceAll", "replaceFirst", "replace",
                "split", "matches", "join", "concat", "chars", "lines", "getBytes").contains(name)) {
            return "String." + name + "(…) is not allowed in rules: build text with + and Labels.korean/percent";
        }
        List<String> allowed = ctx.vocabulary.methodNames(t);
        String who = t.isTypeName() ? t.display() + "." + name + "(…)" : name + "(…) on " + t.display();
        return who + " is not allowed in rules" + (allowed.isEmpty() ? ": " + allowedTypes()
                : Suggestions.didYouMean(name, allowed) + " (allowed on " + t.display() + ": " + String.join(", ", allowed) + ")");
    }

    /** A call without an object: only insert(…) in a consequence (and eval(…) inside a pattern). */
    protected Value unscopedCall(Expression x, String name, NodeList<Expression> args) {
        if (name.equals("eval") && mode == Mode.CONSTRAINT && args.size() == 1) {
            Value v = check(args.get(0));
            return v.reported() ? v : Value.of(TypeRef.BOOLEAN);
        }
        if (FACT_CHANGES.contains(name)) {
            return refuse(x, name, "'" + name + "' is not allowed: rules record outcomes with insert(new …) "
                    + "and never change or remove facts");
        }
        if (name.equals("insert")) {
            return refuse(x, name, "insert(…) is only allowed in a consequence (after then)");
        }
        return refuse(x, name, name + "(…) is not allowed: rules call no functions; they may call the fields' "
                + "read methods, Math.min/max/abs, Labels.korean/percent and the outcomes' factories (Grant.gpus, "
                + "Flag.onProposal, ScoreBonus.onProposal, …)");
    }

    /** True when {@code x} is the argument of {@code insert(…)} in a consequence. */
    protected boolean isInsertArgument(Expression x) {
        return false;
    }

    /** {@code new X(…)}: only an outcome or a declared type, only as the argument of insert(…). */
    private Value creation(ObjectCreationExpr x) {
        String typeName = x.getType().getNameWithScope();
        for (Expression arg : x.getArguments()) {
            check(arg);
        }
        Optional<TypeRef> type = ctx.vocabulary.type(typeName);
        if (type.isEmpty() || !ctx.vocabulary.creatable(type.get())) {
            return refuse(x, x.getType().getNameAsString(), "new " + typeName + "(…) is not allowed: a rule creates only "
                    + "outcomes, inside insert(new …): " + Vocabulary.creatableList());
        }
        if (x.getAnonymousClassBody().isPresent()) {
            return refuse(x, typeName, "anonymous classes are not allowed in rules");
        }
        if (!isInsertArgument(x)) {
            return refuse(x, typeName, "new " + typeName + "(…) is only allowed as the argument of insert(…): "
                    + "insert(new " + typeName + "(…))");
        }
        TypeRef t = type.get();
        int argc = x.getArguments().size();
        if (t.kind() == TypeRef.Kind.DECLARED) {
            int fields = t.declared().fields().size();
            if (argc != 0 && argc != fields) {
                return refuse(x, typeName, "new " + typeName + "(…) takes " + fields + " values (" + String.join(", ",
                        t.declared().fields().keySet()) + ") or none");
            }
            created(x, t, null, x.getArguments());
            return Value.of(t);
        }
        // Without a matching constructor the compiler says which ones exist.
        created(x, t, Vocabulary.constructor(t.raw(), argc).orElse(null), x.getArguments());
        return Value.of(t);
    }

    /** An outcome (or declared fact) created in a consequence, by a constructor, a factory, or a declared type's. */
    protected void created(Expression x, TypeRef type, Executable made, NodeList<Expression> args) {
        if (made == null) {
            return;
        }
        int programme = Vocabulary.programmeArgument(made);
        if (programme >= 0 && programme < args.size() && args.get(programme) instanceof StringLiteralExpr code) {
            ctx.programme(code.getValue(), at.at(code, "\"" + code.getValue() + "\""));
        }
    }

    // ---- operators ----------------------------------------------------------------------------------------

    private Value binary(BinaryExpr x) {
        Value left = check(x.getLeft());
        Value right = check(x.getRight());
        if (left.reported() || right.reported()) {
            return Value.REPORTED;
        }
        programmeComparison(x.getLeft(), x.getRight());
        programmeComparison(x.getRight(), x.getLeft());
        switch (x.getOperator()) {
            case PLUS -> {
                if (left.type().isString() || right.type().isString()) {
                    return bounded(x, textPart(left).plus(textPart(right)));
                }
                return Value.of(numeric(left.type(), right.type()));
            }
            case MINUS, MULTIPLY, DIVIDE, REMAINDER, BINARY_AND, BINARY_OR, XOR, LEFT_SHIFT, SIGNED_RIGHT_SHIFT,
                    UNSIGNED_RIGHT_SHIFT -> {
                if (left.type().kind() == TypeRef.Kind.JAVA && left.type().raw() == boolean.class) {
                    return Value.of(TypeRef.BOOLEAN);
                }
                return Value.of(numeric(left.type(), right.type()));
            }
            default -> {
                return Value.of(TypeRef.BOOLEAN);
            }
        }
    }

    /** {@code programme == "P16"}: a programme code in a condition, for the catalogue check. */
    private void programmeComparison(Expression name, Expression literal) {
        if (name instanceof NameExpr n && n.getNameAsString().equals("programme") && literal instanceof StringLiteralExpr s) {
            ctx.programme(s.getValue(), at.at(s, "\"" + s.getValue() + "\""));
        }
    }

    private static TypeRef numeric(TypeRef a, TypeRef b) {
        if (a.raw() == double.class || b.raw() == double.class || a.raw() == Double.class || b.raw() == Double.class) {
            return TypeRef.DOUBLE;
        }
        return a.isNumber() ? a : b.isNumber() ? b : TypeRef.LONG;
    }

    /** The text a value adds to a string: its own bound for text, a few characters for numbers and names. */
    private static Scope.Text textPart(Value v) {
        if (v.type().isString()) {
            return v.text();
        }
        if (v.type().isCollection() || v.type().kind() == TypeRef.Kind.DECLARED) {
            return Scope.Text.ONE_VALUE;
        }
        return Scope.Text.literal(40);
    }

    protected Value bounded(Node x, Scope.Text text) {
        if (text.pieces() > MAX_TEXT_PIECES || text.literalChars() > MAX_TEXT_LITERALS) {
            return refuse(x, "+", "this text could be built from more than " + MAX_TEXT_PIECES + " values or "
                    + MAX_TEXT_LITERALS + " characters (a string doubled again and again): build reasons from a few "
                    + "parts with +");
        }
        return Value.text(text);
    }

    private Value unary(UnaryExpr x) {
        UnaryExpr.Operator op = x.getOperator();
        if (op == UnaryExpr.Operator.PREFIX_INCREMENT || op == UnaryExpr.Operator.PREFIX_DECREMENT
                || op == UnaryExpr.Operator.POSTFIX_INCREMENT || op == UnaryExpr.Operator.POSTFIX_DECREMENT) {
            if (mode != Mode.CONSEQUENCE || !(x.getExpression() instanceof NameExpr n) || !isLocal(n.getNameAsString())) {
                return refuse(x, op.asString(), op.asString() + " is only allowed on a local variable of the consequence");
            }
        }
        Value v = check(x.getExpression());
        if (v.reported()) {
            return v;
        }
        return Value.of(op == UnaryExpr.Operator.LOGICAL_COMPLEMENT ? TypeRef.BOOLEAN : v.type());
    }

    private Value conditional(ConditionalExpr x) {
        Value c = check(x.getCondition());
        Value a = check(x.getThenExpr());
        Value b = check(x.getElseExpr());
        if (c.reported() || a.reported() || b.reported()) {
            return Value.REPORTED;
        }
        if (a.type().isString() || b.type().isString()) {
            return bounded(x, textPart(a).max(textPart(b)));
        }
        return Value.of(a.type().kind() == TypeRef.Kind.NULL ? b.type() : a.type());
    }

    private Value cast(CastExpr x) {
        Value v = check(x.getExpression());
        if (v.reported()) {
            return v;
        }
        if (x.getType().isPrimitiveType()) {
            return Value.of(TypeRef.java(primitive(x.getType().asString())));
        }
        Optional<TypeRef> type = ctx.vocabulary.type(x.getType().asString());
        if (type.isEmpty()) {
            return refuse(x, x.getType().asString(), "a cast to " + x.getType().asString() + " is not allowed: " + allowedTypes());
        }
        return new Value(type.get(), v.text(), false);
    }

    private Value instanceOf(InstanceOfExpr x) {
        Value v = check(x.getExpression());
        if (x.getPattern().isPresent()) {
            return refuse(x, "instanceof", "instanceof with a pattern variable is not allowed in rules");
        }
        if (ctx.vocabulary.type(x.getType().asString()).isEmpty()) {
            return refuse(x, x.getType().asString(), "'" + x.getType().asString() + "' is not a type rules may use: " + allowedTypes());
        }
        return v.reported() ? v : Value.of(TypeRef.BOOLEAN);
    }

    private Value pointFree(Expression x, String operator, Expression left, NodeList<Expression> right) {
        if (!POINT_FREE.contains(operator)) {
            // str[…] is refused too: in Drools 10.2 its classic build fails at run time (NoSuchMethodError).
            String why = operator.equals("matches") || operator.equals("soundslike")
                    ? "regular expressions can take unbounded time on a proposal's text: use ==, contains, title.startsWith(\"…\")"
                    : operator.startsWith("str")
                    ? "write title.startsWith(\"…\"), title.endsWith(\"…\") or title.length() instead"
                    : "use ==, !=, <, >, contains, in (…), memberOf";
            return refuse(x, operator.replaceAll("\\[.*", ""), "the operator '" + operator + "' is not allowed in rules: " + why);
        }
        Value l = left == null ? Value.of(TypeRef.UNKNOWN) : check(left);
        boolean reported = l.reported();
        for (Expression r : right) {
            reported |= check(r).reported();
            if (left instanceof NameExpr n && n.getNameAsString().equals("programme") && r instanceof StringLiteralExpr s) {
                ctx.programme(s.getValue(), at.at(s, "\"" + s.getValue() + "\""));
            }
        }
        return reported ? Value.REPORTED : Value.of(TypeRef.BOOLEAN);
    }

    private Value assign(AssignExpr x) {
        if (mode != Mode.CONSEQUENCE || !(x.getTarget() instanceof NameExpr n) || !isLocal(n.getNameAsString())) {
            return refuse(x, "=", "only a local variable of the consequence can be assigned: facts are never changed");
        }
        Scope.Variable target = scope.find(n.getNameAsString());
        Value v = check(x.getValue());
        if (v.reported()) {
            return v;
        }
        Scope.Text text = x.getOperator() == AssignExpr.Operator.ASSIGN ? textPart(v) : target.text().plus(textPart(v));
        // Without loops a consequence runs top to bottom; the larger bound of the old and new value covers both branches of an if.
        Value result = target.type().isString() ? bounded(x, target.text().max(text)) : Value.of(target.type());
        // Once refused, the variable counts as small again, so that one mistake is reported once, not on every line after.
        scope.update(target.withText(result.reported() ? Scope.Text.NONE : result.text()));
        return result;
    }

    private boolean isLocal(String name) {
        Scope.Variable v = scope.find(name);
        return v != null && v.local();
    }

    // ---- refusals -----------------------------------------------------------------------------------------

    protected Value refuse(Node node, String message) {
        return refuse(node, tokenOf(node), message);
    }

    protected Value refuse(Node node, String token, String message) {
        ctx.refuse(at.at(node, token), message);
        return Value.REPORTED;
    }

    private static String tokenOf(Node node) {
        if (node instanceof com.github.javaparser.ast.nodeTypes.NodeWithSimpleName<?> named) {
            return named.getNameAsString();
        }
        if (node instanceof ArrayCreationExpr) {
            return "new";
        }
        if (node instanceof LambdaExpr) {
            return "->";
        }
        if (node instanceof ClassExpr) {
            return "class";
        }
        return null;
    }

    static Class<?> primitive(String name) {
        return switch (name) {
            case "boolean" -> boolean.class;
            case "byte" -> byte.class;
            case "short" -> short.class;
            case "char" -> char.class;
            case "int" -> int.class;
            case "long" -> long.class;
            case "float" -> float.class;
            default -> double.class;
        };
    }
}
