package kr.oneteam.rules.guard;

import org.drools.drl.ast.descr.PackageDescr;
import org.kie.api.io.Resource;

/** One DRL file as Drools' own parser read it: its path in the ruleset, its text, its resource and descr. */
public record ParsedDrl(String file, String text, Resource resource, PackageDescr descr) {
}
