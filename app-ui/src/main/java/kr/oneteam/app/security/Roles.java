package kr.oneteam.app.security;

/**
 * Role names as Spring Security sees them (without the ROLE_ prefix); they mirror the domain's Role.
 * Constants, so that {@code @RolesAllowed} and {@code @PreAuthorize} can use them.
 */
public final class Roles {

    public static final String OFFICER = "OFFICER";
    public static final String ANALYST = "ANALYST";
    public static final String ADMIN = "ADMIN";
    public static final String INTAKE = "INTAKE";
    static final String[] ALL = {OFFICER, ANALYST, ADMIN, INTAKE};

    /** Who may read proposals in the UI. */
    public static final String READERS = "hasAnyRole('OFFICER','ANALYST','ADMIN')";
    /** Who may decide on proposals and register new ones. */
    public static final String DECIDERS = "hasAnyRole('OFFICER','ADMIN')";

    private Roles() {
    }
}
