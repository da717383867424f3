package kr.oneteam.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DRL is code: the allowlist guard lets through what routing needs and refuses everything else with
 * {@code file:line:column} and what to write instead. Each row is an attempt an analyst — careless or
 * hostile — could save: reaching processes, files, network, reflection or threads, looping, allocating
 * without bound, throwing, or changing facts.
 */
class RulesetGuardTest {

    static List<RulesetProblem> check(String drl) {
        TreeMap<String, String> files = new TreeMap<>();
        files.put("evil.drl", drl);
        return RulesetGuard.check(new RulesetFiles("test", files, List.of()));
    }

    /** A valid rule whose header line (line 6) and consequence (line 11) are replaced by the attempt. */
    static String rule(String header, String consequence) {
        return RulesDirectory.HEADER + header + "\n" + """
                rule "R-TST-01 test"
                when
                    $p : Proposal($id : id)
                then
                """ + "    " + consequence + "\n" + "end\n";
    }

    /** A valid rule whose pattern (line 9) carries the attempted condition. */
    static String condition(String constraint) {
        return RulesDirectory.HEADER + "\n" + """
                rule "R-TST-01 test"
                when
                """ + "    $p : Proposal($id : id, " + constraint + ")\n" + """
                then
                    insert(new Note($id, "P01", "R-TST-01", "x"));
                end
                """;
    }

