package kr.oneteam.domain.vocabulary;

/** How independent a pre-trained model is (sovereign-model criterion, R-CMP-04). Labels: Independence.* in labels.properties. */
public enum Independence implements Labelled {
    FROM_SCRATCH,
    OPEN_WEIGHTS_INIT,
    FOREIGN_FINETUNE
}
