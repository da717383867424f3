package kr.oneteam.domain.ruleset;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface RulesetRefusalRepository extends JpaRepository<RulesetRefusal, String> {

    List<RulesetRefusal> findAllByOrderByRefusedAtDesc();
}
