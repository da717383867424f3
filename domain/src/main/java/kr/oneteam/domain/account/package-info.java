/** Who may sign in and with which roles; passwords are stored only as hashes made by the application. */
package kr.oneteam.domain.account;
