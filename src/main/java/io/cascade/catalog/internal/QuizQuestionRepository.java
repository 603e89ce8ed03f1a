package io.cascade.catalog.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuizQuestionRepository extends JpaRepository<QuizQuestion, Long> {

    List<QuizQuestion> findByModuleIdOrderByPositionAsc(Long moduleId);
}