    private static void assertRefusedAt(String what, List<RulesetProblem> problems, int line) {
        assertThat(problems).as(what).isNotEmpty();
        assertThat(problems).as(what + ": " + problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("evil.drl");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isPositive();
            assertThat(p.toString()).startsWith("evil.drl:" + line + ":" + p.column() + " ");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            System.exit in a consequence                         | | System.exit(1);                                                   | 11
            fully qualified Runtime                              | | java.lang.Runtime.getRuntime().exec("rm -rf /");                  | 11
            fully qualified name with spaces around the dots     | | java . lang . Runtime.getRuntime().halt(0);                       | 11
            ProcessBuilder                                       | | new ProcessBuilder("sh").start();                                 | 11
            file API through an import                           | import java.io.File; | new File("/etc/passwd").delete();          | 6
            nio files through a wildcard import                  | import java.nio.file.*; | insert(java.nio.file.Paths.get("/"));   | 6
            static import of System.exit                         | import static java.lang.System.exit; | exit(0);                   | 6
            static import of an allowed class is not a way around | import static java.util.Objects.requireNonNull; | Thread.sleep(10); | 11
            socket                                               | | new java.net.Socket("example.com", 80);                           | 11
            HTTP client                                          | | java.net.http.HttpClient.newHttpClient();                         | 11
            reflection through getClass                          | | $p.getClass().getMethod("getId").invoke($p);                      | 11
            Class.forName                                        | | Class.forName("java.lang.Runtime");                               | 11
            class literal                                        | | insert(String.class);                                             | 11
            thread                                               | | new Thread(() -> {}).start();                                     | 11
            executor                                             | | java.util.concurrent.Executors.newSingleThreadExecutor();         | 11
            engine internals through kcontext                    | | kcontext.getKieRuntime().getKieBase();                            | 11
            engine internals through drools                      | | drools.getWorkingMemory();                                        | 11
            modify block that smuggles a call                    | | modify($p) { setTitle(Runtime.getRuntime().toString()) };          | 11
            delete of a fact                                     | | delete($p);                                                       | 11
            name hidden by a comment between package parts       | | insert(java/* hide */.io.File.listRoots());                        | 11
            unicode escape hiding Runtime                        | | Run\\u0074ime.getRuntime().exit(0);                               | 11
            MVEL evaluation of a string                          | | org.mvel2.MVEL.eval("1");                                         | 11
            Formatter writing a file                             | | new java.util.Formatter("/tmp/owned").format("x").close();        | 11
            Formatter through java.util.*                        | import java.util.*; | new Formatter("/tmp/owned").close();        | 6
            Scanner reading a file                               | | java.util.Scanner s = new java.util.Scanner(new java.io.File("/etc/passwd")); | 11
            PrintStream on System.out                            | | System.out.println("hello");                                      | 11
            PrintStream writing a file                           | | new java.io.PrintStream("/tmp/owned").println("x");               | 11
            java.io as a local type                              | | java.io.File f = null;                                            | 11
            java.io split over a comment and spaces              | | java /* x */ . io . File.listRoots();                              | 11
            java.io through javax                                | | javax.script.ScriptEngineManager m = null;                        | 11
            while true                                           | | while (true) { }                                                  | 11
            a huge for                                           | | for (long i = 0; i < 10000000000L; i++) { insert(new Note($id, "P01", "R-TST-01", "x")); } | 11
            do while                                             | | do { } while (true);                                              | 11
            for each over a fact's list                          | | for (String a : $p.getCompany().getCurrentAwards()) { }           | 11
            a huge array                                         | | long[] a = new long[1900000000];                                  | 11
            an array initializer                                 | | int[] a = {1, 2};                                                 | 11
            throw                                                | | throw new IllegalStateException("boom");                          | 11
            try catch                                            | | try { insert(new Note($id, "P01", "R-TST-01", "x")); } catch (Exception e) { } | 11
            string doubled forty times                           | | String s = "xxxxxxxx"; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; s = s + s; | 11
            string doubled through two locals                    | | String a = $p.getTitle(); String b = a + a; String c = b + b; String d = c + c; String e = d + d; String f = e + e; String g = f + f; String h = g + g; | 11
            compound concatenation                               | | String a = $p.getText(); a += a; a += a; a += a; a += a; a += a; a += a; a += a; | 11
            String.format                                        | | insert(new Note($id, "P01", "R-TST-01", String.format("%s", $id))); | 11
            String.repeat                                        | | insert(new Note($id, "P01", "R-TST-01", "x".repeat(2000000000))); | 11
            Thread.currentThread                                 | | Thread.currentThread().interrupt();                               | 11
            class loader through getClass                        | | $p.getClass().getClassLoader().loadClass("x");                    | 11
            Object.wait                                          | | $p.wait();                                                        | 11
            Object.notifyAll on a section                        | | $p.getCompany().notifyAll();                                      | 11
            hashCode of a fact                                   | | int h = $p.hashCode();                                            | 11
            a lambda                                             | | java.util.function.Supplier<String> f = () -> "x";                | 11
            a method reference                                   | | Runnable r = System::gc;                                          | 11
            java.lang.invoke                                     | | java.lang.invoke.MethodHandles.lookup();                          | 11
            Math.random is not on the list                       | | double r = Math.random();                                         | 11
            insertLogical                                        | | insertLogical(new Note($id, "P01", "R-TST-01", "x"));             | 11
            insert of something that is not an outcome           | | insert(new Note($id, "P01", "R-TST-01", "x").toString());         | 11
            an outcome created outside insert                    | | Note n = new Note($id, "P01", "R-TST-01", "x");                   | 11
            a table fact inserted for one proposal               | | insert(new ServedBy(Category.TALENT, "P16"));                     | 11
            a fact's set changed                                 | | $p.getCompany().getCurrentAwards().add("P04");                    | 11
            a fact's list cleared                                | | $p.getConsortium().clear();                                       | 11
            a stream over a fact's list                          | | long n = $p.getConsortium().stream().count();                     | 11
            synchronized                                         | | synchronized ($p) { }                                             | 11
            a label                                              | | here: { }                                                         | 11
            return                                               | | return;                                                           | 11
            switch                                               | | switch ((int) $id) { default: }                                   | 11
            a local class                                        | | class X { }                                                       | 11
            assert                                               | | assert false;                                                     | 11
            a collection created with var                        | | var l = new java.util.ArrayList<String>();                        | 11
            Object as a local type                               | | Object o = $p;                                                    | 11
            ProcessHandle                                        | | ProcessHandle.current().destroy();                                | 11
            ClassLoader                                          | | ClassLoader.getSystemClassLoader();                               | 11
            Drools internals by name                             | | org.drools.core.common.InternalWorkingMemory w = null;            | 11
            the engine's own classes                             | | kr.oneteam.rules.RoutingEngine e = null;                          | 11
            a function call                                      | | boom();                                                           | 11
            a fact's builder                                     | | insert(Proposal.builder().build());                               | 11
            """)
    void attempt_in_a_consequence_or_import_is_refused_at_its_line(String attempt, String header, String consequence,
            int line) {
        assertRefusedAt(attempt, check(rule(header == null ? "" : header, consequence)), line);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a regular expression on the proposal's text          | title matches "(a+)+b"
            soundslike                                           | title soundslike "x"
            str operators (broken at run time in Drools 10.2)    | title str[startsWith] "x"
            inline eval with a call                              | eval(Runtime.getRuntime() != null)
            getClass in a condition                              | company.getClass() != null
            this.getClass in a condition                         | this.getClass() != null
            System property in a condition                       | title == java.lang.System.getProperty("x")
            String.repeat bound to a variable                    | $x : title.repeat(1000)
            inline cast to a thread                              | company#java.lang.Thread != null
            new in a condition                                   | title == new String("x")
            getBytes in an eval                                  | $t : title, eval($t.getBytes() != null)
            an unknown field                                     | company.size == SizeClass.SME
            an unknown enum value                                | company.sizeClass == SizeClass.SMALL
            a method of the engine                               | eval(drools != null)
            a temporal operator                                  | receivedAt after $p.receivedAt
            """)
    void attempt_in_a_condition_is_refused_at_its_line(String attempt, String constraint) {
        assertRefusedAt(attempt, check(condition(constraint)), 9);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the MVEL dialect on a rule                  | rule "R-TST-02 x" dialect "mvel" when Proposal() then end                                      | mvel
            the MVEL dialect for the package            | dialect "mvel"                                                                                    | dialect
            a function (recursion)                      | function int f(int x) { return f(x + 1); }                                                         | function
            a query                                     | query "R-TST-02 loaded" Proposal() end                                                             | quer
            a global                                    | global java.util.List leak;                                                                        | global
            an imported function                        | import function java.lang.Math.max;                                                                | import function
            a declared type that extends Thread         | declare Worker extends java.lang.Thread end                                                        | extends
            a declared type with an annotation          | declare Event @role(event) proposalId : long end                                                   | annotation
            a declared field of a file type             | declare Holder file : java.io.File end                                                             | declared field
            a declared field with code as its default   | declare Holder n : int = Runtime.getRuntime().availableProcessors() end                           | literal
            a re-declared fact type                     | declare Proposal end                                                                               | existing type
            a declared enum                             | declare enum Color RED, GREEN; end                                                                  | enum
            accumulate with custom code                 | rule "R-TST-02 x" when $n : Number() from accumulate(Proposal(), init(int i = 0;) action(i++;) result(i)) then end | custom code
            collect                                     | rule "R-TST-02 x" when $l : java.util.List() from collect(Proposal()) then end                     | collect
            an entry point                              | rule "R-TST-02 x" when Proposal() from entry-point "other" then end                                | entry point
            a pattern annotation (property reactivity)  | rule "R-TST-02 x" when Proposal() @watch(title) then end                                           | watch
            a timer                                     | rule "R-TST-02 x" timer (int: 1s 1s) when Proposal() then end                                      | timer
            an activation group                         | rule "R-TST-02 x" activation-group "g" when Proposal() then end                                    | activation-group
            a computed salience                         | rule "R-TST-02 x" salience ($id) when Proposal($id : id) then end                                 | salience
            eval with a call                            | rule "R-TST-02 x" when Proposal($t : title) eval(System.getenv("HOME") != null) then end          | System
            an unjoined outcome pattern                 | rule "R-TST-02 x" when Proposal($id : id) Contribution(programme == "P01") then end               | join
            two proposals joined with each other        | rule "R-TST-02 x" when Proposal($a : title) Proposal(title == $a) then end                         | join
            an unjoined accumulate                      | rule "R-TST-02 x" when Proposal() accumulate(Contribution(); $n : count()) then end               | join
            rule inheritance                            | rule "R-TST-02 x" extends "R-TST-01 test" when Proposal() then end                                | extends
            a named consequence                         | rule "R-TST-02 x" when $p : Proposal() do[other] then then[other] end                            | named
            an accumulate function that is not listed   | rule "R-TST-02 x" when Proposal($id : id) accumulate(Contribution(proposalId == $id); $l : collectList()) then end | collectList
            """)
    void attempt_in_the_structure_of_a_file_is_refused_at_its_line(String attempt, String statement, String word) {
        String drl = RulesDirectory.HEADER + "\n" + statement + "\n";
        List<RulesetProblem> problems = check(drl);

        assertRefusedAt(attempt, problems, 7);
        assertThat(problems).as(attempt + ": " + problems).anySatisfy(p -> assertThat(p.message()).containsIgnoringCase(word));
    }

    @Test
    void every_refusal_says_what_is_allowed_instead() {
        assertThat(check(rule("", "while (true) { }"))).singleElement().satisfies(p ->
                assertThat(p.message()).contains("loops are not allowed").contains("from"));
        assertThat(check(rule("", "throw new IllegalStateException(\"x\");"))).singleElement().satisfies(p ->
                assertThat(p.message()).contains("throw and try are not allowed").contains("INELIGIBLE"));
        assertThat(check(rule("", "new java.util.Formatter(\"/tmp/x\");"))).first().satisfies(p ->
                assertThat(p.message()).contains("not allowed").contains("Contribution"));
        assertThat(check(rule("", "insert(new Note($id, \"P01\", \"R-TST-01\", String.format(\"%s\", $id)));")))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("build text with +"));
    }

    @Test
    void an_unknown_field_names_the_fact_its_fields_and_the_likely_one() {
        List<RulesetProblem> problems = check(condition("company.size == SizeClass.SME"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("Company has no field \"size\" — did you mean sizeClass?")
                    .contains("fields of Company: bizRegNo, currentAwards, name, region, sizeClass, smeLike, startup");
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.column()).isEqualTo("    $p : Proposal($id : id, company.".length() + 1);
        });
    }

    @Test
    void a_misspelt_top_level_field_is_named_with_the_proposal() {
        assertThat(check(condition("categorys contains Category.DATA"))).singleElement().satisfies(p ->
                assertThat(p.message()).startsWith("Proposal has no field \"categorys\" — did you mean categories?"));
    }

    @Test
    void a_file_without_package_or_with_a_foreign_package_is_refused() {
        assertThat(check("rule \"R-TST-01 x\" when then end\n")).singleElement().satisfies(p ->
                assertThat(p.message()).contains("package kr.oneteam.rules.policy"));
        assertThat(check("package java.lang;\nrule \"R-TST-01 x\" when then end\n")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("not allowed");
        });
    }

    @Test
    void too_many_inserts_in_one_rule_are_refused() {
        String inserts = "insert(new Note($id, \"P01\", \"R-TST-01\", \"x\")); ".repeat(ConsequenceTestSupport.MAX_INSERTS + 1);

        assertThat(check(rule("", inserts))).anySatisfy(p -> assertThat(p.message()).contains("more than 100 insert"));
    }

    @Test
    void a_consequence_nested_too_deeply_is_refused_not_thrown() {
        String deep = "int x = " + "(".repeat(20_000) + "1" + ")".repeat(20_000) + ";";

        assertThat(check(rule("", deep))).isNotEmpty();
    }

    @Test
    void rule_without_r_id_is_refused_with_its_line() {
        String drl = RulesDirectory.HEADER + """

                rule "SME small GPU request"
                when
                    Proposal()
                then
                end
                """;

        List<RulesetProblem> problems = check(drl);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("R-");
        });
    }

    @Test
    void words_in_strings_and_comments_are_not_code() {
        String drl = rule("// Runtime and System are mentioned here only",
                "insert(new kr.oneteam.rules.outcome.Note($id, \"P01\", \"R-TST-01\", \"System 점검: File 제출, Thread 없음\"));");

        assertThat(check(drl)).isEmpty();
    }

    @Test
    void what_routing_needs_is_allowed() {
        String drl = RulesDirectory.HEADER + """

                declare SmeLikeCompany
                    proposalId : long
                end

                declare VoucherCaps
                    krw : long = 200000000L
                end

                rule "R-TST-10 the voucher caps"
                when
                then
                    insert(new VoucherCaps());
                end

                rule "R-TST-11 SME-like companies"
                salience 100
                when
                    Proposal($id : id, company.sizeClass in (SizeClass.SME, SizeClass.SMALL_BUSINESS))
                then
                    insert(new SmeLikeCompany($id));
                end

                rule "R-TST-12 a voucher for an SME-like company"
                when
                    VoucherCaps($cap : krw)
                    $p : Proposal($id : id, categories contains Category.AI_ADOPTION, $amount : requestedAmountKrw,
                                  $title : title, receivedDate >= java.time.LocalDate.of(2026, 7, 21),
                                  compute == null || compute.quantity > 1 && < 10, infra == null || infra.powerMw >= 10)
                    SmeLikeCompany(proposalId == $id)
                    not Exclusion(proposalId == $id, programme == "P07")
                    exists(ConsortiumMember(smeLike, sizeClass != SizeClass.LARGE) from $p.consortium)
                    accumulate(Contribution(proposalId == $id, eligibility != Eligibility.INELIGIBLE); $n : count())
                    eval($n >= 0)
                then
                    long amount = $amount == null ? $cap : Math.min($amount, $cap);
                    String reason = "AI 바우처 " + amount + "원";
                    if ($p.getConsortium().size() > 1 && !$title.isEmpty() && $p.getThemes().contains(Theme.AX)) {
                        reason = reason + " (컨소시엄 " + $p.getConsortium().get(0).getSizeClass() + ")";
                    } else {
                        reason += ", " + Labels.korean($p.getCompany().getSizeClass());
                    }
                    double share = $p.getCompany().isYouthFounded() ? 5 / 2.0 : 5;
                    insert(new Contribution($id, "P07", Eligibility.ELIGIBLE, "R-TST-12", reason));
                    insert(Grant.krw($id, "P07", "R-TST-12", amount));
                    insert(Flag.onProposal($id, "R-TST-12", "자부담 " + Labels.percent(share)));
                    insert(ScoreBonus.onProposal($id, "R-TST-12", $p.getStage() == Stage.POC ? 5 : 0));
                end
                """;

        assertThat(check(drl)).isEmpty();
    }

    @Test
    void shipped_ruleset_passes_the_guard() {
        assertThat(RulesetGuard.check(RulesetFiles.fromClasspath())).isEmpty();
    }

    /** The limit the consequence checker applies, restated here so that the test reads on its own. */
    static final class ConsequenceTestSupport {
        static final int MAX_INSERTS = 100;
    }
}
