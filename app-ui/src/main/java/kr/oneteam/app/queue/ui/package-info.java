/** 검토함, the officers' queue screen: filters, status counts and the paged grid. */
package kr.oneteam.app.queue.ui;
