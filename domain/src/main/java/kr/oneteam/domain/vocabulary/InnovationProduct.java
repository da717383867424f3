package kr.oneteam.domain.vocabulary;

/** Innovation-product status in public procurement. Labels: InnovationProduct.* in labels.properties. */
public enum InnovationProduct implements Labelled {
    DESIGNATED,
    APPLIED,
    NONE
}
