/** UI language: the Korean-first I18N provider over every bundle in {@code i18n/}, the supported locales, and the formats (₩ amounts, dates in Asia/Seoul). */
package kr.oneteam.app.i18n;
