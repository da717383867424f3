package kr.oneteam.domain.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import kr.oneteam.domain.account.HashedToken;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;

/**
 * An officer's personal calendar-feed token: calendar programs fetch the feed by an address that carries it, so it
 * is not the password, opens only that officer's feed of due dates, and ends when revoked. Only the SHA-256 of the
 * secret is kept; the secret is shown once (decision record 102, like API tokens in 071) — the columns and their
 * checks are {@link HashedToken}'s.
 */
@Entity
@Table(name = "calendar_feed_token")
@DynamicUpdate
public class FeedToken extends HashedToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_feed_token_seq")
    @SequenceGenerator(name = "calendar_feed_token_seq", sequenceName = "calendar_feed_token_seq", allocationSize = 50)
    private Long id;

    protected FeedToken() {
    }

    public FeedToken(String username, String tokenHash, String tokenPrefix, Instant createdAt) {
        super("a feed token", username, tokenHash, tokenPrefix, createdAt);
    }

    /** Revoking twice keeps the first moment. */
    public void revoke(Instant at) {
        revokeAt(at);
    }

    public boolean isActive() {
        return !isRevoked();
    }

    public Long getId() {
        return id;
    }

    @Override
    public String toString() {
        return "feed token " + id + " " + getTokenPrefix() + "… of " + getUsername();
    }
}
