package kr.oneteam.app.security;

/** Role names as Spring Security sees them (without the ROLE_ prefix); they mirror the domain's Role. */
public final class Roles {

    public static final String OFFICER = "OFFICER";
    public static final String ANALYST = "ANALYST";
    public static final String ADMIN = "ADMIN";
    public static final String INTAKE = "INTAKE";
    static final String[] ALL = {OFFICER, ANALYST, ADMIN, INTAKE};

    private Roles() {
    }
}
