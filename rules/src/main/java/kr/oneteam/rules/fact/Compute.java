package kr.oneteam.rules.fact;

import kr.oneteam.domain.vocabulary.Accelerator;
import kr.oneteam.domain.vocabulary.Independence;
import kr.oneteam.domain.vocabulary.Workload;

/** A compute request (INTAKE.md {@code compute.*}); independence is null unless the workload is pre-training. */
public final class Compute {

    private final Accelerator accelerator;
    private final int quantity;
    private final int months;
    private final Workload workload;
    private final Independence independence;

    private Compute(Builder b) {
        this.accelerator = b.accelerator;
        this.quantity = b.quantity;
        this.months = b.months;
        this.workload = b.workload;
        this.independence = b.independence;
        if (quantity < 0 || months < 0) {
            throw new IllegalArgumentException("compute.quantity and compute.months must not be negative");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Accelerator getAccelerator() { return accelerator; }
    public int getQuantity() { return quantity; }
    public int getMonths() { return months; }
    public Workload getWorkload() { return workload; }
    public Independence getIndependence() { return independence; }

    @Override
    public String toString() {
        return "Compute[" + accelerator + " x" + quantity + ", " + months + " months, " + workload + "]";
    }

    public static final class Builder {
        private Accelerator accelerator;
        private int quantity;
        private int months;
        private Workload workload;
        private Independence independence;

        private Builder() {
        }

        public Builder accelerator(Accelerator v) { this.accelerator = v; return this; }
        public Builder quantity(int v) { this.quantity = v; return this; }
        public Builder months(int v) { this.months = v; return this; }
        public Builder workload(Workload v) { this.workload = v; return this; }
        public Builder independence(Independence v) { this.independence = v; return this; }

        public Compute build() {
            return new Compute(this);
        }
    }
}
