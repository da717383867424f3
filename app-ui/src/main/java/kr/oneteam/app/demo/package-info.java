/** First-start demo data: the 13 proposals of the 2025-07-08 KOSA meeting, taken in through the intake path. */
package kr.oneteam.app.demo;
