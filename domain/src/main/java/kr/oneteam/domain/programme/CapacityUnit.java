package kr.oneteam.domain.programme;

/** What a programme's capacity counts: GPUs (P01, P02), won (P07, P08), or nothing to count. */
public enum CapacityUnit {
    GPU,
    KRW,
    NONE
}
