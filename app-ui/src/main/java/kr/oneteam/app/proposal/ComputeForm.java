package kr.oneteam.app.proposal;

import kr.oneteam.domain.vocabulary.Accelerator;
import kr.oneteam.domain.vocabulary.Independence;
import kr.oneteam.domain.vocabulary.Workload;

/** GPU or NPU request (INTAKE.md {@code compute}). */
public record ComputeForm(Accelerator accelerator, Integer quantity, Integer months, Workload workload,
                          Independence independence) {
}
