/**
 * Who may call what. The API has its own stateless filter chain (HTTP Basic, problem+json 401/403);
 * the officers' UI adds its own chain for the browser. Both authenticate against the same
 * {@link kr.oneteam.app.security.AccountDetailsService}, backed by the domain's user accounts, with
 * BCrypt-hashed passwords. Demo accounts exist only in the embedded profile.
 */
package kr.oneteam.app.security;
