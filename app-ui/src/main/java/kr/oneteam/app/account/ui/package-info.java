/** The ADMIN's accounts screen (계정 관리). */
package kr.oneteam.app.account.ui;
