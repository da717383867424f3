package kr.oneteam.domain.workspace;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface DraftRepository extends JpaRepository<Draft, Long> {

    List<Draft> findByOwnerOrderByUpdatedAtDesc(String owner);
}
