package kr.oneteam.app.workspace;

import kr.oneteam.app.security.CurrentUser;
import kr.oneteam.domain.ruleset.RulesetFile;
import kr.oneteam.domain.ruleset.RulesetVersion;
import kr.oneteam.domain.ruleset.RulesetVersionRepository;
import kr.oneteam.domain.workspace.Draft;
import kr.oneteam.domain.workspace.DraftRepository;
import kr.oneteam.rules.Compilation;
import kr.oneteam.rules.RoutingEngine;
import kr.oneteam.rules.RulesetContent;
import kr.oneteam.rules.RulesetProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Drafts of a ruleset, one analyst's each, kept in the database (they survive sign-out and restarts). A draft
 * starts from the active version or any earlier one; files are added, edited, renamed, deleted and uploaded
 * (one file or a zip of a rules directory); every change is checked first and a refused one changes nothing.
 * Only the owner sees and changes a draft. Validation runs the rules gate without activating anything.
 */
@Service
public class Workspace {

    private final DraftRepository drafts;
    private final RulesetVersionRepository versions;
    private final WorkspaceGate gate;
    private final Clock clock;

    Workspace(DraftRepository drafts, RulesetVersionRepository versions, WorkspaceGate gate, Clock clock) {
        this.drafts = drafts;
        this.versions = versions;
        this.gate = gate;
        this.clock = clock;
    }

    /** The signed-in analyst's drafts, the latest changed first. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public List<DraftView> myDrafts() {
        return drafts.findByOwnerOrderByUpdatedAtDesc(CurrentUser.require()).stream().map(Workspace::view).toList();
    }

    /** A new draft with the files of version {@code fromVersionId} (null: the active one). */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public DraftView create(String name, Long fromVersionId) {
        RulesetVersion from = (fromVersionId == null ? versions.findActive() : versions.findById(fromVersionId))
                .orElseThrow(() -> new WorkspaceRefused("workspace.refused.noVersion", "no such version: " + fromVersionId,
                        fromVersionId));
        String title = name == null || name.isBlank() ? "#" + from.getId() + " " + from.getName() : name;
        if (title.strip().length() > Draft.NAME_MAX) {
            throw new WorkspaceRefused("workspace.refused.nameTooLong", "a draft name is at most " + Draft.NAME_MAX
                    + " characters", Draft.NAME_MAX);
        }
        Draft draft = drafts.save(new Draft(CurrentUser.require(), title, from.getId(), from.getFiles(), clock));
        return view(draft);
    }

    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public DraftView open(long draftId) {
        return view(owned(draftId));
    }

    /** Writes one file (new or changed). The text is checked like an uploaded file. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public DraftView save(long draftId, String path, String text) {
        Draft draft = owned(draftId);
        String clean = path == null ? "" : path.strip();
        refuseIfProblems(WorkspaceFiles.checkFile(clean, text == null ? "" : text));
        if (draft.file(clean).isEmpty() && draft.getFiles().size() >= WorkspaceFiles.MAX_FILES) {
            throw new WorkspaceRefused("workspace.refused.tooManyFiles", "a draft has at most " + WorkspaceFiles.MAX_FILES
                    + " files", WorkspaceFiles.MAX_FILES);
        }
        draft.put(clean, WorkspaceFiles.normalise(text), clock);
        return view(drafts.saveAndFlush(draft));
    }

    /** A new file with a starting text: a DRL skeleton, or a scenario header. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public DraftView add(long draftId, String path) {
        Draft draft = owned(draftId);
        String clean = path == null ? "" : path.strip();
        if (draft.file(clean).isPresent()) {
            throw new WorkspaceRefused("workspace.refused.exists", "the draft already has " + clean, clean);
        }
        String starter = clean.endsWith(".csv") ? "case,description,proposal,expect\n"
                : "package kr.oneteam.rules.policy;\n\nimport kr.oneteam.rules.fact.*;\nimport kr.oneteam.rules.outcome.*;\n"
                + "import kr.oneteam.domain.vocabulary.*;\n";
        return save(draftId, clean, starter);
    }

    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public DraftView rename(long draftId, String from, String to) {
        Draft draft = owned(draftId);
        String clean = to == null ? "" : to.strip();
        RulesetFile old = draft.file(from).orElseThrow(() -> new WorkspaceRefused("workspace.refused.noFile",
                "no file " + from + " in the draft", from));
        refuseIfProblems(WorkspaceFiles.checkFile(clean, old.content()));
        if (draft.file(clean).isPresent()) {
            throw new WorkspaceRefused("workspace.refused.exists", "the draft already has " + clean, clean);
        }
        draft.rename(from, clean, clock);
        return view(drafts.saveAndFlush(draft));
    }

    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public DraftView delete(long draftId, String path) {
        Draft draft = owned(draftId);
        if (draft.file(path).isEmpty()) {
            throw new WorkspaceRefused("workspace.refused.noFile", "no file " + path + " in the draft", path);
        }
        draft.delete(path, clock);
        return view(drafts.saveAndFlush(draft));
    }

    /**
     * An uploaded DRL or scenario file, or a zip of a rules directory: all of it or nothing. A file of the
     * same path is replaced; other files of the draft stay.
     */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public Upload upload(long draftId, String fileName, byte[] bytes) {
        Draft draft = owned(draftId);
        WorkspaceFiles.Read read = WorkspaceFiles.upload(fileName, bytes);
        if (read.refused()) {
            return new Upload(view(draft), List.of(), read.ignored(), read.problems());
        }
        long added = read.files().keySet().stream().filter(p -> draft.file(p).isEmpty()).count();
        if (draft.getFiles().size() + added > WorkspaceFiles.MAX_FILES) {
            return new Upload(view(draft), List.of(), read.ignored(), List.of(new RulesetProblem(fileName, 0, 0,
                    "the draft would have more than " + WorkspaceFiles.MAX_FILES + " files")));
        }
        read.files().forEach((path, text) -> draft.put(path, text, clock));
        return new Upload(view(drafts.saveAndFlush(draft)), List.copyOf(read.files().keySet()), read.ignored(),
                List.of());
    }

