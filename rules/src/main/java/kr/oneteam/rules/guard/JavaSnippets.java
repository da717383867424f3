package kr.oneteam.rules.guard;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.BlockStmt;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.MvelParser;
import org.drools.mvel.parser.ParseStart;
import org.drools.mvel.parser.ast.expr.DrlxExpression;

/**
 * Reads the Java parts of a DRL file: constraints with Drools' own DRLX parser (the JavaParser fork the
 * executable model uses, which knows {@code contains}, {@code in (…)}, {@code &&}-chains …), and consequences
 * and other expressions with the JavaParser Drools brings. A part that cannot be read is refused at its
 * place; a part so deeply nested that a parser runs out of stack is refused too, never thrown.
 */
final class JavaSnippets {

    private static final ParseStart<DrlxExpression> DRLX = DrlxParser.buildDrlxParserWithArguments(java.util.List.of());
    private static final Pattern MVEL_POSITION = Pattern.compile("at line (\\d+), column (\\d+)");

    private JavaSnippets() {
    }

    private static JavaParser java() {
        ParserConfiguration config = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                // Unicode escapes are refused before any parser runs (DrlGuard), so none is left to decode.
                .setPreprocessUnicodeEscapes(false)
                .setAttributeComments(false);
        return new JavaParser(config);
    }

    static Optional<DrlxExpression> constraint(FileContext ctx, String text, int at) {
        try {
            ParseResult<DrlxExpression> result = new MvelParser(new ParserConfiguration(), false)
                    .parse(DRLX, org.drools.mvel.parser.Providers.provider(text));
            if (result.isSuccessful() && result.getResult().isPresent()) {
                return result.getResult();
            }
            String message = result.getProblems().isEmpty() ? "cannot be read" : result.getProblems().get(0).getMessage();
            Matcher m = MVEL_POSITION.matcher(message);
            int offset = at;
            if (m.find() && Integer.parseInt(m.group(1)) == 1) {
                offset = at + Math.max(0, Integer.parseInt(m.group(2)) - 1);
            }
            ctx.refuse(offset, "this condition cannot be read: " + firstLine(message));
        } catch (StackOverflowError e) {
            ctx.refuse(at, "this condition is nested too deeply to be read");
        } catch (RuntimeException e) {
            ctx.refuse(at, "this condition cannot be read: " + firstLine(String.valueOf(e.getMessage())));
        }
        return Optional.empty();
    }

    static Optional<Expression> expression(FileContext ctx, String text, int at) {
        try {
            ParseResult<Expression> result = java().parseExpression(text);
            if (result.isSuccessful() && result.getResult().isPresent()) {
                return result.getResult();
            }
            refuse(ctx, result, text, at, 0, "this expression is not plain Java: ");
        } catch (StackOverflowError e) {
            ctx.refuse(at, "this expression is nested too deeply to be read");
        } catch (RuntimeException e) {
            ctx.refuse(at, "this expression cannot be read: " + firstLine(String.valueOf(e.getMessage())));
        }
        return Optional.empty();
    }

    static Optional<BlockStmt> block(FileContext ctx, String text, int at) {
        String wrapped = "{" + text + "\n}";
        try {
            ParseResult<BlockStmt> result = java().parseBlock(wrapped);
            if (result.isSuccessful() && result.getResult().isPresent()) {
                return result.getResult();
            }
            refuse(ctx, result, wrapped, at, 1, "this consequence is not plain Java: ");
        } catch (StackOverflowError e) {
            ctx.refuse(at, "this consequence is nested too deeply to be read");
        } catch (RuntimeException e) {
            ctx.refuse(at, "this consequence cannot be read: " + firstLine(String.valueOf(e.getMessage())));
        }
        return Optional.empty();
    }

    private static void refuse(FileContext ctx, ParseResult<?> result, String parsed, int at, int prefix, String what) {
        Problem problem = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
        int offset = at;
        if (problem != null && problem.getLocation().isPresent()) {
            var begin = problem.getLocation().get().getBegin().getRange();
            if (begin.isPresent()) {
                offset = at + Math.max(0, DrlText.of(parsed).offset(begin.get().begin.line, begin.get().begin.column) - prefix);
            }
        }
        String message = problem == null ? "cannot be read" : problem.getMessage();
        message = message.replaceAll("^\\(line \\d+,col \\d+\\) ", "").replaceAll(", expected one of .*", "")
                .replaceAll("\\s+", " ");
        ctx.refuse(offset, what + firstLine(message));
    }

    static Locator locator(FileContext ctx, int at, String text) {
        return new Locator(ctx.text, at, at + text.length(), text, 0);
    }

    static Locator blockLocator(FileContext ctx, int at, String text) {
        return new Locator(ctx.text, at, at + text.length(), "{" + text + "\n}", 1);
    }

    private static String firstLine(String message) {
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
