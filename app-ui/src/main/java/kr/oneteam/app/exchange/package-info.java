/**
 * Exchange: proposals in and out as spreadsheets (CSV and XLSX). A row is one INTAKE.md JSON object: the
 * column table ({@link kr.oneteam.app.exchange.SheetColumns}) maps each column to a JSON path, the import
 * hands the rows to {@code IntakeService} (so validation, routing and the RECEIVE audit are the API's), the
 * export writes the queue's filtered proposals with their recommendations and decisions through the queue
 * query layer. Files are read defensively: size, rows, zip expansion and encoding are checked before
 * anything is stored, no formula is ever evaluated, and no exported cell can start a formula (decision 110).
 */
package kr.oneteam.app.exchange;
