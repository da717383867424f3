package kr.oneteam.app.followup;

import java.time.OffsetDateTime;

/** The signed-in officer's open feed token as the screen lists it: never the secret. */
public record FeedTokenLine(String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {
}
