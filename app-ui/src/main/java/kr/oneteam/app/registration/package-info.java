/** The UI's door to intake (제안 등록): the form's JSON goes through the same contract, routing and storing as {@code POST /api/proposals}. */
package kr.oneteam.app.registration;
