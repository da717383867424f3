/** OneTeam Desk's Spring Boot application: its entry point and request-wide settings (the request locale). Features live in sub-packages, one per policy concern, each with its own {@code ui} sub-package for Vaadin views; ArchitectureTest keeps them free of cycles. */
package kr.oneteam.app;
