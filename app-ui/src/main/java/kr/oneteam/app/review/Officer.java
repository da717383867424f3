package kr.oneteam.app.review;

/** An officer a case can be given to: the user name stored on the case and a name to show beside it. */
public record Officer(String username, String displayName) {

    /** "김담당 (kim)", or the user name alone where the account has no display name. */
    public String label() {
        return displayName == null || displayName.isBlank() || displayName.equals(username) ? username
                : displayName + " (" + username + ")";
    }
}
