/** The programme catalogue as the app reads it: remaining capacity for the API, known codes for intake. */
package kr.oneteam.app.programme;
