package kr.oneteam.domain.deadline;

import kr.oneteam.domain.vocabulary.SandboxTrack;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SandboxTrackDeadlineRepository extends JpaRepository<SandboxTrackDeadline, SandboxTrack> {
}
