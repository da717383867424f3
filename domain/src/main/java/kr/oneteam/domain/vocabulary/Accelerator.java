package kr.oneteam.domain.vocabulary;

/** The accelerator a compute request asks for. Labels: Accelerator.* in labels.properties. */
public enum Accelerator implements Labelled {
    H100,
    H200,
    B200,
    A100,
    DOMESTIC_NPU,
    ANY
}
