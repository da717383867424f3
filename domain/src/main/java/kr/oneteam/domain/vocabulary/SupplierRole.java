package kr.oneteam.domain.vocabulary;

/** Roles in which a company supplies the ministry's own programmes (basis of exclusions). Labels: SupplierRole.* in labels.properties. */
public enum SupplierRole implements Labelled {
    GOV_GPU_SUPPLIER,
    GPU_LEASE_SUPPLIER,
    HPC_SUPPLIER,
    NCC_CONSORTIUM,
    DATA_SUPPLIER,
    VOUCHER_SUPPLIER
}
