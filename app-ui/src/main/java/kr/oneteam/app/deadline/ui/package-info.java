/** How reply deadlines look: the queue's days-left badge and ADMIN's deadline settings. */
package kr.oneteam.app.deadline.ui;
