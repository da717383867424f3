/** The case screen's "what would change it" section: sentences in the user's language, built from the service's answer. */
package kr.oneteam.app.whatif.ui;
