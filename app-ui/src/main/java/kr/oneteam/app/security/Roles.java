package kr.oneteam.app.security;

/**
 * Role names as used in {@code @RolesAllowed} and {@code @PreAuthorize}: constants, so that annotations
 * can use them. They mirror the domain's Role enum (Spring adds the {@code ROLE_} prefix).
 */
public final class Roles {

    public static final String OFFICER = "OFFICER";
    public static final String ANALYST = "ANALYST";
    public static final String ADMIN = "ADMIN";
    public static final String INTAKE = "INTAKE";

    /** Who may read proposals in the UI. */
    public static final String READERS = "hasAnyRole('OFFICER','ANALYST','ADMIN')";
    /** Who may decide on proposals and register new ones. */
    public static final String DECIDERS = "hasAnyRole('OFFICER','ADMIN')";

    private Roles() {
    }
}
