package kr.oneteam.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shipped ruleset, compiled when the jar is built (decision 142). Compiling it at start-up is the longest
 * single step of a first start (Drools' parser, MVEL and the Java compiler, all cold); the build does it once,
 * after the whole gate passed, and stores Drools' own serialized packages plus the classes of the DRL's
 * {@code declare}d types under {@link #RESOURCE}, keyed by the files' hash.
 *
 * <p>{@link RulesetGate} takes the packages from here only for files whose hash equals the stored one — the
 * shipped files, byte for byte, wherever they come from (a seed, a stored version, an upload of the same files).
 * Any other ruleset is compiled for real, and so is this one when the resource is absent or cannot be read
 * (it then logs why): the resource is a cache, never a second source of rules. Every other stage of the gate
 * (guard, catalogue, rule names, scenarios) runs as before.
 *
 * <p>Build step: {@code java kr.oneteam.rules.PrecompiledRuleset <classes-dir>} (rules/pom.xml, process-classes).
 */
public final class PrecompiledRuleset {

    static final String RESOURCE = "kr/oneteam/rules/precompiled/shipped-ruleset.bin";
    private static final int FORMAT = 1;
    private static final Logger log = LoggerFactory.getLogger(PrecompiledRuleset.class);

    /** The resource's hash and bytes, read once; empty when the jar has none. */
    private static volatile Optional<Stored> stored;

    private record Stored(String hash, byte[] types, byte[] packages) {
    }

    private PrecompiledRuleset() {
    }

    /** Whether the packages for files of this hash come from the build rather than the compiler. */
    public static boolean covers(String hash) {
        return storedResource().map(s -> s.hash().equals(hash)).orElse(false);
    }

    /** The packages built for {@code hash}, as a fresh knowledge base; empty when this is not the shipped hash. */
    static Optional<RulesetCompiler.Compiled> load(String hash) {
        Optional<Stored> resource = storedResource();
        if (resource.isEmpty() || !resource.get().hash().equals(hash)) {
            return Optional.empty();
        }
        try {
            return Optional.of(knowledgeBase(resource.get()));
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            log.warn("The precompiled shipped ruleset cannot be read ({}); compiling it instead", e.toString());
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static RulesetCompiler.Compiled knowledgeBase(Stored resource) throws IOException, ClassNotFoundException {
        Map<String, byte[]> types;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(resource.types()))) {
            types = (Map<String, byte[]>) in.readObject();
        }
        // The declared types' classes are defined by this loader when the packages name them, as the compiler's
        // knowledge base defined them: one loader per load, so two loads share no class.
        ProjectClassLoader loader = ProjectClassLoader.createProjectClassLoader(
                PrecompiledRuleset.class.getClassLoader(), types);
        List<KiePackage> packages;
        try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(resource.packages()), loader)) {
            packages = (List<KiePackage>) in.readObject();
        }
        InternalKnowledgeBase kieBase = RulesetCompiler.newKnowledgeBase(loader, EngineOptions.properties());
        kieBase.addPackages((Collection<InternalKnowledgePackage>) (Collection<?>) packages);
        return new RulesetCompiler.Compiled(kieBase, RulesetCompiler.ruleCount(kieBase), List.of());
    }

    private static Optional<Stored> storedResource() {
        Optional<Stored> now = stored;
        if (now == null) {
            synchronized (PrecompiledRuleset.class) {
                now = stored;
                if (now == null) {
                    now = read();
                    stored = now;
                }
            }
        }
        return now;
    }

    private static Optional<Stored> read() {
        try (InputStream in = PrecompiledRuleset.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                log.info("No precompiled shipped ruleset in this build ({}); rulesets are compiled at start", RESOURCE);
                return Optional.empty();
            }
            DataInputStream data = new DataInputStream(in);
            if (data.readInt() != FORMAT) {
                return Optional.empty();
            }
            String hash = data.readUTF();
            byte[] types = data.readNBytes(data.readInt());
            byte[] packages = data.readNBytes(data.readInt());
            return Optional.of(new Stored(hash, types, packages));
        } catch (IOException e) {
            log.warn("The precompiled shipped ruleset {} cannot be read ({}); rulesets are compiled at start", RESOURCE,
                    e.toString());
            return Optional.empty();
        }
    }

    /** The build step: the whole gate on the shipped ruleset (the build fails if it does not pass), then the file. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PrecompiledRuleset <classes-dir>");
        }
        Path target = Path.of(args[0]).resolve(RESOURCE);
        Files.deleteIfExists(target); // what the gate compiles below must be the compiler's, not an older file's
        stored = Optional.empty();
        RulesetFiles files = RulesetFiles.fromClasspath();
        RulesetGate.Verdict verdict = RulesetGate.admit(files);
        if (!verdict.passed()) {
            throw new IllegalStateException("the shipped ruleset does not pass its gate: " + verdict.problems());
        }
        KieBase kieBase = verdict.ruleset().kieBase();
        Map<String, byte[]> types = new TreeMap<>(((ProjectClassLoader) ((InternalKnowledgeBase) kieBase)
                .getRootClassLoader()).getStore());
        ByteArrayOutputStream typeBytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(typeBytes)) {
            out.writeObject(types);
        }
        ByteArrayOutputStream packageBytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(packageBytes)) {
            out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
        }
        Files.createDirectories(target.getParent());
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(target))) {
            out.writeInt(FORMAT);
            out.writeUTF(files.hash());
            out.writeInt(typeBytes.size());
            typeBytes.writeTo(out);
            out.writeInt(packageBytes.size());
            packageBytes.writeTo(out);
        }
        System.out.println("Precompiled the shipped ruleset " + files.hash() + " (" + verdict.ruleset().metadata()
                .ruleCount() + " rules, " + types.size() + " declared types) into " + target);
    }
}
