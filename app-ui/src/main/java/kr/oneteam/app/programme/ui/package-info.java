/** The programmes screen (지원사업): capacity per programme, and the ADMIN's capacity form. */
package kr.oneteam.app.programme.ui;
