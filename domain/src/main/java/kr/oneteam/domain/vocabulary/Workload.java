package kr.oneteam.domain.vocabulary;

/** What requested compute is for. Labels: Workload.* in labels.properties. */
public enum Workload implements Labelled {
    PRETRAINING,
    FINETUNING,
    INFERENCE,
    BENCHMARK
}
