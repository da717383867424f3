package kr.oneteam.domain.proposal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import kr.oneteam.domain.vocabulary.Accelerator;
import kr.oneteam.domain.vocabulary.Independence;
import kr.oneteam.domain.vocabulary.Workload;

import java.util.Objects;

/** The INTAKE "compute" block: which accelerator, how many, for how long, for what. */
@Embeddable
public class Compute {

    /** Set whenever the block exists, so that a block with only nulls still reads back as a block. */
    @Column(name = "compute_given")
    private Boolean given = Boolean.TRUE;

    @Enumerated(EnumType.STRING)
    @Column(name = "compute_accelerator", length = 16)
    private Accelerator accelerator;

    @Column(name = "compute_quantity")
    private Integer quantity;

    @Column(name = "compute_months")
    private Integer months;

    @Enumerated(EnumType.STRING)
    @Column(name = "compute_workload", length = 16)
    private Workload workload;

    @Enumerated(EnumType.STRING)
    @Column(name = "compute_independence", length = 24)
    private Independence independence;

    protected Compute() {
    }

    public Compute(Accelerator accelerator, Integer quantity, Integer months, Workload workload, Independence independence) {
        if (quantity != null && (quantity < 0 || quantity > 100_000)) {
            throw new IllegalArgumentException("compute.quantity must be 0–100,000: " + quantity);
        }
        if (months != null && (months < 0 || months > 60)) {
            throw new IllegalArgumentException("compute.months must be 0–60: " + months);
        }
        this.accelerator = accelerator;
        this.quantity = quantity;
        this.months = months;
        this.workload = workload;
        this.independence = independence;
    }

    public Accelerator accelerator() {
        return accelerator;
    }

    public Integer quantity() {
        return quantity;
    }

    public Integer months() {
        return months;
    }

    public Workload workload() {
        return workload;
    }

    public Independence independence() {
        return independence;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Compute that && accelerator == that.accelerator && Objects.equals(quantity, that.quantity)
                && Objects.equals(months, that.months) && workload == that.workload && independence == that.independence;
    }

    @Override
    public int hashCode() {
        return Objects.hash(accelerator, quantity, months, workload, independence);
    }

    @Override
    public String toString() {
        return "Compute[" + accelerator + " x" + quantity + ", " + months + " months, " + workload + ", " + independence + "]";
    }
}
