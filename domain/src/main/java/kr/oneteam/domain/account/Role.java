package kr.oneteam.domain.account;

/** What a signed-in person or machine may do (INTAKE.md endpoints, officer UI, analyst rules editor). */
public enum Role {
    OFFICER,
    ANALYST,
    ADMIN,
    INTAKE
}
