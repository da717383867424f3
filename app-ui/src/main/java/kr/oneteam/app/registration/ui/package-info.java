/** The proposal form: INTAKE.md's fields block by block, building the JSON the API takes and showing the validator's messages on the fields their paths name. */
package kr.oneteam.app.registration.ui;