    /** What an upload stored ({@code stored} paths), what it skipped, or why it stored nothing. */
    public record Upload(DraftView draft, List<String> stored, List<String> ignored, List<RulesetProblem> problems) {

        public boolean refused() {
            return !problems.isEmpty();
        }
    }

    /**
     * The draft as a zip: unpacked, a directory that {@code rules check --dir} reads. Its owner, or an ADMIN
     * reading (the drafts API, decision record 125).
     */
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @Transactional(readOnly = true)
    public byte[] zip(long draftId) {
        return WorkspaceFiles.zip(view(readable(draftId)).files());
    }

    /**
     * The drafts the caller may read: an analyst's own, every analyst's for an ADMIN (who reads and decides but
     * has no drafts of their own, decision record 090), the latest changed first.
     */
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @Transactional(readOnly = true)
    public List<DraftView> readableDrafts() {
        if (CurrentUser.hasRole(kr.oneteam.app.security.Roles.ADMIN)) {
            return drafts.findAll(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Order.desc("updatedAt"),
                    org.springframework.data.domain.Sort.Order.desc("id"))).stream().map(Workspace::view).toList();
        }
        return myDrafts();
    }

    /** One draft for reading: its owner's, or any for an ADMIN; another analyst's answers like a missing one. */
    @PreAuthorize("hasAnyRole('ANALYST','ADMIN')")
    @Transactional(readOnly = true)
    public DraftView read(long draftId) {
        return view(readable(draftId));
    }

    private Draft readable(long draftId) {
        if (CurrentUser.hasRole(kr.oneteam.app.security.Roles.ADMIN)) {
            return drafts.findById(draftId).orElseThrow(() -> new WorkspaceRefused("workspace.refused.noDraft",
                    "no draft #" + draftId, draftId));
        }
        return owned(draftId);
    }

    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public void deleteDraft(long draftId) {
        drafts.delete(owned(draftId));
    }

    @PreAuthorize("hasRole('ANALYST')")
    @Transactional
    public DraftView renameDraft(long draftId, String name) {
        Draft draft = owned(draftId);
        try {
            draft.rename(name, clock);
        } catch (IllegalArgumentException e) {
            throw new WorkspaceRefused("workspace.refused.name", e.getMessage(), Draft.NAME_MAX);
        }
        return view(drafts.saveAndFlush(draft));
    }

    /** The whole gate over the draft, without activating it: guard, compiler, rule names, scenarios. */
    @PreAuthorize("hasRole('ANALYST')")
    @Transactional(readOnly = true)
    public Validation validate(long draftId) {
        return gate.validate(view(owned(draftId)).files());
    }

    Draft owned(long draftId) {
        Draft draft = drafts.findById(draftId).orElseThrow(() -> new WorkspaceRefused("workspace.refused.noDraft",
                "no draft #" + draftId, draftId));
        if (!draft.ownedBy(CurrentUser.require())) {
            // Said the same way as a missing draft: others' drafts are not even shown to exist.
            throw new WorkspaceRefused("workspace.refused.noDraft", "no draft #" + draftId, draftId);
        }
        return draft;
    }

    private static void refuseIfProblems(List<RulesetProblem> problems) {
        if (!problems.isEmpty()) {
            RulesetProblem p = problems.get(0);
            throw new WorkspaceRefused("workspace.refused.file", p.toString(), p.toString());
        }
    }

    static DraftView view(Draft draft) {
        SortedMap<String, String> files = new TreeMap<>();
        draft.getFiles().forEach(f -> files.put(f.path(), f.content()));
        return new DraftView(draft.getId(), draft.getOwner(), draft.getName(), draft.getBasedOnVersionId(),
                draft.getCreatedAt(), draft.getUpdatedAt(), files, files.isEmpty() ? "" : RulesetContent.of("draft", files).hash());
    }
}
