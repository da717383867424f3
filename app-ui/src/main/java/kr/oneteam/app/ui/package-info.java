/** The application shell: main layout (menu, header, language switch) and the locale set at the start of a UI. */
package kr.oneteam.app.ui;
