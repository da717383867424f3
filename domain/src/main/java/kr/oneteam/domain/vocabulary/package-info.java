/** The analysts' vocabulary of INTAKE.md and POLICY.md: plain enums with Korean and English labels in {@code labels.properties}. The only part of the domain the rules module sees (decision 001). */
package kr.oneteam.domain.vocabulary;
