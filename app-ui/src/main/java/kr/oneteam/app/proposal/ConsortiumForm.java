package kr.oneteam.app.proposal;

import kr.oneteam.domain.vocabulary.ConsortiumRole;
import kr.oneteam.domain.vocabulary.SizeClass;

/** One consortium partner (INTAKE.md {@code consortium[]}). */
public record ConsortiumForm(String name, SizeClass sizeClass, ConsortiumRole role) {
}
