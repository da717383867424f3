package kr.oneteam.domain.account;

import kr.oneteam.domain.persistence.StoredCollections;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** A sign-in account. The password hash is made by the application's encoder; this class never sees a password. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,64}");

    @Id
    @Column(name = "username", length = 64)
    private String username;

    @Column(name = "display_name", length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Convert(converter = RoleSetConverter.class)
    @Column(name = "roles", length = 200)
    private Set<Role> roles;

    @Column(name = "preferred_locale", nullable = false, length = 8)
    private String preferredLocale = "ko";

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    /**
     * Moves on with every change that must end the account's sessions and cached sign-ins: disabled, roles
     * changed, password changed. A session remembers the stamp it signed in under (decision record 070).
     */
    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, Set<Role> roles) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("username must be 2–64 letters, digits or . _ @ -: '" + username + "'");
        }
        this.username = username;
        this.displayName = username;
        changePasswordHash(passwordHash);
        changeRoles(roles);
        this.securityStamp = 0;
    }

    /** A new password ends every session signed in with the old one (the caller keeps its own, see the stamp). */
    public void changePasswordHash(String newHash) {
        if (newHash == null || newHash.isBlank()) {
            throw new IllegalArgumentException("passwordHash is required");
        }
        if (!newHash.equals(this.passwordHash)) {
            this.passwordHash = newHash;
            securityStamp++;
        }
    }

    /** Other roles end the account's sessions and tokens: what was granted under the old roles must not linger. */
    public void changeRoles(Set<Role> newRoles) {
        Objects.requireNonNull(newRoles, "roles");
        Set<Role> stored = StoredCollections.setOrNull(newRoles);
        if (!Objects.equals(stored, this.roles)) {
            this.roles = stored;
            securityStamp++;
        }
    }

    /** Only Korean ("ko") and English ("en") are offered. */
    public void preferLocale(String language) {
        if (!"ko".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("preferred locale must be ko or en: '" + language + "'");
        }
        this.preferredLocale = language;
    }

    public void rename(String newDisplayName) {
        if (newDisplayName == null || newDisplayName.isBlank() || newDisplayName.length() > 100) {
            throw new IllegalArgumentException("display name must be 1–100 characters");
        }
        this.displayName = newDisplayName.trim();
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        if (enabled) {
            this.enabled = false;
            securityStamp++;
        }
    }

    public boolean hasRole(Role role) {
        return getRoles().contains(role);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return roles == null ? Set.of() : roles;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public Locale locale() {
        return "en".equals(preferredLocale) ? Locale.ENGLISH : Locale.KOREAN;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long getSecurityStamp() {
        return securityStamp;
    }

    @Override
    public String toString() {
        return username + " " + roles;
    }
}
