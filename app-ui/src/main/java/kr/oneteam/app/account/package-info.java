/** Accounts as the application uses them: an ADMIN's administration of accounts and roles, and each user's own preferences (language). */
package kr.oneteam.app.account;
