package kr.oneteam.domain.company;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface CompanyRepository extends JpaRepository<Company, Long> {

    /** Registration numbers are unique per company, so this finds at most one. */
    Optional<Company> findByBizRegNo(BizRegNo bizRegNo);

    /** Several companies may share a name; without a registration number the first one is reused. */
    List<Company> findByName(String name);

    Optional<Company> findFirstByNameAndBizRegNoIsNullOrderByIdAsc(String name);

    List<Company> findByNameContainingIgnoreCaseOrderByNameAsc(String fragment);
}
