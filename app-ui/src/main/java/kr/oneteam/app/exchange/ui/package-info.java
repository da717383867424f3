/**
 * The spreadsheet screens: 엑셀 가져오기 (template downloads, upload and the row-by-row report) and the
 * export links the queue shows. Views call the exchange services only.
 */
package kr.oneteam.app.exchange.ui;
