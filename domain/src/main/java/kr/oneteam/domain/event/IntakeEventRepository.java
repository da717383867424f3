package kr.oneteam.domain.event;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IntakeEventRepository extends JpaRepository<IntakeEvent, Long> {

    List<IntakeEvent> findAllByOrderByStartsOnDescIdDesc();

    Optional<IntakeEvent> findByCode(String code);
}
