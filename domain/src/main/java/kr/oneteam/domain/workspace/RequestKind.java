package kr.oneteam.domain.workspace;

/** What a publication request asks for: a draft's content, or an earlier version's content again (rollback). */
public enum RequestKind {
    PUBLISH,
    ROLLBACK
}
