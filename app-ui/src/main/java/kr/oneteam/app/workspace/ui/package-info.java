/** The 규칙 screens: the active version and drafts, the draft editor, publication requests, history. */
package kr.oneteam.app.workspace.ui;
