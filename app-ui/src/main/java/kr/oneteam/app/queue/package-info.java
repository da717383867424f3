/** 검토함's query layer: a filter of the officers' queue turned into SQL predicates on the proposal's columns (and semi-joins on the recommendation index), paged and counted in the database. The API's list uses the same predicates. */
package kr.oneteam.app.queue;
